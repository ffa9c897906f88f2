namespace Catalog.Storage.Stores;

/// <summary>What <see cref="SqliteServerStore"/> needs to know of a tool already stored to compare it with a snapshot.</summary>
internal sealed record StoredTool(
    long Id,
    string Name,
    int CurrentVersion,
    long CurrentVersionId,
    string ContentHash,
    bool Removed,
    string Path,
    int Line,
    string Method);
