using System.Diagnostics;
using Catalog.Classifier;
using Catalog.Classifier.Combine;
using Catalog.Classifier.Model;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Cli.Bench;

/// <summary>
/// Classification throughput on generated tools: the shipped classifier (rules + model) on one thread and
/// on every core, and, side by side, the rules alone and the model alone. Prints tools per second.
/// </summary>
public static class ClassifyBenchmark
{
    public static void Run(int count, CliConsole console)
    {
        var generator = new ToolCorpusGenerator(seed: 11);
        var tools = new ToolDefinition[count];
        for (var i = 0; i < count; i++)
        {
            tools[i] = generator.Next(i);
        }

        var server = new ServerIdentity { Slug = "bench", Name = "acme/bench-mcp", Repository = "acme/bench-mcp" };
        var hybrid = HybridToolClassifier.CreateDefault();
        var rules = RuleBasedClassifier.CreateDefault();
        var model = new ModelOnlyClassifier(ToolModel.Default);
        Warm(hybrid, tools, server);

        console.Out.WriteLine($"classify benchmark: {count:N0} generated tools, {Environment.ProcessorCount} cores");
        console.Out.WriteLine($"{"classifier",-28} {"threads",8} {"seconds",9} {"tools/s",10}");
        Measure("rules + model (shipped)", hybrid, tools, server, parallel: false, console);
        Measure("rules + model (shipped)", hybrid, tools, server, parallel: true, console);
        Measure("rules alone", rules, tools, server, parallel: false, console);
        Measure("model alone", model, tools, server, parallel: false, console);
        console.Out.WriteLine("target: >= 50,000 tools/s");
    }

    private static void Warm(IToolClassifier classifier, ToolDefinition[] tools, ServerIdentity server)
    {
        for (var i = 0; i < Math.Min(2_000, tools.Length); i++)
        {
            classifier.Classify(tools[i], server);
        }
    }

    private static void Measure(string label, IToolClassifier classifier, ToolDefinition[] tools, ServerIdentity server, bool parallel, CliConsole console)
    {
        var sink = new int[Environment.ProcessorCount + 1];
        var clock = Stopwatch.StartNew();
        if (parallel)
        {
            Parallel.For(0, tools.Length, i => Interlocked.Add(ref sink[0], (int)classifier.Classify(tools[i], server).Risk));
        }
        else
        {
            foreach (var tool in tools)
            {
                sink[0] += (int)classifier.Classify(tool, server).Risk;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        console.Out.WriteLine($"{label,-28} {(parallel ? Environment.ProcessorCount : 1),8} {seconds,9:0.00} {tools.Length / seconds,10:N0}");
    }
}
