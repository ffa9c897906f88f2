using System.ComponentModel;
using ModelContextProtocol.Server;

namespace Fixture.Commented;

[McpServerToolType]
public class Tools
{
    // [McpServerTool, Description("Not a tool: in a line comment")]
    // public static string Old(string x) => x;

    /*
    [McpServerTool(Name = "block_comment_tool")]
    public static string InBlock(string x) => x;
    */

    /// <summary>Mentions [McpServerTool] in a doc comment.</summary>
    public static string Documented() => "[McpServerTool(Name = \"in_string\")] public static void Fake() {}";

    private const string Sample = """
        [McpServerTool(Name = "in_raw_string")]
        public static void AlsoFake() {}
        """;

#if false
    [McpServerTool(Name = "disabled_tool")]
    public static string Disabled(string x) => x;
#endif

    [McpServerTool]
    [return: Description("The only real tool's result")]
    public static string Real(string value) => value;
}
