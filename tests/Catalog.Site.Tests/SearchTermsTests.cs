using Catalog.Site.Search;

namespace Catalog.Site.Tests;

/// <summary>The words of free text a tool is found by: the first distinct ones, without stop words, cut to the longest term.</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void AddWords_StopWordsAndRepeats_SkippedWithoutCountingTowardsTheLimit()
    {
        // Given text whose words repeat in other cases, between stop words
        const string text = "The File, the file AND THE FILES of any use: a Folder";

        // When its first two words are taken, into a list and into a set
        var list = new List<string>();
        SearchTerms.AddWords(text, 2, list);
        var set = new HashSet<string>(StringComparer.Ordinal);
        SearchTerms.AddWords(text, 2, set);

        // Then both hold the first two distinct words that are not stop words, lower-cased
        Assert.Equal(["file", "files"], list);
        Assert.Equal(["file", "files"], set);
    }

    [Fact]
    public void AddWords_WordsAlreadyThere_NotAddedAgainNorCounted()
    {
        // Given terms taken before, from a name
        var terms = new List<string> { "read", "file" };

        // When a description's first word is taken
        SearchTerms.AddWords("Read the FILE quickly, then close", 1, terms);

        // Then the first word not there before is the one added
        Assert.Equal(["read", "file", "quickly"], terms);
    }

    [Fact]
    public void AddWords_WordsLongerThanATerm_CutOnceAndNotAddedTwice()
    {
        // Given two long words that begin alike, and a short one after
        var text = new string('A', 40) + " " + new string('a', 33) + " Éclair";

        // When its words are taken
        var terms = new List<string>();
        SearchTerms.AddWords(text, 10, terms);

        // Then the first is cut to the longest term, the second cuts to the same term and is not added, and letters beyond ASCII are lower-cased
        Assert.Equal([new string('a', SearchTerms.MaxLength), "éclair"], terms);
    }

    [Fact]
    public void AddName_LongCamelCaseRun_EachPartCutToATerm()
    {
        // Given a name whose one run is longer than a term, with camelCase parts
        var name = "get" + new string('x', 40) + "Value";

        // When its terms are taken
        var terms = new List<string>();
        SearchTerms.AddName(name, terms);

        // Then the run and its parts are terms, each cut to the longest term
        Assert.Equal([("get" + new string('x', 40) + "value")[..SearchTerms.MaxLength], "value"], terms);
    }
}
