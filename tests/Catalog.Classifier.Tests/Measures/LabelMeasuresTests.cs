using Catalog.Classifier.Combine;
using Catalog.Classifier.Measures;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Measures;

/// <summary>What a label carries beyond the label itself: the rules' tags and the definition's token count, measured once when it is labelled.</summary>
public sealed class LabelMeasuresTests
{
    private static readonly HybridToolClassifier Hybrid = HybridToolClassifier.CreateDefault();
    private static readonly RuleBasedClassifier Rules = RuleBasedClassifier.CreateDefault();

    [Fact]
    public void Classify_MessagingTool_LabelCarriesTheRulesTagsInOrdinalOrder()
    {
        // Given a tool that sends messages
        var tool = ToolDefinitionBuilder.Tool("send_message", "Send a message to a Slack channel.", ToolDefinitionBuilder.StringParams("channel", "text"));

        // When both classifiers label it
        var hybrid = Hybrid.Classify(tool);
        var rules = Rules.Classify(tool);

        // Then both labels record the messaging tag, sorted, as the rules found it
        Assert.Contains("messaging", hybrid.Tags!);
        Assert.Equal(hybrid.Tags!.Order(StringComparer.Ordinal), hybrid.Tags);
        Assert.Equal(Rules.Evaluate(tool, null, rules.Category).Tags.Order(StringComparer.Ordinal), rules.Tags);
    }

    [Fact]
    public void Classify_ReadTool_RecordsNoTagsAsAnEmptyList()
    {
        // Given a plain listing tool, when it is labelled
        var label = Hybrid.Classify(ToolDefinitionBuilder.Tool("list_notes", "Lists all notes in the workspace."));

        // Then its tags are recorded, and there are none (not null: null means "not recorded")
        Assert.NotNull(label.Tags);
        Assert.Empty(label.Tags);
    }

    [Fact]
    public void Classify_AnyTool_LabelCarriesItsDefinitionTokens()
    {
        // Given a tool, when both classifiers label it
        var tool = ToolDefinitionBuilder.Tool("read_file", "Reads a file and returns its text.", ToolDefinitionBuilder.StringParams("path"));

        // Then the label carries the definition's token count
        Assert.Equal(DefinitionTokens.Count(tool), Hybrid.Classify(tool).DefinitionTokens);
        Assert.Equal(DefinitionTokens.Count(tool), Rules.Classify(tool).DefinitionTokens);
        Assert.InRange(DefinitionTokens.Count(tool), 10, 200);
    }

    [Fact]
    public void Count_LongerDescription_CostsMoreTokens()
    {
        // Given the same tool with a short and a long description
        var brief = ToolDefinitionBuilder.Tool("read_file", "Reads a file.");
        var wordy = ToolDefinitionBuilder.Tool("read_file", "Reads a file. " + string.Concat(Enumerable.Repeat("It returns the whole text of the file. ", 20)));

        // Then the long one costs more, by roughly the tokens of the added words
        Assert.InRange(DefinitionTokens.Count(wordy) - DefinitionTokens.Count(brief), 100, 250);
    }

    [Fact]
    public void Count_TitleAndAnnotations_AreCountedAsAClientReceivesThem()
    {
        // Given a tool, and the same tool with a title and declared hints
        var bare = ToolDefinitionBuilder.Tool("read_file", "Reads a file.");
        var annotated = bare with { Title = "Read a file", Annotations = new ToolAnnotations(ReadOnlyHint: true, OpenWorldHint: false) };

        // Then the title and the hints add to its cost
        Assert.True(DefinitionTokens.Count(annotated) > DefinitionTokens.Count(bare) + 10);
    }

    [Fact]
    public void Count_SchemaThatIsNotJson_IsCountedAsText()
    {
        // Given a tool whose schema did not parse (a hostile or broken source)
        var broken = ToolDefinitionBuilder.Tool("x", "Does x.", "{\"type\":\"object\",\"properties\":");

        // Then it is still counted, with the schema as the string a client would get
        Assert.True(DefinitionTokens.Count(broken) > DefinitionTokens.Count(ToolDefinitionBuilder.Tool("x", "Does x.", "{}")));
        Assert.Contains("\"inputSchema\":\"{", DefinitionTokens.ListedJson(broken), StringComparison.Ordinal);
    }

    [Fact]
    public void Count_MegabyteWithoutSpaces_CountedQuicklyAndClose()
    {
        // Given a hostile description: a million letters without a space (byte-pair encoding is quadratic in such a run)
        var hostile = ToolDefinitionBuilder.Tool("x", "Deletes. " + new string('a', 1_000_000));

        // When it is counted
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = DefinitionTokens.Count(hostile);

        // Then it takes seconds at most, not minutes, and the count is in the range the letters make
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"counting took {watch.Elapsed}");
        Assert.InRange(count, 1_000_000 / 16, 1_000_000 / 2);
    }

    [Fact]
    public void CountBounded_TextWithoutLongRuns_IsTheTokenizersExactCount()
    {
        // Given a long text of ordinary words (runs far shorter than the bound)
        var text = string.Concat(Enumerable.Repeat("Reads the file at the given path and returns its text. ", 2_000));

        // Then the bounded count is the exact one, and a run just over the bound is cut in two pieces
        var exact = Microsoft.ML.Tokenizers.TiktokenTokenizer.CreateForEncoding("o200k_base");
        Assert.Equal(exact.CountTokens(text), DefinitionTokens.CountBounded(text));
        var run = new string('b', DefinitionTokens.LongestRunCountedWhole + 1);
        Assert.Equal(exact.CountTokens(run[..DefinitionTokens.LongestRunCountedWhole]) + exact.CountTokens(run[DefinitionTokens.LongestRunCountedWhole..]), DefinitionTokens.CountBounded(run));
    }
}
