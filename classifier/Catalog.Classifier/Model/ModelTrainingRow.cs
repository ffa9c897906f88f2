using Microsoft.ML.Data;

namespace Catalog.Classifier.Model;

/// <summary>A feature row with its labels. Multiclass labels are keys 1..N (0 would mean missing): key k is enum value k-1.</summary>
internal sealed class ModelTrainingRow : ModelFeatureRow
{
    [KeyType(3)]
    public uint CategoryKey { get; set; }

    [KeyType(4)]
    public uint RiskKey { get; set; }

    public bool Destructive { get; set; }

    public bool Financial { get; set; }

    public bool Sensitive { get; set; }
}
