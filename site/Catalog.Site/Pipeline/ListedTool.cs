using Catalog.Domain.Classification;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>What a risk or category listing needs of one classified tool, kept after its server has streamed past.</summary>
internal sealed record ListedTool(RiskLevel Risk, ToolCategory Category, ToolRow Row);
