using Catalog.Classifier.Model;
using Catalog.Domain.Classification;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Model;

public sealed class LabelledToolReaderTests
{
    private const string GoodLine = """{"repo": "acme/notes-mcp", "language": "Go", "tool_name": "delete_note", "description": "Deletes a note.", "params": [{"name": "id", "type": "string", "required": true}, {"name": "force", "type": "boolean", "required": false}], "annotations": {"readOnlyHint": false, "destructiveHint": true}, "category": "Write", "destructive": true, "financial": false, "sensitive": false, "risk": "High", "reason": "Deletes stored data."}""";

    [Fact]
    public void Read_ValidLine_ParsesEveryField()
    {
        // Given one complete row
        using var reader = new StringReader(GoodLine);

        // When it is read
        var set = LabelledToolReader.Read(reader);

        // Then every field lands where it belongs
        var tool = Assert.Single(set.Tools);
        Assert.Equal("acme/notes-mcp", tool.Repo);
        Assert.Equal("Go", tool.Language);
        Assert.Equal("delete_note", tool.Tool.Name);
        Assert.Equal("Deletes a note.", tool.Tool.Description);
        Assert.Equal([new ToolParameterShape("id", "string", true), new ToolParameterShape("force", "boolean", false)], tool.Tool.Parameters);
        Assert.False(tool.Tool.Annotations.ReadOnlyHint);
        Assert.True(tool.Tool.Annotations.DestructiveHint);
        Assert.Null(tool.Tool.Annotations.IdempotentHint);
        Assert.Equal("acme/notes-mcp", tool.Tool.ServerName);
        Assert.Equal(new ToolLabels { Category = ToolCategory.Write, Risk = RiskLevel.High, Destructive = true, Financial = false, Sensitive = false }, tool.Labels);
        Assert.Equal("Deletes stored data.", tool.Reason);
        Assert.Empty(set.SkippedLines);
    }

    [Fact]
    public void Read_BadLines_SkipsAndCountsThemAndKeepsTheRest()
    {
        // Given good rows around broken JSON, a missing field, labels outside the rubric, a numeric label and bad params; blank lines too
        var lines = new[]
        {
            GoodLine,
            "{not json",
            GoodLine.Replace("\"tool_name\": \"delete_note\", ", "", StringComparison.Ordinal),
            GoodLine.Replace("\"Write\"", "\"Delete\"", StringComparison.Ordinal),
            GoodLine.Replace("\"High\"", "\"2\"", StringComparison.Ordinal),
            GoodLine.Replace("\"destructive\": true", "\"destructive\": \"yes\"", StringComparison.Ordinal),
            GoodLine.Replace("\"params\": [", "\"params\": {\"x\": [", StringComparison.Ordinal).Replace("}], \"annotations\"", "}]}, \"annotations\"", StringComparison.Ordinal),
            "",
            "[1, 2, 3]",
            GoodLine,
        };
        using var reader = new StringReader(string.Join('\n', lines));

        // When the file is read
        var set = LabelledToolReader.Read(reader);

        // Then the two good rows are kept and each bad non-blank line is counted by its number
        Assert.Equal(2, set.Tools.Count);
        Assert.Equal([2, 3, 4, 5, 6, 7, 9], set.SkippedLines);
        Assert.Equal(7, set.SkippedCount);
    }

    [Fact]
    public void Read_NullParamsAndComputedHints_GiveUnknownParametersAndUndeclaredHints()
    {
        // Given a row whose schema could not be read and whose hints are source expressions
        var line = GoodLine
            .Replace("\"params\": [{\"name\": \"id\", \"type\": \"string\", \"required\": true}, {\"name\": \"force\", \"type\": \"boolean\", \"required\": false}]", "\"params\": null", StringComparison.Ordinal)
            .Replace("\"destructiveHint\": true", "\"destructiveHint\": \"!isReadOnly\"", StringComparison.Ordinal);
        using var reader = new StringReader(line);

        // When it is read
        var tool = Assert.Single(LabelledToolReader.Read(reader).Tools);

        // Then the parameters are unknown (not empty) and the computed hint counts as not declared
        Assert.Null(tool.Tool.Parameters);
        Assert.Null(tool.Tool.Annotations.DestructiveHint);
        Assert.False(tool.Tool.Annotations.ReadOnlyHint);
    }

    [Fact]
    public void ReadFile_SharedTrainingSet_ReadsEveryRow()
    {
        // Given the shared hand-labelled training set (CI has it beside the repository)
        var path = Path.Combine(RepositoryPaths.SharedDatasets, "mcp-tools-train.jsonl");
        Assert.True(File.Exists(path), $"The training set was not found at {path}.");

        // When it is read
        var set = LabelledToolReader.ReadFile(path);

        // Then all 2,021 rows parse, with the label counts its README gives
        Assert.Equal(0, set.SkippedCount);
        Assert.Equal(2021, set.Tools.Count);
        Assert.Equal(216, set.Tools.Count(t => t.Labels.Category == ToolCategory.Execute));
        Assert.Equal(27, set.Tools.Count(t => t.Tool.Parameters is null));
    }
}
