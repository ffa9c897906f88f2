namespace Catalog.Domain.Crawling;

public enum SnapshotChange
{
    /// <summary>The server was not in the store before.</summary>
    New = 0,
    /// <summary>Facts or at least one tool differ from what was stored.</summary>
    Changed = 1,
    /// <summary>Nothing differs; nothing was written but the "last seen" marks.</summary>
    Unchanged = 2,
}
