using Catalog.Domain.Classification;

namespace Catalog.Classifier.Rules;

/// <summary>The summed weight of evidence for each category; never negative.</summary>
public readonly record struct CategoryScores(double Read, double Write, double Execute)
{
    public double this[ToolCategory category] => category switch
    {
        ToolCategory.Read => Read,
        ToolCategory.Write => Write,
        ToolCategory.Execute => Execute,
        _ => 0,
    };

    public double Max => Math.Max(Read, Math.Max(Write, Execute));

    public double Total => Read + Write + Execute;
}
