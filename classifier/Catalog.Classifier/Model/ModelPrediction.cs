using Catalog.Domain.Classification;

namespace Catalog.Classifier.Model;

/// <summary>
/// What the model says about one tool: a probability per category and per risk level (indexed by
/// the enum's value, summing to 1) and a probability per flag.
/// </summary>
public sealed record ModelPrediction
{
    /// <summary>Probability of each <see cref="ToolCategory"/>, at index <c>(int)category</c>.</summary>
    public required IReadOnlyList<float> CategoryProbabilities { get; init; }

    /// <summary>Probability of each <see cref="RiskLevel"/>, at index <c>(int)risk</c>.</summary>
    public required IReadOnlyList<float> RiskProbabilities { get; init; }

    public required float DestructiveProbability { get; init; }

    public required float FinancialProbability { get; init; }

    public required float SensitiveProbability { get; init; }

    public ToolCategory Category => (ToolCategory)ArgMax(CategoryProbabilities, 0, CategoryProbabilities.Count - 1);

    /// <summary>The most likely risk level on its own, regardless of the category.</summary>
    public RiskLevel Risk => (RiskLevel)ArgMax(RiskProbabilities, 0, RiskProbabilities.Count - 1);

    public float Probability(ToolCategory category) => CategoryProbabilities[(int)category];

    public float Probability(RiskLevel risk) => RiskProbabilities[(int)risk];

    /// <summary>
    /// The most likely risk level the rubric allows for <paramref name="category"/>: Read is Low or
    /// Medium, Write is Medium or above, Execute is High or Critical.
    /// </summary>
    public RiskLevel RiskFor(ToolCategory category) => category switch
    {
        ToolCategory.Read => (RiskLevel)ArgMax(RiskProbabilities, (int)RiskLevel.Low, (int)RiskLevel.Medium),
        ToolCategory.Write => (RiskLevel)ArgMax(RiskProbabilities, (int)RiskLevel.Medium, (int)RiskLevel.Critical),
        _ => (RiskLevel)ArgMax(RiskProbabilities, (int)RiskLevel.High, (int)RiskLevel.Critical),
    };

    /// <summary>The model's own labels: the most likely category, the most likely risk it allows, flags above <paramref name="flagThreshold"/>.</summary>
    public ToolLabels ToLabels(float flagThreshold = 0.5f)
    {
        var category = Category;
        return new ToolLabels
        {
            Category = category,
            Risk = RiskFor(category),
            Destructive = DestructiveProbability >= flagThreshold,
            Financial = FinancialProbability >= flagThreshold,
            Sensitive = SensitiveProbability >= flagThreshold,
        };
    }

    /// <summary>Ties go to the lower index, so equal scores give the milder label.</summary>
    private static int ArgMax(IReadOnlyList<float> values, int from, int to)
    {
        var best = from;
        for (var i = from + 1; i <= to; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
