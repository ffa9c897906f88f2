namespace Catalog.Domain.Catalog;

/// <summary>
/// A server's revision as a catalogue reports it without reading the server: the stamp changes whenever
/// anything the catalogue would give of the server changes (its facts, a tool, a definition, a label), and
/// is never reused for other content, not even by a catalogue rebuilt from scratch. Equal stamps mean the
/// server reads the same, which lets a rebuild skip reading every unchanged server.
/// </summary>
/// <param name="Slug">The server's slug.</param>
/// <param name="Stamp">Opaque; compared for equality only.</param>
public readonly record struct ServerStamp(string Slug, string Stamp);
