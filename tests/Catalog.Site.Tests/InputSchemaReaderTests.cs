using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

/// <summary>The parameters table read from a schema: the shapes repositories give, odd ones included, each with its one reading.</summary>
public sealed class InputSchemaReaderTests
{
    private const string NotJson = "The input schema is not valid JSON, so its parameters cannot be listed.";
    private const string NotObject = "The input schema is not a JSON object, so its parameters cannot be listed.";
    private const string PropertiesNotObject = "The input schema's \"properties\" is not an object, so its parameters cannot be listed.";

    /// <summary>Schemas with the rows they give, each as <c>name:type:required:description</c>, separated by " ; ".</summary>
    public static TheoryData<string, string> Schemas() => new()
    {
        {
            """{"type":"object","properties":{"path":{"type":"string","description":"Where."},"n":{"type":"integer"}},"required":["path"]}""",
            "path:string:required:Where. ; n:integer::"
        },
        {
            """{"properties":{"a":{"type":["string","null"]},"b":{"type":[]},"c":{"type":["array"],"items":{"type":["x",1,"y"]}}}}""",
            "a:string | null:: ; b::: ; c:array of x | y::"
        },
        {
            """{"properties":{"a":{"type":"array","items":{"type":"string"}},"b":{"type":"array","items":[{"type":"string"}]},"c":{"type":"array"},"d":{"type":"string","items":{"type":"string"}}}}""",
            "a:array of string:: ; b:array:: ; c:array:: ; d:string::"
        },
        {
            """{"properties":{"a":{"enum":[1,2]},"b":{"anyOf":[]},"c":{"oneOf":{}},"d":{"type":5,"enum":null},"e":"text","f":{},"g":[{"type":"string"}]}}""",
            "a:enum:: ; b:one of several:: ; c:one of several:: ; d:enum:: ; e:any:: ; f:any:: ; g:any::"
        },
        {
            // A key given twice counts as given last, as a parsed document reads it; a parameter given twice is listed twice.
            """{"properties":{"x":{}},"properties":{"a":{"type":"string","type":"integer","description":"first","description":2},"a":{"items":{"type":"y"},"type":"array","items":{}}},"required":["a"],"required":[]}""",
            "a:integer:: ; a:array::"
        },
        {
            """{"prop\u0065rties":{"p\u0061th":{"typ\u0065":"str\u0069ng","description":"line\nbreak \u00e9 \"q\""}},"required":["path"]}""",
            "path:string:required:line\nbreak é \"q\""
        },
        {
            // Only the top level's parameters are rows; a nested object's own properties and required are not.
            """{"properties":{"opts":{"type":"object","properties":{"inner":{"type":"string"}},"required":["inner"]}},"required":["inner",1,["opts"],{"opts":1},"opts"]}""",
            "opts:object:required:"
        },
        {
            // Undecodable text (an unpaired surrogate) under a key given again later: only the last one is read.
            """{"properties":{"a":{"description":"\ud800","description":"fine","type":"\udc00","type":"string"}}}""",
            "a:string::fine"
        },
        {
            """{"properties":{"a":{"enum":""" + new string('[', 61) + new string(']', 61) + """}}}""",
            "a:enum::"
        },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Read_Schema_ListsEachParameterAsGiven(string schema, string expected)
    {
        // Given a schema, when its parameters are read
        var table = InputSchemaReader.Read(schema);

        // Then they are the rows expected, in the schema's order, with no note
        Assert.Null(table.Note);
        Assert.Equal(expected, string.Join(" ; ", table.Rows.Select(r => $"{r.Name}:{r.Type}:{(r.Required ? "required" : "")}:{r.Description}")));
    }

    public static TheoryData<string, string?> Unlisted() => new()
    {
        { """{"type":"object"}""", null },
        { """{"type":"object","properties":{}}""", null },
        { "[]", NotObject },
        { "\"text\"", NotObject },
        { """{"properties":[]}""", PropertiesNotObject },
        { """{"properties":{"a":{}},"properties":"none"}""", PropertiesNotObject },
        { "", NotJson },
        { """{"properties":{}} x""", NotJson },
        { """{"properties":{},}""", NotJson },
        { """/* c */{"properties":{}}""", NotJson },
        { """{"properties":{"a":{}}""", NotJson },
        { """{'properties':{}}""", NotJson },
        { "[1,2] [3]", NotJson },
        { "\uFEFF{}", NotJson },
        { """{"properties":{"a":{"enum":""" + new string('[', 62) + new string(']', 62) + """}}}""", NotJson },
    };

    [Theory]
    [MemberData(nameof(Unlisted))]
    public void Read_SchemaWithoutParameters_NoRowsAndItsNote(string schema, string? note)
    {
        // Given a schema that lists no parameters, or cannot, when it is read
        var table = InputSchemaReader.Read(schema);

        // Then there are no rows, and the note says why when there is a reason
        Assert.Empty(table.Rows);
        Assert.Equal(note, table.Note);
    }

    [Fact]
    public void Read_RawHalfSurrogateInTheText_NoteInsteadOfAFailedBuild()
    {
        // Given a schema whose text itself holds half a surrogate pair (built here: xunit's theory data would mend it)
        var schema = "{\"type\":\"object\",\"properties\":{\"a" + '\ud800' + "b\":{\"type\":\"string\"}}}";

        // When it is read
        var table = InputSchemaReader.Read(schema);

        // Then there are no rows and a note says why
        Assert.Empty(table.Rows);
        Assert.Contains("not valid Unicode", table.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"description\":\"lone \\ud83d escape\"}}}")]
    [InlineData("{\"type\":\"object\",\"properties\":{\"\\udc00\":{\"type\":\"string\"}},\"required\":[\"\\udc00\"]}")]
    public void Read_HalfASurrogatePair_NoteInsteadOfAFailedBuild(string schema)
    {
        // Given a schema holding half a surrogate pair as a JSON escape (hostile or broken text)
        // When it is read
        var table = InputSchemaReader.Read(schema);

        // Then there are no rows and a note says why, rather than an exception that would fail the whole build
        Assert.Empty(table.Rows);
        Assert.Contains("not valid Unicode", table.Note, StringComparison.Ordinal);
    }
}
