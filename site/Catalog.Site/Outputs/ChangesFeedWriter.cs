using System.Globalization;
using System.Text;
using System.Xml;
using Catalog.Domain.Text;
using Catalog.Site.Pages;

namespace Catalog.Site.Outputs;

/// <summary>
/// Writes the changes as an Atom 1.0 feed. Entry ids are URNs made from the change itself (server,
/// tool, kind, version), so a reader never sees the same change twice; times come from the data only.
/// Links are the site's URLs: absolute when the site's base URL is.
/// </summary>
internal static class ChangesFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>When there is no change at all, the feed still needs an updated time; a fixed one keeps builds identical.</summary>
    private static readonly DateTimeOffset NoChanges = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(string title, string siteUrl, string feedUrl, IReadOnlyList<(ChangeRow Row, DateTimeOffset At)> changes)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CheckCharacters = false,
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Atom);
            writer.WriteElementString("title", Atom, $"{title}: tool changes");
            writer.WriteElementString("id", Atom, "urn:catalog:changes");
            writer.WriteElementString("updated", Atom, Time(changes.Count > 0 ? changes.Max(c => c.At) : NoChanges));
            Link(writer, siteUrl, "alternate");
            Link(writer, feedUrl, "self");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, title);
            writer.WriteEndElement();
            foreach (var (row, at) in changes)
            {
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("title", Atom, Xml($"{row.Kind}: {HiddenCharacters.Reveal(row.Tool)} in {HiddenCharacters.Reveal(row.Server)}"));
                writer.WriteElementString("id", Atom, $"urn:catalog:change:{Uri.EscapeDataString(row.Server)}:{Uri.EscapeDataString(row.Tool)}:{row.Kind.ToLowerInvariant()}:{row.Version.ToString(CultureInfo.InvariantCulture)}");
                writer.WriteElementString("updated", Atom, Time(at));
                var link = row.ToolUrl ?? row.ServerUrl;
                if (link is not null)
                {
                    Link(writer, link, "alternate");
                }

                writer.WriteElementString("summary", Atom, Xml(row.Kind switch
                {
                    "Added" => $"Tool {HiddenCharacters.Reveal(row.Tool)} appeared in server {HiddenCharacters.Reveal(row.Server)} (version {row.Version}).",
                    "Removed" => $"Tool {HiddenCharacters.Reveal(row.Tool)} is gone from server {HiddenCharacters.Reveal(row.Server)}.",
                    _ => $"The definition of tool {HiddenCharacters.Reveal(row.Tool)} in server {HiddenCharacters.Reveal(row.Server)} changed (version {row.Version}).",
                }));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops the characters XML 1.0 cannot carry at all (repository text may hold any); hidden ones were already revealed.</summary>
    private static string Xml(string text) => string.Concat(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)));
}
