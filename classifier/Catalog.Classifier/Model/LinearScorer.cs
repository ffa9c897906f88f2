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
/// an order of magnitude faster. <see cref="TryCreate"/> declines any model it does not recognise
/// (character n-grams, other learners), which then scores through ML.NET; a test holds the two equal.
/// </summary>
internal sealed class LinearScorer
{
    private static readonly string[] Blocks = ["NameFeatures", "DescriptionFeatures", "ParameterFeatures", "SignalFeatures"];

    private readonly FrozenDictionary<string, int>[] vocabularies;
    private readonly float[][] category;
    private readonly float[] categoryBias;
    private readonly float[][] risk;
    private readonly float[] riskBias;
    private readonly BinaryHead destructive;
    private readonly BinaryHead financial;
    private readonly BinaryHead sensitive;

    private LinearScorer(FrozenDictionary<string, int>[] vocabularies, MaximumEntropyModelParameters category, MaximumEntropyModelParameters risk, BinaryHead destructive, BinaryHead financial, BinaryHead sensitive)
    {
        this.vocabularies = vocabularies;
        (this.category, categoryBias) = Dense(category);
        (this.risk, riskBias) = Dense(risk);
        this.destructive = destructive;
        this.financial = financial;
        this.sensitive = sensitive;
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
            || BinaryHead.From(parts[5]) is not { } destructive
            || BinaryHead.From(parts[7]) is not { } financial
            || BinaryHead.From(parts[9]) is not { } sensitive)
        {
            return null;
        }

        var schema = parts[0].GetOutputSchema(context.Data.LoadFromEnumerable(Array.Empty<ModelFeatureRow>()).Schema);
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        schema[ModelColumns.Features].GetSlotNames(ref slots);
        var vocabularies = ReadVocabularies(slots);
        return vocabularies is null ? null : new LinearScorer(vocabularies, categoryHead.Model, riskHead.Model, destructive, financial, sensitive);
    }

    public ModelPrediction Score(ModelFeatureRow row)
    {
        var features = new Dictionary<int, float>();
        AddBlock(features, vocabularies[0], row.NameText);
        AddBlock(features, vocabularies[1], row.DescriptionText);
        AddBlock(features, vocabularies[2], row.ParameterText);
        AddBlock(features, vocabularies[3], row.SignalText);
        return new ModelPrediction
        {
            CategoryProbabilities = Softmax(category, categoryBias, features),
            RiskProbabilities = Softmax(risk, riskBias, features),
            DestructiveProbability = destructive.Probability(features),
            FinancialProbability = financial.Probability(features),
            SensitiveProbability = sensitive.Probability(features),
        };
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

    /// <summary>Unigram and bigram counts of the space-separated words, L2-normalised over the block, as ML.NET's word bag does.</summary>
    private static void AddBlock(Dictionary<int, float> features, FrozenDictionary<string, int> vocabulary, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var counts = new Dictionary<int, float>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            Count(counts, vocabulary, words[i]);
            if (i > 0)
            {
                Count(counts, vocabulary, string.Concat(words[i - 1], "|", words[i]));
            }
        }

        var norm = MathF.Sqrt(counts.Values.Sum(c => c * c));
        foreach (var (slot, count) in counts)
        {
            features[slot] = count / norm;
        }
    }

    private static void Count(Dictionary<int, float> counts, FrozenDictionary<string, int> vocabulary, string gram)
    {
        if (vocabulary.TryGetValue(gram, out var slot))
        {
            counts[slot] = counts.GetValueOrDefault(slot) + 1;
        }
    }

    private static float[] Softmax(float[][] weights, float[] bias, Dictionary<int, float> features)
    {
        var scores = new float[weights.Length];
        for (var c = 0; c < weights.Length; c++)
        {
            var sum = bias[c];
            foreach (var (slot, value) in features)
            {
                sum += weights[c][slot] * value;
            }

            scores[c] = sum;
        }

        var max = scores.Max();
        var total = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            total += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= total;
        }

        return scores;
    }

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

    private sealed class BinaryHead(float[] weights, float bias, double slope, double offset)
    {
        public static BinaryHead? From(ITransformer transformer) =>
            transformer is BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> head
                ? new BinaryHead(head.Model.SubModel.Weights.ToArray(), head.Model.SubModel.Bias, head.Model.Calibrator.Slope, head.Model.Calibrator.Offset)
                : null;

        public float Probability(Dictionary<int, float> features)
        {
            var score = bias;
            foreach (var (slot, value) in features)
            {
                score += weights[slot] * value;
            }

            return (float)(1 / (1 + Math.Exp((slope * score) + offset)));
        }
    }
}
