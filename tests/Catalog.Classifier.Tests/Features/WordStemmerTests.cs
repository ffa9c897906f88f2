using Catalog.Classifier.Features;

namespace Catalog.Classifier.Tests.Features;

public sealed class WordStemmerTests
{
    [Theory]
    [InlineData("delete", "deletes", "deleted", "deleting")]
    [InlineData("create", "creates", "created", "creating")]
    [InlineData("run", "runs", "running", "run")]
    [InlineData("stop", "stops", "stopped", "stopping")]
    [InlineData("fetch", "fetches", "fetched", "fetching")]
    [InlineData("query", "queries", "queried", "querying")]
    [InlineData("install", "installs", "installed", "installing")]
    [InlineData("cancel", "cancels", "canceled", "cancelled")]
    [InlineData("message", "messages", "messaging", "message")]
    [InlineData("add", "adds", "added", "adding")]
    public void Stem_FormsOfOneVerb_GiveOneStem(string word, string third, string past, string continuous)
    {
        // Given four forms of one word
        // When each is stemmed
        var stems = new[] { word, third, past, continuous }.Select(WordStemmer.Stem).Distinct().ToList();

        // Then they all give the same stem
        Assert.Single(stems);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("process")]
    [InlineData("analysis")]
    [InlineData("get")]
    public void Stem_WordEndingLikeASuffix_IsLeftAlone(string word)
    {
        // Given a word whose ending only looks like a plural
        // When it is stemmed
        var stem = WordStemmer.Stem(word);

        // Then it is unchanged
        Assert.Equal(word, stem);
    }

    [Fact]
    public void Stem_UpperCase_IsLowerCased()
    {
        // Given a capitalised word
        // When it is stemmed
        var stem = WordStemmer.Stem("Deletes");

        // Then the stem is the lower-case one
        Assert.Equal(WordStemmer.Stem("delete"), stem);
    }
}
