using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Domain.Stores;

/// <summary>A stored tool version that has no label from the current classifier yet.</summary>
public sealed record PendingClassification(long ToolVersionId, ServerIdentity Server, ToolDefinition Tool);
