namespace Catalog.Site.Outputs;

/// <summary>The templates and assets compiled into this assembly (see the project file for their logical names).</summary>
internal static class EmbeddedResources
{
    private const string TemplatePrefix = "Catalog.Site.Templates.";
    private const string AssetPrefix = "Catalog.Site.Assets.";

    public static string Template(string fileName) => ReadText(TemplatePrefix + fileName);

    /// <summary>Every asset as (file name, bytes), in ordinal order of name.</summary>
    public static IEnumerable<(string FileName, byte[] Content)> Assets()
    {
        var assembly = typeof(EmbeddedResources).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(AssetPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (name[AssetPrefix.Length..], copy.ToArray());
        }
    }

    private static string ReadText(string resourceName)
    {
        using var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing from the site assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
