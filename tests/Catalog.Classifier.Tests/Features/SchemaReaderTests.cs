using Catalog.Classifier.Features;

namespace Catalog.Classifier.Tests.Features;

public sealed class SchemaReaderTests
{
    [Fact]
    public void Read_ObjectSchema_GivesEveryParameter()
    {
        // Given a schema with typed, described, nullable and enum parameters
        const string schema = """
            {"type":"object","properties":{
              "shell_command":{"type":"string","description":"The command to run"},
              "timeout":{"type":["integer","null"]},
              "action":{"enum":["list","delete"]}
            },"required":["shell_command"]}
            """;

        // When it is read
        var result = SchemaReader.Read(schema);

        // Then each parameter comes with its name, type, description and allowed values
        Assert.True(result.Readable);
        Assert.Collection(result.Parameters,
            command =>
            {
                Assert.Equal("shell_command", command.Name);
                Assert.Equal("string", command.Type);
                Assert.Equal("The command to run", command.Description);
                Assert.True(command.Required);
                Assert.Equal("shellcommand", command.CompactName);
            },
            timeout => Assert.Equal("integer", timeout.Type),
            action =>
            {
                Assert.Equal("enum", action.Type);
                Assert.Equal(["list", "delete"], action.EnumValues);
            });
    }

    [Theory]
    [InlineData("{\"type\":\"object\",\"properties\":{")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    [InlineData("\"a string\"")]
    public void Read_MalformedSchema_IsUnreadableWithoutThrowing(string schema)
    {
        // Given a schema that is not a JSON object
        // When it is read
        var result = SchemaReader.Read(schema);

        // Then it reports that it could not be read, with no parameters
        Assert.False(result.Readable);
        Assert.Empty(result.Parameters);
    }

    [Fact]
    public void Read_NestingBeyondTheLimit_IsUnreadableWithoutThrowing()
    {
        // Given a schema nested far deeper than any real one
        var schema = string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500);

        // When it is read
        var result = SchemaReader.Read(schema);

        // Then it is treated as unreadable
        Assert.False(result.Readable);
    }

    [Fact]
    public void Read_ObjectWithoutProperties_IsReadableWithNoParameters()
    {
        // Given the empty input schema
        // When it is read
        var result = SchemaReader.Read(Catalog.Domain.Tools.ToolDefinition.EmptyInputSchema);

        // Then it is readable and has no parameters
        Assert.True(result.Readable);
        Assert.Empty(result.Parameters);
    }

    [Fact]
    public void Read_PropertiesOfTheWrongShape_AreKeptWithoutTypes()
    {
        // Given properties whose schemas are not objects
        const string schema = """{"type":"object","properties":{"a":true,"b":[1],"c":{"type":7}}}""";

        // When it is read
        var result = SchemaReader.Read(schema);

        // Then the parameters are listed with no type rather than failing
        Assert.Equal(["a", "b", "c"], result.Parameters.Select(parameter => parameter.Name));
        Assert.All(result.Parameters, parameter => Assert.Equal("", parameter.Type));
    }
}
