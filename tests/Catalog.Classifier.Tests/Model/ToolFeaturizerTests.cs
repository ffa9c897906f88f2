using Catalog.Classifier.Model;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Tests.Model;

public sealed class ToolFeaturizerTests
{
    [Theory]
    [InlineData("ERC20ActionProvider_transfer", null, "transfer")]
    [InlineData("github_create_issue", "acme/github-mcp", "create issue")]
    [InlineData("github_create_issue", null, "github create issue")]
    [InlineData("run_query", "acme/run-mcp", "run query")]
    [InlineData("getHTTPStatus", null, "get http status")]
    [InlineData("Click-Tool", null, "click")]
    [InlineData("listPods", null, "list pod")]
    public void ToRow_Name_SplitsWordsAndSetsAsideTheProductPrefix(string name, string? server, string expected)
    {
        // Given a tool name, with or without its server
        var input = Input(name, server: server);

        // When it is featurised
        var row = ToolFeaturizer.ToRow(input);

        // Then the name words exclude a recognised product prefix (not a verb, and not an unknown word)
        Assert.Equal(expected, row.NameText);
    }

    [Fact]
    public void ToRow_FreeFormCommandParameter_GivesTheFreeFormSignal()
    {
        // Given a tool taking a required free-form command string
        var input = Input("run_shell_command", "Execute a shell command", [new("command", "string", true), new("timeout", "integer", false)]);

        // When it is featurised
        var signals = ToolFeaturizer.ToRow(input).SignalText.Split(' ');

        // Then the free-form parameter, the verbs and their classes are all signalled
        Assert.Contains("free:command", signals);
        Assert.Contains("free:required", signals);
        Assert.Contains("nverb:run", signals);
        Assert.Contains("nvc:control", signals);
        Assert.Contains("nvo:control+code", signals);
        Assert.Contains("dverb:execute", signals);
        Assert.Contains("ptype:integer", signals);
        Assert.Contains("params:2-3", signals);
        Assert.Contains("hints:none", signals);
    }

    [Fact]
    public void ToRow_NumericCommandParameter_IsNotFreeForm()
    {
        // Given a parameter named like code that only takes a number
        var input = Input("get_status", "Gets a status.", [new("code", "integer", true)]);

        // When it is featurised
        var signals = ToolFeaturizer.ToRow(input).SignalText.Split(' ');

        // Then no free-form signal is given
        Assert.DoesNotContain(signals, s => s.StartsWith("free:", StringComparison.Ordinal));
    }

    [Fact]
    public void ToRow_Annotations_BecomeCategoricalTokens()
    {
        // Given declared hints, one left out
        var input = Input("list_files") with { Annotations = new ToolAnnotations(ReadOnlyHint: true, DestructiveHint: false, OpenWorldHint: true) };

        // When it is featurised
        var signals = ToolFeaturizer.ToRow(input).SignalText.Split(' ');

        // Then each hint is a token, an undeclared one says so
        Assert.Contains("ro:true", signals);
        Assert.Contains("destr:false", signals);
        Assert.Contains("idem:none", signals);
        Assert.Contains("open:true", signals);
        Assert.DoesNotContain("hints:none", signals);
    }

    [Fact]
    public void ToRow_LongDescription_IsCutToTheTrainingLength()
    {
        // Given a description far longer than any in the training set
        var input = Input("get_page", string.Concat(Enumerable.Repeat("word ", 1_000)));

        // When it is featurised
        var row = ToolFeaturizer.ToRow(input);

        // Then only its first 600 characters count
        Assert.Equal(ToolFeaturizer.MaxDescriptionLength / 5, row.DescriptionText.Split(' ').Length);
    }

    [Fact]
    public void ToRow_UnknownParameters_AreSignalledApartFromNone()
    {
        // Given one tool whose schema could not be read and one that takes nothing
        var unknown = ToolFeaturizer.ToRow(Input("ping", parameters: null)).SignalText.Split(' ');
        var none = ToolFeaturizer.ToRow(Input("ping", parameters: [])).SignalText.Split(' ');

        // Then the two are told apart
        Assert.Contains("params:unknown", unknown);
        Assert.Contains("params:0", none);
    }

    private static ModelToolInput Input(string name, string description = "", IReadOnlyList<ToolParameterShape>? parameters = null, string? server = null) => new()
    {
        Name = name,
        Description = description,
        Parameters = parameters,
        ServerName = server,
    };
}
