using Catalog.Site.Outputs;
using Catalog.Site.Pages;
using HtmlAgilityPack;

namespace Catalog.Site.Tests;

/// <summary>The text of the policy code blocks: markup escaped, the rest as it is.</summary>
public sealed class CodeTextTests
{
    private static string InCodeBlock(string html)
    {
        var page = new HtmlDocument();
        page.LoadHtml($"<pre><code>{html}</code></pre>");
        Assert.Single(page.DocumentNode.Descendants("code"));
        Assert.Empty(page.DocumentNode.SelectNodes("//code/*") ?? Enumerable.Empty<HtmlNode>());
        return HtmlEntity.DeEntitize(page.DocumentNode.SelectSingleNode("//code")!.InnerText);
    }

    [Fact]
    public void ToHtml_PolicyText_QuotesAndLineBreaksKept()
    {
        // Given a policy as the JSON writer makes it
        const string Json = "{\n  \"tools\": {\n    \"read_file\": {}\n  }\n}";

        // When it is written for a code block
        var html = CodeText.ToHtml(Json, TemplateRenderer.Encoder);

        // Then it is the same text: nothing in it needs escaping there
        Assert.Same(Json, html);
    }

    [Fact]
    public void ToHtml_MarkupInANameOrDescription_EscapedAndReadBackAsText()
    {
        // Given a policy whose tool name and explanation hold markup and an entity
        const string Yaml = "tools:\n  \"</code><script>alert(1)</script>\":\n    on_deny: \"a < b && c > d &amp; 'e'\"\n";

        // When it is written for a code block
        var html = CodeText.ToHtml(Yaml, TemplateRenderer.Encoder);

        // Then no tag can start, and a parser reads back exactly the text
        Assert.DoesNotContain('<', html);
        Assert.Contains("&lt;/code&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;amp;", html, StringComparison.Ordinal);
        Assert.Equal(Yaml, InCodeBlock(html));
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("nul \0 <b>")]
    [InlineData("bell \u0007")]
    [InlineData("c1 \u0085")]
    [InlineData("half \uD800 pair")]
    public void ToHtml_ControlCharactersOrBrokenPairs_LeftToThePageEncoder(string text)
    {
        // Given text the policy writers never make
        // When it is written for a code block
        var html = CodeText.ToHtml(text, TemplateRenderer.Encoder);

        // Then it is exactly what the page's encoder writes
        Assert.Equal(TemplateRenderer.Encoder.Encode(text), html);
        Assert.DoesNotContain('<', html);
    }

    [Fact]
    public void ToHtml_TextBeyondAscii_KeptAsItIs()
    {
        // Given a policy mentioning a tool named in Japanese
        const string Yaml = "description: \"Catalog's policy for 読み取り & co\"\n";

        // When it is written for a code block
        // Then only the ampersand changes
        Assert.Equal("description: \"Catalog's policy for 読み取り &amp; co\"\n", CodeText.ToHtml(Yaml, TemplateRenderer.Encoder));
    }
}
