using System.Collections.Concurrent;
using Microsoft.ML;

namespace Catalog.Classifier.Model;

/// <summary>
/// PredictionEngine is not thread-safe and costly to create, so each call rents one and gives it back.
/// The pool grows to the number of threads that ever scored at once and no further.
/// </summary>
internal sealed class PredictionEnginePool(MLContext context, ITransformer model)
{
    private readonly ConcurrentBag<PredictionEngine<ModelFeatureRow, ModelScoreRow>> idle = [];

    public ModelScoreRow Predict(ModelFeatureRow row)
    {
        if (!idle.TryTake(out var engine))
        {
            engine = context.Model.CreatePredictionEngine<ModelFeatureRow, ModelScoreRow>(model);
        }

        try
        {
            // A fresh output object each time: the engine would otherwise reuse the arrays we hand out.
            var output = new ModelScoreRow();
            engine.Predict(row, ref output);
            return output;
        }
        finally
        {
            idle.Add(engine);
        }
    }
}
