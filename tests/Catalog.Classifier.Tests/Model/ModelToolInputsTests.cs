using Catalog.Classifier.Model;
using Catalog.Domain.Classification;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Model;

public sealed class ModelToolInputsTests
{
    [Fact]
    public void FromDefinition_SchemaTypes_FollowTheDatasetConvention()
    {
        // Given a schema with a plain type, a value list, a union, a nullable type, a type array and no type
        const string schema = """
            {"type":"object","properties":{
              "path":{"type":"string","description":"Where"},
              "mode":{"type":"string","enum":["a","b"]},
              "value":{"anyOf":[{"type":"string"},{"type":"number"}]},
              "limit":{"type":["integer","null"]},
              "either":{"type":["integer","string"]},
              "anything":{}
            },"required":["path","limit"]}
            """;
        var tool = ToolDefinitionBuilder.Tool("read_file", "Reads a file.", schema, new ToolAnnotations(ReadOnlyHint: true));

        // When it is converted for the model
        var input = ModelToolInputs.FromDefinition(tool, "acme/files-mcp");

        // Then the types read as the dataset writes them and required names are marked
        Assert.Equal(
            [
                new ToolParameterShape("path", "string", true),
                new ToolParameterShape("mode", "enum", false),
                new ToolParameterShape("value", "union", false),
                new ToolParameterShape("limit", "integer", true),
                new ToolParameterShape("either", "union", false),
                new ToolParameterShape("anything", "any", false),
            ],
            input.Parameters);
        Assert.True(input.Annotations.ReadOnlyHint);
        Assert.Equal("acme/files-mcp", input.ServerName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void FromDefinition_UnreadableSchema_GivesUnknownParameters(string schema)
    {
        // Given a tool whose schema text is not a JSON object
        var tool = ToolDefinitionBuilder.Tool("ping", inputSchema: schema);

        // When it is converted
        var input = ModelToolInputs.FromDefinition(tool);

        // Then its parameters are unknown rather than empty
        Assert.Null(input.Parameters);
    }

    [Fact]
    public void FromDefinition_EmptySchema_GivesNoParameters()
    {
        // Given a tool that takes no input
        var tool = ToolDefinitionBuilder.Tool("ping", inputSchema: ToolDefinition.EmptyInputSchema);

        // When it is converted
        var input = ModelToolInputs.FromDefinition(tool);

        // Then the parameter list is known and empty
        Assert.NotNull(input.Parameters);
        Assert.Empty(input.Parameters);
    }

    [Fact]
    public void ToDefinition_ThenFromDefinition_GivesTheSameModelInput()
    {
        // Given a dataset row with every parameter kind the dataset uses
        var labelled = SyntheticTools.Tool(
            "acme/ops-mcp",
            "run_query",
            "Runs a query.",
            [new("sql", "string", true), new("mode", "enum", false), new("value", "union", false), new("extra", "any", false), new("when", "time.Time", false)],
            ToolCategory.Execute,
            RiskLevel.High);

        // When it becomes a tool definition and comes back
        var input = ModelToolInputs.FromDefinition(ModelToolInputs.ToDefinition(labelled), labelled.Repo);

        // Then the model sees exactly what it would have seen from the row
        Assert.Equal(labelled.Tool.Name, input.Name);
        Assert.Equal(labelled.Tool.Description, input.Description);
        Assert.Equal(labelled.Tool.Parameters, input.Parameters);
        Assert.Equal(ToolFeaturizer.ToRow(labelled.Tool).SignalText, ToolFeaturizer.ToRow(input).SignalText);
        Assert.Equal(ToolFeaturizer.ToRow(labelled.Tool).ParameterText, ToolFeaturizer.ToRow(input).ParameterText);
    }
}
