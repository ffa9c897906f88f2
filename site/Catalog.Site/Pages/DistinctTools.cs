using Catalog.Domain.Catalog;

namespace Catalog.Site.Pages;

/// <summary>
/// A server's tools once each by name (ordinal), the first of a name given twice kept. The catalogue gives
/// them distinct and ordered by name, so the list is then used as it is, with no copy made for every server;
/// only a list out of that order is deduplicated (and sorted) into a new one.
/// </summary>
internal static class DistinctTools
{
    /// <summary>Distinct by name and ordered by name.</summary>
    public static IReadOnlyList<CatalogTool> ByName(IReadOnlyList<CatalogTool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        return IsOrdered(tools) ? tools : tools.DistinctBy(t => t.Name, StringComparer.Ordinal).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Distinct by name, in the order given.</summary>
    public static IReadOnlyList<CatalogTool> InOrder(IReadOnlyList<CatalogTool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        return IsOrdered(tools) ? tools : tools.DistinctBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each name after the one before it: then no name is there twice, and sorting would change nothing.</summary>
    private static bool IsOrdered(IReadOnlyList<CatalogTool> tools)
    {
        for (var i = 1; i < tools.Count; i++)
        {
            if (string.CompareOrdinal(tools[i - 1].Name, tools[i].Name) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
