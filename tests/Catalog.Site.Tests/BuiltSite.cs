using HtmlAgilityPack;

namespace Catalog.Site.Tests;

/// <summary>Reads a built site from disk: pages as parsed HTML, URLs mapped back to files.</summary>
internal sealed class BuiltSite(string root, string baseUrl = "/")
{
    public string Root { get; } = root;

    public string File(string relativePath) => Path.Combine([Root, .. relativePath.Split('/')]);

    public HtmlDocument Page(string relativePath)
    {
        var document = new HtmlDocument();
        document.Load(File(relativePath));
        return document;
    }

    /// <summary>The file a site URL points at (a folder URL means its index.html); null for URLs outside the site.</summary>
    public string? FileOf(string url)
    {
        if (!url.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = url[baseUrl.Length..].Split('#')[0];
        return File(relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
    }

    public HtmlDocument PageAt(string url) =>
        Page(Path.GetRelativePath(Root, FileOf(url) ?? throw new ArgumentException($"{url} is not a site URL")).Replace('\\', '/'));

    /// <summary>Every file of the site but the builder's own, relative with '/', ordinal order.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !Catalog.Testing.SiteTree.BuilderFiles.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyDictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Root, f).Replace('\\', '/'), System.IO.File.ReadAllBytes);

    /// <summary>Every file a reader of the site gets: all but the builder's own (see <see cref="Catalog.Testing.SiteTree.BuilderFiles"/>).</summary>
    public IReadOnlyDictionary<string, byte[]> Published() =>
        Snapshot().Where(p => !Catalog.Testing.SiteTree.BuilderFiles.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>The text of a gzip file of one or more members, as gunzip gives it.</summary>
    public static string Gunzip(byte[] bytes)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Text(HtmlNode node) => HtmlEntity.DeEntitize(node.InnerText);

    /// <summary>The text a <c>data:</c> download link carries, after checking its media type.</summary>
    public static string DataUrlText(string href, string mediaType)
    {
        var prefix = $"data:{mediaType};charset=utf-8;base64,";
        Xunit.Assert.StartsWith(prefix, href, StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(href[prefix.Length..]));
    }
}
