using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Tests.Dataset;

/// <summary>One hand-labelled tool from the shared training set, turned into the records the classifier takes.</summary>
public sealed record LabelledTool
{
    public required ToolDefinition Tool { get; init; }
    public required ServerIdentity Server { get; init; }
    public required ToolCategory Category { get; init; }
    public required RiskLevel Risk { get; init; }
    public required bool Destructive { get; init; }
    public required bool Financial { get; init; }
    public required bool Sensitive { get; init; }
}
