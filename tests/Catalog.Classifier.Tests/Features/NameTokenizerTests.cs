using Catalog.Classifier.Features;

namespace Catalog.Classifier.Tests.Features;

public sealed class NameTokenizerTests
{
    [Theory]
    [InlineData("get_user_profile", "get user profile")]
    [InlineData("create-calendar-event", "create calendar event")]
    [InlineData("tracker.getIssue", "tracker get issue")]
    [InlineData("getHTTPResponseCode", "get http response code")]
    [InlineData("ERC20ActionProvider_transfer", "erc20 action provider transfer")]
    [InlineData("k8s_pod_v2", "k8s pod v2")]
    [InlineData("Click-Tool", "click tool")]
    [InlineData("  __list__  ", "list")]
    public void Split_Identifier_GivesLowerCaseWords(string identifier, string expected)
    {
        // Given an identifier in one of the usual conventions
        // When it is split
        var words = NameTokenizer.Split(identifier);

        // Then the words come out lower-cased, in order
        Assert.Equal(expected, string.Join(' ', words));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("___")]
    public void Split_NothingToSplit_GivesNoWords(string? identifier)
    {
        // Given an identifier without letters or digits
        // When it is split
        var words = NameTokenizer.Split(identifier);

        // Then there are no words
        Assert.Empty(words);
    }
}
