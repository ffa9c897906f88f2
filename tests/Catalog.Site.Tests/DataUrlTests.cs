using System.Text;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

/// <summary>The download links that carry a policy in the page itself.</summary>
public sealed class DataUrlTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("abc")]
    [InlineData("{\n  \"tools\": {\"読み取り\": \"deny\"}\n}")]
    [InlineData("emoji \U0001F600 and a lone \uD800 half")]
    public void Of_AnyText_IsItsUtf8InBase64AfterTheHeader(string text)
    {
        // Given a text of any length, padding included, and characters beyond ASCII
        // When its data address is made
        var url = DataUrl.Of("application/json", text);

        // Then it is the header and the base64 of the text's UTF-8, which decodes back to the text (a lone half pair as U+FFFD)
        const string Header = "data:application/json;charset=utf-8;base64,";
        Assert.StartsWith(Header, url, StringComparison.Ordinal);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), url[Header.Length..]);
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)), Encoding.UTF8.GetString(Convert.FromBase64String(url[Header.Length..])));
    }
}
