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

        var rules = classifier.Rules;
        var feats = set.Select(t => rules.Extractor.Extract(t.Tool, t.Server)).ToList();
        var nodesc = set.Select(t => t.Tool with { Description = "" }).ToList();
        void Time(string label, Action<int> body)
        {
            for (var pass = 0; pass < 3; pass++)
            {
                var watch = Stopwatch.StartNew();
                for (var round = 0; round < 5; round++) for (var i = 0; i < set.Count; i++) body(i);
                if (pass == 2) output.WriteLine($"{label} {5 * set.Count / watch.Elapsed.TotalSeconds:F0} tools/s");
            }
        }

        Time("PERF", i => classifier.Classify(set[i].Tool, set[i].Server));
        Time("EXTRACT", i => rules.Extractor.Extract(set[i].Tool, set[i].Server));
        Time("EXTRACT-NOSERVER", i => rules.Extractor.Extract(set[i].Tool, null));
        Time("EXTRACT-NODESC", i => rules.Extractor.Extract(nodesc[i], null));
        Time("EVALUATE", i => rules.Evaluate(feats[i]));
        Time("SCHEMA", i => Catalog.Classifier.Features.SchemaReader.Read(set[i].Tool.InputSchema));
        Time("TOKENIZE", i => { foreach (var w in Catalog.Classifier.Features.TextTokenizer.Words(set[i].Tool.Description)) Catalog.Classifier.Features.WordStemmer.Stem(w); });
        var conf = set.Select(t => classifier.Evaluate(t.Tool, t.Server)).ToList();
        output.WriteLine($"CONFIDENT {conf.Count(e => e.IsConfident)} of {conf.Count}");
        var ok = set.Zip(conf).Where(p => p.Second.IsConfident).Count(p => p.First.Category == p.Second.Classification.Category);
        output.WriteLine($"CONFIDENT-ACC {ok}/{conf.Count(e => e.IsConfident)}");
    }
}
