using System.CommandLine;

namespace Catalog.Cli;

/// <summary>Options several commands share, with the defaults a newcomer's first run relies on.</summary>
public static class CommonOptions
{
    public static Option<FileInfo> Database() => new("--db")
    {
        Description = "The SQLite database file (created if absent).",
        DefaultValueFactory = _ => new FileInfo(DefaultPaths.Database),
    };

    public static Option<DirectoryInfo> Source() => new("--source")
    {
        Description = "A folder of repositories (or one repository) to read; defaults to the bundled sample servers.",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultPaths.Samples),
    };

    public static Option<DirectoryInfo> Output() => new("--out")
    {
        Description = "The folder the site is written to.",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultPaths.Site),
    };

    public static Option<string> BaseUrl() => new("--base-url")
    {
        Description = "The path the site is served under.",
        DefaultValueFactory = _ => "/",
    };
}
