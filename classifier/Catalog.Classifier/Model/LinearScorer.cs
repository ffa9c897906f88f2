using System.Collections.Frozen;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Catalog.Classifier.Model;

/// <summary>
/// Scores with the saved model's own numbers, without the ML.NET pipeline: the word n-gram
/// vocabularies read from the feature slot names, term frequencies normalised per text block, and
/// the heads' weights and biases (softmax for category and risk, Platt-calibrated logistic for the
/// flags). ML.NET spends most of its time per row in pipeline overhead; this is the same arithmetic
/// several times faster. <see cref="TryCreate"/> declines any model it does not recognise
/// (character n-grams, other learners), which then scores through ML.NET; a test holds the two equal.
/// </summary>
internal sealed class LinearScorer
{
    private const int Categories = 3;
    private const int Risks = 4;

    /// <summary>Outputs per feature: category scores, risk scores, then destructive, financial, sensitive.</summary>
    private const int Outputs = Categories + Risks + 3;

    private static readonly string[] Blocks = ["NameFeatures", "DescriptionFeatures", "ParameterFeatures", "SignalFeatures"];

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] vocabularies;

    /// <summary>Weights laid out feature by feature, <see cref="Outputs"/> to a feature, so one pass over a tool's features feeds every head.</summary>
    private readonly float[] weights;
    private readonly float[] biases;
    private readonly PlattCalibrator[] calibrators;

    private LinearScorer(FrozenDictionary<string, int>[] vocabularies, float[] weights, float[] biases, PlattCalibrator[] calibrators)
    {
        this.vocabularies = vocabularies.Select(v => v.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        this.weights = weights;
        this.biases = biases;
        this.calibrators = calibrators;
    }

    /// <summary>Null when the model is not the shape <see cref="ModelTrainer"/> builds with word n-grams only.</summary>
    public static LinearScorer? TryCreate(MLContext context, ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var parts = chain.ToList();
        if (parts.Count != 11
            || parts[1] is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> categoryHead
            || parts[3] is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> riskHead
            || AsBinary(parts[5]) is not { } destructive
            || AsBinary(parts[7]) is not { } financial
            || AsBinary(parts[9]) is not { } sensitive)
        {
            return null;
        }

        var schema = parts[0].GetOutputSchema(context.Data.LoadFromEnumerable(Array.Empty<ModelFeatureRow>()).Schema);
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        schema[ModelColumns.Features].GetSlotNames(ref slots);
        var vocabularies = ReadVocabularies(slots);
        var (categoryWeights, categoryBias) = Dense(categoryHead.Model);
        var (riskWeights, riskBias) = Dense(riskHead.Model);
        if (vocabularies is null || categoryWeights.Length != Categories || riskWeights.Length != Risks)
        {
            return null;
        }

        var columns = categoryWeights.Concat(riskWeights)
            .Append(destructive.SubModel.Weights.ToArray())
            .Append(financial.SubModel.Weights.ToArray())
            .Append(sensitive.SubModel.Weights.ToArray())
            .ToArray();
        if (columns.Any(c => c.Length != slots.Length))
        {
            return null;
        }

        var table = new float[slots.Length * Outputs];
        for (var feature = 0; feature < slots.Length; feature++)
        {
            for (var output = 0; output < Outputs; output++)
            {
                table[(feature * Outputs) + output] = columns[output][feature];
            }
        }

        float[] biases = [.. categoryBias, .. riskBias, destructive.SubModel.Bias, financial.SubModel.Bias, sensitive.SubModel.Bias];
        return new LinearScorer(vocabularies, table, biases, [destructive.Calibrator, financial.Calibrator, sensitive.Calibrator]);
    }

    public ModelPrediction Score(ModelFeatureRow row)
    {
        Span<float> sums = stackalloc float[Outputs];
        biases.CopyTo(sums);
        var counts = new List<(int Slot, float Count)>(64);
        AddBlock(sums, counts, vocabularies[0], row.NameText);
        AddBlock(sums, counts, vocabularies[1], row.DescriptionText);
        AddBlock(sums, counts, vocabularies[2], row.ParameterText);
        AddBlock(sums, counts, vocabularies[3], row.SignalText);
        return new ModelPrediction
        {
            CategoryProbabilities = Softmax(sums[..Categories]),
            RiskProbabilities = Softmax(sums.Slice(Categories, Risks)),
            DestructiveProbability = Calibrate(calibrators[0], sums[Categories + Risks]),
            FinancialProbability = Calibrate(calibrators[1], sums[Categories + Risks + 1]),
            SensitiveProbability = Calibrate(calibrators[2], sums[Categories + Risks + 2]),
        };
    }

    /// <summary>
    /// Unigram and bigram ("a|b") counts of the space-separated words, L2-normalised over the block as
    /// ML.NET's word bag does, added into every head's sum.
    /// </summary>
    private void AddBlock(Span<float> sums, List<(int Slot, float Count)> counts, FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabulary, string text)
    {
        counts.Clear();
        var rest = text.AsSpan();
        var previous = ReadOnlySpan<char>.Empty;
        Span<char> bigram = stackalloc char[256];
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            Count(counts, vocabulary, word);
            if (!previous.IsEmpty)
            {
                var length = previous.Length + word.Length + 1;
                var gram = length <= bigram.Length ? bigram[..length] : new char[length];
                previous.CopyTo(gram);
                gram[previous.Length] = '|';
                word.CopyTo(gram[(previous.Length + 1)..]);
                Count(counts, vocabulary, gram);
            }

            previous = word;
        }

        var squares = 0f;
        foreach (var (_, count) in counts)
        {
            squares += count * count;
        }

        var norm = MathF.Sqrt(squares);
        foreach (var (slot, count) in counts)
        {
            var value = count / norm;
            var row = weights.AsSpan(slot * Outputs, Outputs);
            for (var output = 0; output < Outputs; output++)
            {
                sums[output] += row[output] * value;
            }
        }
    }

    /// <summary>Texts are short, so a linear search for a repeated n-gram is cheaper than a dictionary.</summary>
    private static void Count(List<(int Slot, float Count)> counts, FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabulary, ReadOnlySpan<char> gram)
    {
        if (!vocabulary.TryGetValue(gram, out var slot))
        {
            return;
        }

        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Slot == slot)
            {
                counts[i] = (slot, counts[i].Count + 1);
                return;
            }
        }

        counts.Add((slot, 1));
    }

    /// <summary>Slot names read "Block.word" or "Block.word|next"; any other name means features this scorer cannot rebuild.</summary>
    private static FrozenDictionary<string, int>[]? ReadVocabularies(VBuffer<ReadOnlyMemory<char>> slots)
    {
        var maps = Blocks.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var index = 0;
        foreach (var slot in slots.DenseValues())
        {
            var name = slot.ToString();
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            var block = dot < 0 ? -1 : Array.IndexOf(Blocks, name[..dot]);
            if (block < 0 || !maps[block].TryAdd(name[(dot + 1)..], index))
            {
                return null;
            }

            index++;
        }

        return maps.Select(m => m.ToFrozenDictionary(StringComparer.Ordinal)).ToArray();
    }

    private static float[] Softmax(ReadOnlySpan<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var score in scores)
        {
            max = MathF.Max(max, score);
        }

        var probabilities = new float[scores.Length];
        var total = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            probabilities[c] = MathF.Exp(scores[c] - max);
            total += probabilities[c];
        }

        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] /= total;
        }

        return probabilities;
    }

    /// <summary>ML.NET's Platt mapping: 1 / (1 + exp(slope * score + offset)).</summary>
    private static float Calibrate(PlattCalibrator calibrator, float score) =>
        (float)(1 / (1 + Math.Exp((calibrator.Slope * score) + calibrator.Offset)));

    private static CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>? AsBinary(ITransformer transformer) =>
        (transformer as BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>)?.Model;

    private static (float[][] Weights, float[] Bias) Dense(MaximumEntropyModelParameters model)
    {
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var classes);
        var dense = new float[classes][];
        for (var c = 0; c < classes; c++)
        {
            dense[c] = weights[c].DenseValues().ToArray();
        }

        return (dense, model.GetBiases().ToArray());
    }
}
