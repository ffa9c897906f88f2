using System.Text;
using System.Xml;

namespace Catalog.Site.Outputs;

/// <summary>Writes sitemap.xml (sitemaps.org 0.9). No lastmod: the site carries no build times, only dates from the data.</summary>
internal static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The protocol's limit of URLs per sitemap file; a larger site gets a sitemap index.</summary>
    public const int MaxUrls = 50_000;

    public static byte[] Write(IEnumerable<string> urls) => Write("urlset", "url", urls);

    /// <summary>A sitemap index listing the given sitemap files.</summary>
    public static byte[] WriteIndex(IEnumerable<string> sitemapUrls) => Write("sitemapindex", "sitemap", sitemapUrls);

    private static byte[] Write(string root, string item, IEnumerable<string> urls)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root, Namespace);
            foreach (var url in urls)
            {
                writer.WriteStartElement(item, Namespace);
                writer.WriteElementString("loc", Namespace, url);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
