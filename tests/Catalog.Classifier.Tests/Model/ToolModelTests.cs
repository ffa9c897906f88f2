using System.Diagnostics;
using Catalog.Classifier.Model;
using Catalog.Domain.Classification;
using Catalog.Testing;
using Xunit.Abstractions;

namespace Catalog.Classifier.Tests.Model;

/// <summary>The committed model, as a fresh clone gets it: embedded in the assembly, loaded without training.</summary>
public sealed class ToolModelTests(ITestOutputHelper output)
{
    [Fact]
    public void Default_RunShellCommand_IsExecute()
    {
        // Given the committed model
        var model = ToolModel.Default;

        // When it scores a plain shell runner
        var tool = ToolDefinitionBuilder.Tool("run_shell_command", "Execute a shell command", ToolDefinitionBuilder.StringParams("command"));
        var prediction = model.Predict(tool, serverName: "acme/ops-mcp");

        // Then Execute is the most likely category, at High risk or above
        Assert.Equal(ToolCategory.Execute, prediction.Category);
        Assert.True(prediction.RiskFor(prediction.Category) >= RiskLevel.High);
        Assert.True(prediction.Probability(ToolCategory.Execute) > 0.5f, $"Execute probability {prediction.Probability(ToolCategory.Execute)}");
    }

    [Fact]
    public void Default_IsTheCommittedFile()
    {
        // Given the model file committed under data/models
        var path = RepositoryPaths.InRoot("data", "models", "tool-classifier.zip");
        Assert.True(File.Exists(path), $"The committed model is missing at {path}.");

        // When it is loaded directly
        var fromFile = ToolModel.Load(path);

        // Then the embedded model is that same file
        Assert.Equal(fromFile.Version, ToolModel.Default.Version);
    }

    [Fact]
    public void Predict_DirectScorer_MatchesTheMlNetPipelineOnTheTrainingSet()
    {
        // Given the committed model and the whole training set
        var model = ToolModel.Default;
        var path = Path.Combine(RepositoryPaths.SharedDatasets, "mcp-tools-train.jsonl");
        Assert.True(File.Exists(path), $"The training set was not found at {path}.");
        var tools = LabelledToolReader.ReadFile(path).Tools;

        // When every row is scored directly and through ML.NET
        var largest = 0f;
        foreach (var tool in tools)
        {
            var direct = model.Predict(tool.Tool);
            var pipeline = model.PredictThroughPipeline(tool.Tool);
            var differences = direct.CategoryProbabilities.Zip(pipeline.CategoryProbabilities)
                .Concat(direct.RiskProbabilities.Zip(pipeline.RiskProbabilities))
                .Append((direct.DestructiveProbability, pipeline.DestructiveProbability))
                .Append((direct.FinancialProbability, pipeline.FinancialProbability))
                .Append((direct.SensitiveProbability, pipeline.SensitiveProbability))
                .Select(p => Math.Abs(p.Item1 - p.Item2));
            largest = Math.Max(largest, differences.Max());
        }

        // Then the fast path is in use and agrees with ML.NET to rounding
        Assert.True(model.ScoresDirectly);
        Assert.True(largest < 1e-4f, $"Largest difference {largest}.");
    }

    [Fact]
    public void Predict_ManyThreadsAtOnce_GivesTheSameAnswersAsOneThread()
    {
        // Given the committed model and a hundred varied tools
        var model = ToolModel.Default;
        var tools = SyntheticTools.Create().Select(t => t.Tool).ToList();
        var expected = tools.Select(t => model.Predict(t).CategoryProbabilities).ToList();

        // When they are scored from many threads at once
        var actual = new IReadOnlyList<float>[tools.Count];
        Parallel.For(0, tools.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i % tools.Count] = model.Predict(tools[i % tools.Count]).CategoryProbabilities);

        // Then every answer is the one-thread answer
        for (var i = 0; i < tools.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void PredictMany_SameTools_MatchesPredictOneByOne()
    {
        // Given the committed model and the synthetic tools
        var model = ToolModel.Default;
        var tools = SyntheticTools.Create().Select(t => t.Tool).ToList();

        // When they are scored in one batch
        var batch = model.PredictMany(tools).ToList();

        // Then each matches its single prediction, in order
        Assert.Equal(tools.Count, batch.Count);
        for (var i = 0; i < tools.Count; i++)
        {
            var single = model.Predict(tools[i]);
            Assert.Equal(single.CategoryProbabilities, batch[i].CategoryProbabilities);
            Assert.Equal(single.SensitiveProbability, batch[i].SensitiveProbability);
        }
    }

    [Fact]
    public void Predict_Throughput_IsMeasuredAndPrinted()
    {
        // Given the committed model and 5,000 distinct tool definitions with real schemas
        var model = ToolModel.Default;
        var tools = Enumerable.Range(0, 5_000)
            .Select(i => ToolDefinitionBuilder.Tool($"tool_{i}_list_items", $"Lists items of kind {i} with paging.", ToolDefinitionBuilder.StringParams("cursor", $"filter_{i % 50}")))
            .ToList();
        model.Predict(tools[0]);

        // When they are scored one by one, then in one batch
        var watch = Stopwatch.StartNew();
        foreach (var tool in tools)
        {
            model.Predict(tool);
        }

        var single = tools.Count / watch.Elapsed.TotalSeconds;
        watch.Restart();
        var count = model.PredictMany(tools.Select(t => ModelToolInputs.FromDefinition(t))).Count();
        var batch = count / watch.Elapsed.TotalSeconds;
        output.WriteLine($"ToolModel scoring: {single:0} tools/s one by one, {batch:0} tools/s in a batch ({tools.Count} tools, one thread).");

        // Then the rate is reported, and no slower than a floor far below what a developer machine does
        Assert.Equal(tools.Count, count);
        Assert.True(single > 300, $"Only {single:0} tools/s.");
    }
}
