using System.ComponentModel;
using ModelContextProtocol.Server;

[McpServerToolType]
public class Broken
{
    [McpServerTool(Name = "first"), Description("Still readable.")]
    public static string First(string a => a;

    [McpServerTool(Name = "second")]
    [Description("After the error.")]
    public static int Second(int b { return b; }

    [McpServerTool(Name = "third")
    public static void Third(
