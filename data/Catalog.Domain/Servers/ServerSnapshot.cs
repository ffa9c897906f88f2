using Catalog.Domain.Tools;

namespace Catalog.Domain.Servers;

/// <summary>
/// Everything one crawl learned about one server: identity, facts and the full list of tools found.
/// The store compares it with what it had: tools missing from <see cref="Tools"/> are marked removed.
/// </summary>
public sealed record ServerSnapshot
{
    public required ServerIdentity Identity { get; init; }
    public required ServerFacts Facts { get; init; }
    public required IReadOnlyList<ToolDefinition> Tools { get; init; }

    /// <summary>Where the snapshot came from, e.g. <c>local:data/samples</c> or <c>github</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Files the extractor passed over, each with its reason (too large, binary, unparsable).</summary>
    public IReadOnlyList<SkippedItem> Skipped { get; init; } = [];
}
