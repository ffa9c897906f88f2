using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>
/// A server whose folder this build renders: its sketch, the fingerprint its folder will carry, and its
/// tools' similar tools as found for the fingerprint (kept as references to index documents, a few bytes a
/// tool, so they are not searched for twice). <see cref="Similar"/> is null, and the fingerprint not yet
/// known, when both are left to be worked out as the server renders (a build with nothing to carry over).
/// </summary>
internal sealed record ServerPlan(ServerSketch Sketch, UInt128 Fingerprint, SearchDoc[][]? Similar);
