using System.Diagnostics;
using Catalog.Classifier.Tests.Dataset;
using Xunit.Abstractions;

namespace Catalog.Classifier.Tests;

public sealed class DatasetErrorDumpTemp(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var classifier = RuleBasedClassifier.CreateDefault();
        var set = TrainingSet.Load();
        using (var writer = new StreamWriter("/tmp/cls-ana/errors.tsv"))
        {
            foreach (var t in set)
            {
                var e = classifier.Evaluate(t.Tool, t.Server);
                var c = e.Classification;
                writer.WriteLine(string.Join('\t', t.Server.Repository, t.Tool.Name, t.Category, c.Category, t.Risk, c.Risk,
                    t.Destructive ? "D" : "-", c.Destructive ? "D" : "-", t.Financial ? "F" : "-", c.Financial ? "F" : "-", t.Sensitive ? "S" : "-", c.Sensitive ? "S" : "-",
                    $"{e.Scores.Read:F1}/{e.Scores.Write:F1}/{e.Scores.Execute:F1}", c.Confidence,
                    string.Join(" | ", e.Hits.Select(h => h.RuleId)), t.Tool.Description.Length > 100 ? t.Tool.Description[..100] : t.Tool.Description));
            }
        }

        var watch = Stopwatch.StartNew();
        var n = 0;
        for (var round = 0; round < 5; round++)
        {
            foreach (var t in set)
            {
                classifier.Classify(t.Tool, t.Server);
                n++;
            }
        }

        watch.Stop();
        output.WriteLine($"PERF {n / watch.Elapsed.TotalSeconds:F0} tools/s");
        var conf = set.Select(t => classifier.Evaluate(t.Tool, t.Server)).ToList();
        output.WriteLine($"CONFIDENT {conf.Count(e => e.IsConfident)} of {conf.Count}");
        var ok = set.Zip(conf).Where(p => p.Second.IsConfident).Count(p => p.First.Category == p.Second.Classification.Category);
        output.WriteLine($"CONFIDENT-ACC {ok}/{conf.Count(e => e.IsConfident)}");
    }
}
