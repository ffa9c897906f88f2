using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction;

/// <summary>The tools found in one server folder, the language they are written in, and what was passed over.</summary>
public sealed record ServerExtractionResult(IReadOnlyList<ToolDefinition> Tools, string? Language, IReadOnlyList<SkippedItem> Skipped);
