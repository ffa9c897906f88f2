using System.ComponentModel;
using ModelContextProtocol.Server;

namespace Fixture.Constants;

[McpServerToolType]
public static class FileTools
{
    private const string Prefix = "Reads ";
    internal const string ReadDescription = Prefix + "a file" + " from disk.";
    public static readonly string ListName = "list_" + "files";
    private const string Unit = "bytes";

    [McpServerTool(Name = ToolNames.Delete, Destructive = true)]
    [Description(ToolNames.DeleteDescription)]
    public static void DeleteFile(string path) { }

    [McpServerTool(Name = nameof(ReadFile))]
    [Description(ReadDescription)]
    public static string ReadFile(string path, [Description($"Maximum size in {Unit}")] int maxSize = 1024) => path;

    [McpServerTool(Name = ListName)]
    [Description("""
        Lists the files of a folder.
        Hidden files are "skipped".
        """)]
    public static string[] List([Description(@"Folder, e.g. C:\data")] string folder) => [];

    [McpServerToolAttribute(Name = "stat"), Description("Size " + "in " + Unit + ".")]
    public static long Stat(string path) => 0;
}

public static class ToolNames
{
    public const string Delete = "delete_file";
    public const string DeleteDescription = "Deletes a file. " + "Cannot be undone.";
}
