using Catalog.Classifier.Tests.Specs;
using Catalog.Domain.Classification;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Classifier.Tests;

public sealed class RuleBasedClassifierTests
{
    private static readonly RuleBasedClassifier Classifier = RuleBasedClassifier.CreateDefault();

    [Fact]
    public void Classify_DeleteVerb_ReasonNamesTheVerb()
    {
        // Given a tool named with a delete verb
        var tool = ToolDefinitionBuilder.Tool("delete_branch", "Delete a branch from the repository.", ToolDefinitionBuilder.StringParams("branch"));

        // When it is classified
        var label = Classifier.Classify(tool);

        // Then the first reason says which verb it saw
        Assert.Equal("The name starts with the verb 'delete', which changes stored data or state", label.Reasons[0].Text);
        Assert.Contains(label.Reasons, reason => reason.Text.Contains("'delete', which deletes or discards data", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_ShellParameter_ReasonNamesTheParameter()
    {
        // Given a tool that takes a shell command
        var tool = ToolDefinitionBuilder.Tool("run", "Run it.", ToolDefinitionBuilder.StringParams("command"));

        // When it is classified
        var label = Classifier.Classify(tool);

        // Then it is Critical and a reason names the parameter
        Assert.Equal(RiskLevel.Critical, label.Risk);
        Assert.Contains(label.Reasons, reason => reason.Text == "Parameter `command` accepts free-form shell text");
    }

    [Fact]
    public void Classify_DescriptionCue_ReasonQuotesIt()
    {
        // Given a tool whose description speaks of refunds
        var tool = ToolDefinitionBuilder.Tool("process", "Issue a refund for a card payment.");

        // When it is classified
        var label = Classifier.Classify(tool);

        // Then a reason quotes the word it saw
        Assert.True(label.Financial);
        Assert.Contains(label.Reasons, reason => reason.Text.Contains("'refund'", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_ProductPrefix_ReasonMentionsIt()
    {
        // Given a tool prefixed with its product
        var tool = ToolDefinitionBuilder.Tool("github_delete_repository", "Delete a repository.");

        // When it is classified
        var label = Classifier.Classify(tool);

        // Then the verb is found after the prefix, and the reason says so
        Assert.Equal(RiskLevel.Critical, label.Risk);
        Assert.Contains(label.Reasons, reason => reason.Text.EndsWith("(after the prefix 'github')", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_ReadOnlyHintThatAgrees_IsCitedAsAHint()
    {
        // Given a read that declares readOnlyHint
        var tool = ToolDefinitionBuilder.Tool("list_items", "List items.", annotations: new ToolAnnotations(ReadOnlyHint: true));

        // When it is classified
        var label = Classifier.Classify(tool);

        // Then the hint is cited, as a hint
        Assert.Contains(label.Reasons, reason => reason.Text == "The server declares readOnlyHint: true (a hint, not proof)");
    }

    [Fact]
    public void Classify_ReadOnlyHintContradicted_LowersConfidenceAndSaysSo()
    {
        // Given the same deleting tool with and without a read-only hint
        var plain = ToolDefinitionBuilder.Tool("delete_record", "Delete a record by id.");
        var hinted = plain with { Annotations = new ToolAnnotations(ReadOnlyHint: true) };

        // When both are classified
        var withoutHint = Classifier.Classify(plain);
        var withHint = Classifier.Classify(hinted);

        // Then the rules still say Write, with less confidence and a reason about the hint
        Assert.Equal(ToolCategory.Write, withHint.Category);
        Assert.True(withHint.Confidence < withoutHint.Confidence);
        var reason = Assert.Single(withHint.Reasons, reason => reason.RuleId == "annotations.contradiction");
        Assert.Contains("readOnlyHint: true", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_NoEvidence_IsReadLowWithLowConfidenceAndSaysWhy()
    {
        // Given a tool whose name and description say nothing
        var tool = ToolDefinitionBuilder.Tool("zorp", "");

        // When it is classified
        var evaluation = Classifier.Evaluate(tool);
        var label = evaluation.Classification;

        // Then it is still labelled, as Read/Low, with low confidence and a reason about the thin evidence
        Assert.Equal(ToolCategory.Read, label.Category);
        Assert.Equal(RiskLevel.Low, label.Risk);
        Assert.True(label.Confidence < 0.5);
        Assert.False(evaluation.IsConfident);
        Assert.Contains(label.Reasons, reason => reason.RuleId == "evidence.thin");
        Assert.Contains(label.Reasons, reason => reason.RuleId == "description.empty");
    }

    [Fact]
    public void Classify_MalformedSchema_DoesNotThrowAndSaysSo()
    {
        // Given a tool whose schema is broken
        var tool = ToolDefinitionBuilder.Tool("list_items", "List items.", inputSchema: "{\"type\":\"object\",\"properties\":{\"a\":");

        // When it is classified
        var evaluation = Classifier.Evaluate(tool);

        // Then it is labelled from the rest, and a reason says the parameters were not read
        Assert.False(evaluation.SchemaReadable);
        Assert.Equal(ToolCategory.Read, evaluation.Classification.Category);
        Assert.Contains(evaluation.Classification.Reasons, reason => reason.RuleId == "schema.unreadable" && reason.Text.Contains("no parameters", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_HugeDescription_DoesNotThrowAndSaysItWasCut()
    {
        // Given a megabyte of description after a clear first sentence
        var tool = ToolDefinitionBuilder.Tool("tool", "Delete every file in the folder. " + new string('a', 1_000_000));

        // When it is classified
        var label = Classifier.Classify(tool);

        // Then the start is used and a reason says only the start was read
        Assert.True(label.Destructive);
        Assert.Contains(label.Reasons, reason => reason.RuleId == "description.truncated");
    }

    [Theory]
    [InlineData("\u202Eeteled_llun", "\u202EDelete\u200B everything \u200D")]
    [InlineData("get_\U0001F600_emoji", "Get the \U0001F525 status of \u00E9\u0301v\u00E9nements")]
    [InlineData("\uD800broken", "A lone surrogate \uDC00 here and a NUL \0 there")]
    [InlineData("ＬＩＳＴ＿ＩＴＥＭＳ", "ＬＩＳＴ items in full width")]
    [InlineData("İSTANBUL_get", "Türkçe İ ı and Ǆ ǅ ǆ")]
    [InlineData("", "")]
    public void Classify_OddUnicode_DoesNotThrow(string name, string description)
    {
        // Given a tool whose name and description are unusual text
        var tool = ToolDefinitionBuilder.Tool(name, description, inputSchema: $"{{\"type\":\"object\",\"properties\":{{\"{name}\":{{\"type\":\"string\"}}}}}}");

        // When it is classified
        var label = Classifier.Classify(tool);

        // Then a label comes back
        Assert.Equal(Classifier.Version, label.ClassifierVersion);
        Assert.InRange(label.Reasons.Count, 1, 6);
    }

    [Fact]
    public void Classify_SameToolTwice_GivesTheSameLabel()
    {
        // Given every spec tool
        var tools = LabelledToolSpec.All.Values.ToList();

        // When each is classified twice, the second time by a separately created classifier
        var first = tools.Select(tool => Describe(Classifier.Classify(tool.ToDefinition(), tool.ToServer()))).ToList();
        var second = tools.Select(tool => Describe(RuleBasedClassifier.CreateDefault().Classify(tool.ToDefinition(), tool.ToServer()))).ToList();

        // Then the labels, confidences and reasons are identical
        Assert.Equal(first, second);
    }

    [Fact]
    public void Classify_FromManyThreads_GivesTheSameLabelsAsOneThread()
    {
        // Given the spec tools, many times over
        var tools = Enumerable.Repeat(LabelledToolSpec.All.Values, 20).SelectMany(all => all).ToList();
        var sequential = tools.Select(tool => Describe(Classifier.Classify(tool.ToDefinition(), tool.ToServer()))).ToList();

        // When one shared classifier labels them in parallel
        var parallel = new string[tools.Count];
        Parallel.For(0, tools.Count, i => parallel[i] = Describe(Classifier.Classify(tools[i].ToDefinition(), tools[i].ToServer())));

        // Then nothing differs
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Classify_ManyCues_KeepsAtMostSixReasonsStrongestFirst()
    {
        // Given a tool that trips many rules
        var tool = ToolDefinitionBuilder.Tool(
            "execute_command",
            "Execute an arbitrary shell command on the remote server with sudo, run SQL queries or arbitrary code, and permanently delete files.",
            ToolDefinitionBuilder.StringParams("command", "code", "sql"),
            new ToolAnnotations(ReadOnlyHint: false, DestructiveHint: true));

        // When it is evaluated
        var evaluation = Classifier.Evaluate(tool);

        // Then the label keeps at most six reasons, and the hits are ordered by strength
        Assert.InRange(evaluation.Classification.Reasons.Count, 1, 6);
        Assert.True(evaluation.Hits.Count > 6);
        Assert.Equal(evaluation.Hits.OrderByDescending(hit => hit.Strength).Select(hit => hit.RuleId), evaluation.Hits.Select(hit => hit.RuleId));
    }

    [Fact]
    public void Version_IsTheRuleSetHash_AndLabelsCarryIt()
    {
        // Given the default classifier
        // When it labels a tool
        var label = Classifier.Classify(ToolDefinitionBuilder.Tool("get_item"));

        // Then the version is the rule set's and is stored on the label
        Assert.StartsWith("rules-", Classifier.Version, StringComparison.Ordinal);
        Assert.Equal(Classifier.Rules.Version, Classifier.Version);
        Assert.Equal(Classifier.Version, label.ClassifierVersion);
    }

    [Fact]
    public void Evaluate_ClearTool_ExposesScoresAndIsConfident()
    {
        // Given a tool with plenty of agreeing evidence
        var tool = ToolDefinitionBuilder.Tool("run_shell_command", "Run a shell command on the host.", ToolDefinitionBuilder.StringParams("command"));

        // When it is evaluated
        var evaluation = Classifier.Evaluate(tool);

        // Then the evidence per category is there for a combiner, and the rules are confident
        Assert.True(evaluation.Scores.Execute > evaluation.Scores.Read);
        Assert.True(evaluation.Scores.Execute > evaluation.Scores.Write);
        Assert.Equal(evaluation.Scores.Execute, evaluation.Scores[ToolCategory.Execute]);
        Assert.Contains("shell", evaluation.Tags);
        Assert.Equal(RiskLevel.Critical, evaluation.RiskFloor);
        Assert.True(evaluation.IsConfident);
    }

    [Fact]
    public void Evaluate_WithACategoryDecidedElsewhere_DerivesFlagsAndRiskForIt()
    {
        // Given a messaging tool and a category chosen by someone else (a model)
        var tool = ToolDefinitionBuilder.Tool("send_email", "Send an email to a recipient.", ToolDefinitionBuilder.StringParams("to", "body"));

        // When it is evaluated under that category
        var evaluation = Classifier.Evaluate(tool, category: ToolCategory.Read);

        // Then the label uses it and the risk follows the rubric for a read
        Assert.Equal(ToolCategory.Read, evaluation.Classification.Category);
        Assert.True(evaluation.Classification.Risk <= RiskLevel.Medium);
        Assert.True(evaluation.Scores.Write > evaluation.Scores.Read);
    }

    [Fact]
    public void Classify_NullTool_Throws()
    {
        // Given no tool
        // When it is classified
        // Then the call is refused
        Assert.Throws<ArgumentNullException>(() => Classifier.Classify(null!));
    }

    private static string Describe(ToolClassification label) =>
        $"{label.Category}/{label.Risk}/{label.Destructive}/{label.Financial}/{label.Sensitive}/{label.Confidence}/{string.Join("|", label.Reasons.Select(reason => reason.RuleId + ":" + reason.Text))}";
}
