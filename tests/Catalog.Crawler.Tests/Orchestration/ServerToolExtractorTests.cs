using Catalog.Crawler.Extraction;
using Catalog.Crawler.Repositories;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Crawler.Tests.Orchestration;

public sealed class ServerToolExtractorTests : IDisposable
{
    private readonly TemporaryDirectory repo = new();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Extract_FilesWithinLimits_FindsToolsOrderedByName()
    {
        repo.WriteFile("src/a.fake", "tool zeta\ntool alpha");

        var result = Extract();

        Assert.Equal(["alpha", "zeta"], result.Tools.Select(t => t.Name));
        Assert.Equal(new SourceLocation("src/a.fake", 2), result.Tools[0].Location);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Extract_OversizedBinaryAndInvalidUtf8Files_SkippedWithReasons()
    {
        repo.WriteFile("big.fake", "tool big\n" + new string('x', 2048));
        File.WriteAllBytes(repo.Combine("bin.fake"), [0x74, 0x00, 0x6f]);
        File.WriteAllBytes(repo.Combine("latin.fake"), [0x74, 0x6f, 0x6f, 0x6c, 0x20, 0xE9, 0x0A]);
        repo.WriteFile("ok.fake", "tool fine");

        var result = Extract(new ExtractionLimits { MaxFileBytes = 1024 });

        Assert.Equal(["fine"], result.Tools.Select(t => t.Name));
        Assert.Contains(result.Skipped, s => s.Path == "big.fake" && s.Reason.Contains("larger than", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Path == "bin.fake" && s.Reason.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Path == "latin.fake" && s.Reason.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ExtractorThrowsOrSpins_FileSkippedOthersKept()
    {
        repo.WriteFile("a.fake", "tool before\nthrow");
        repo.WriteFile("b.fake", "spin");
        repo.WriteFile("c.fake", "tool after");

        var result = Extract(new ExtractionLimits { PerFileBudget = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(["after"], result.Tools.Select(t => t.Name));
        Assert.Contains(result.Skipped, s => s.Path == "a.fake" && s.Reason.Contains("cannot read this file", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Path == "b.fake" && s.Reason.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SameNameTwice_KeepsFirstAndRecordsDuplicate()
    {
        repo.WriteFile("a.fake", "tool search");
        repo.WriteFile("b.fake", "tool search");

        var result = Extract();

        var tool = Assert.Single(result.Tools);
        Assert.Equal("a.fake", tool.Location.Path);
        Assert.Contains(result.Skipped, s => s.Path == "b.fake" && s.Reason.Contains("defined again", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TestsAndDependencies_AreNotRead()
    {
        repo.WriteFile("node_modules/lib/x.fake", "tool from_dependency");
        repo.WriteFile("tests/x.fake", "tool from_test");
        repo.WriteFile("src/server.test.fake", "tool from_test_file");
        repo.WriteFile("src/server.fake", "tool real");

        var result = Extract();

        Assert.Equal(["real"], result.Tools.Select(t => t.Name));
    }

    [Fact]
    public void Extract_NoToolsInCode_FallsBackToReadme()
    {
        repo.WriteFile("src/server.fake", "nothing here");
        repo.WriteFile("README.md", "tool from_readme");
        var set = new ToolExtractorSetBuilder().Add(new FakeExtractor()).WithReadmeFallback(new FakeExtractor(".md", ExtractionMethods.Readme)).Build();

        var result = Extract(set: set);

        Assert.Equal(["from_readme"], result.Tools.Select(t => t.Name));
    }

    [Fact]
    public void Extract_ToolsInCode_ReadmeNotUsed()
    {
        repo.WriteFile("src/server.fake", "tool from_code");
        repo.WriteFile("README.md", "tool from_readme");
        var set = new ToolExtractorSetBuilder().Add(new FakeExtractor()).WithReadmeFallback(new FakeExtractor(".md", ExtractionMethods.Readme)).Build();

        var result = Extract(set: set);

        Assert.Equal(["from_code"], result.Tools.Select(t => t.Name));
    }

    private ServerExtractionResult Extract(ExtractionLimits? limits = null, ToolExtractorSet? set = null)
    {
        var content = LocalRepositoryContent.ForFolder(repo.Path, "local:test");
        var roots = ServerLayout.FindServerRoots(content);
        var extractor = new ServerToolExtractor(set ?? new ToolExtractorSetBuilder().Add(new FakeExtractor()).Build(), limits);
        return extractor.Extract(content, roots[0], roots);
    }
}
