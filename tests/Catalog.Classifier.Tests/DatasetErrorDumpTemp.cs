using Catalog.Classifier.Tests.Dataset;

namespace Catalog.Classifier.Tests;

public sealed class DatasetErrorDumpTemp
{
    [Fact]
    public void Dump()
    {
        var classifier = RuleBasedClassifier.CreateDefault();
        using var writer = new StreamWriter("/tmp/cls-ana/errors.tsv");
        foreach (var t in TrainingSet.Load())
        {
            var e = classifier.Evaluate(t.Tool, t.Server);
            var c = e.Classification;
            writer.WriteLine(string.Join('\t', t.Server.Repository, t.Tool.Name, t.Category, c.Category, t.Risk, c.Risk,
                t.Destructive ? "D" : "-", c.Destructive ? "D" : "-", t.Financial ? "F" : "-", c.Financial ? "F" : "-", t.Sensitive ? "S" : "-", c.Sensitive ? "S" : "-",
                $"{e.Scores.Read:F1}/{e.Scores.Write:F1}/{e.Scores.Execute:F1}", c.Confidence,
                string.Join(" | ", e.Hits.Select(h => h.RuleId)), t.Tool.Description.Length > 100 ? t.Tool.Description[..100] : t.Tool.Description));
        }
    }
}
