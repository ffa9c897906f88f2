using Catalog.Classifier.Policies;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Policies;

public sealed class FreeFormParametersTests
{
    [Fact]
    public void Find_ShellSqlAndCodeParameters_AreFoundWithTheirKind()
    {
        // Given a tool with free-form and ordinary parameters
        var schema = """
            {"type":"object","properties":{
              "shell_command":{"type":"string"},"sqlQuery":{"type":"string"},"python_code":{"type":"string"},
              "expression":{"type":"string"},"countryCode":{"type":"string"},"command":{"type":"integer"},"path":{"type":"string"}
            }}
            """;

        // When its free-form parameters are looked for
        var found = FreeFormParameters.Find(ToolDefinitionBuilder.Tool("tool", inputSchema: schema));

        // Then the string ones named like shell, SQL or code are found, and a country code or a numeric command are not
        Assert.Equal(
            [("shell_command", FreeFormKind.Shell), ("sqlQuery", FreeFormKind.Sql), ("python_code", FreeFormKind.Code), ("expression", FreeFormKind.Code)],
            found);
    }

    [Fact]
    public void Find_UnreadableSchema_FindsNothing()
    {
        // Given a tool whose schema is broken
        // When its free-form parameters are looked for
        var found = FreeFormParameters.Find(ToolDefinitionBuilder.Tool("tool", inputSchema: "{broken"));

        // Then there are none, and nothing throws
        Assert.Empty(found);
    }
}
