using HtmlAgilityPack;

namespace Catalog.Site.Tests;

/// <summary>XPath queries that fail the test with the query in the message instead of returning null.</summary>
internal static class HtmlQueries
{
    public static HtmlNode Find(this HtmlNode node, string xpath) =>
        node.SelectSingleNode(xpath) ?? throw new Xunit.Sdk.XunitException($"No element matches {xpath}.");

    /// <summary>Every match, possibly none.</summary>
    public static IReadOnlyList<HtmlNode> FindAll(this HtmlNode node, string xpath) =>
        (IReadOnlyList<HtmlNode>?)node.SelectNodes(xpath)?.ToList() ?? [];
}
