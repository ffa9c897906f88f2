namespace Catalog.Cli;

/// <summary>Where things go when the user names nothing: under ./out, with the samples shipped beside the program.</summary>
public static class DefaultPaths
{
    public static string Database => Path.Combine("out", "catalog.db");
    public static string Site => Path.Combine("out", "site");

    /// <summary>The sample repositories are copied next to the program at build time (see the project file).</summary>
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");
}
