using System.Text.Json.Serialization;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Tests.Specs;

/// <summary>The label the rubric gives a spec tool; flags not written are false.</summary>
public sealed class SpecLabel
{
    [JsonConverter(typeof(JsonStringEnumConverter<ToolCategory>))]
    public required ToolCategory Category { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
    public required RiskLevel Risk { get; init; }

    public bool Destructive { get; init; }
    public bool Financial { get; init; }
    public bool Sensitive { get; init; }

    public static string Describe(ToolCategory category, RiskLevel risk, bool destructive, bool financial, bool sensitive) =>
        $"{category}/{risk}{(destructive ? " destructive" : "")}{(financial ? " financial" : "")}{(sensitive ? " sensitive" : "")}";

    public override string ToString() => Describe(Category, Risk, Destructive, Financial, Sensitive);
}
