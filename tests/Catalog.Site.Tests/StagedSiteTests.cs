using Catalog.Domain.Catalog;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>How a rebuild leaves unchanged servers alone and how a commit cut short is finished.</summary>
public sealed class StagedSiteTests
{
    private static SiteBuildResult Build(string output, IEnumerable<CatalogServer> servers) =>
        new SiteBuilder(new SiteOptions { OutputDirectory = output }, new FakePolicyRecommender()).Build(servers, SampleCatalog.Changes());

    private static CatalogServer LocalRevised()
    {
        var local = SampleCatalog.Local();
        var first = local.Tools[0];
        var revised = first with { Definition = first.Definition with { Description = "Reads a note, revised <b>today</b>." } };
        return local with { Tools = [revised, .. local.Tools.Skip(1)] };
    }

    [Fact]
    public void Build_OneServerChanged_TheOtherServersFilesAreNotTouched()
    {
        // Given a site of two servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var site = new BuiltSite(output);
        var files = SampleCatalog.Files();
        var untouched = site.Files().Where(f => f.StartsWith("servers/acme-files/", StringComparison.Ordinal) || f == "api/servers/acme-files.json").ToList();
        var before = untouched.ToDictionary(f => f, f => (File.GetLastWriteTimeUtc(site.File(f)), File.ReadAllBytes(site.File(f))));
        Assert.True(untouched.Count > files.Tools.Count);

        // When one tool of the other server changes its description
        var result = Build(output, [files, LocalRevised()]);

        // Then the first server's files keep their bytes and times (the server was carried over as it was),
        // and the changed tool's page shows the new text, encoded
        Assert.All(before, pair =>
        {
            Assert.Equal(pair.Value.Item1, File.GetLastWriteTimeUtc(site.File(pair.Key)));
            Assert.Equal(pair.Value.Item2, File.ReadAllBytes(site.File(pair.Key)));
        });
        Assert.True(result.PagesUnchanged >= untouched.Count);
        var local = LocalRevised();
        var page = site.Page(new PageLinks().ForServer(local.Slug, local.Tools.Select(t => t.Name)).Tool(local.Tools[0].Name).Page.FilePath);
        Assert.Contains("Reads a note, revised <b>today</b>.", BuiltSite.Text(page.DocumentNode.Find("//div[@class='description']")), StringComparison.Ordinal);
        Assert.Null(page.DocumentNode.SelectSingleNode("//div[@class='description']/b"));
    }

    [Fact]
    public void Build_ChangedThenRebuiltFromScratch_SameFiles()
    {
        // Given a site rebuilt incrementally after a change, and the same catalogue built into a new folder
        using var temp = new TemporaryDirectory();
        Build(temp.Combine("incremental"), SampleCatalog.All());
        Build(temp.Combine("incremental"), [SampleCatalog.Files(), LocalRevised()]);
        Build(temp.Combine("scratch"), [SampleCatalog.Files(), LocalRevised()]);

        // When both are read
        var incremental = new BuiltSite(temp.Combine("incremental")).Published();
        var scratch = new BuiltSite(temp.Combine("scratch")).Published();

        // Then they have the same files with the same bytes
        Assert.Equal(scratch.Keys.Order(StringComparer.Ordinal), incremental.Keys.Order(StringComparer.Ordinal));
        Assert.All(scratch, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(incremental[pair.Key]), pair.Key));
    }

    [Fact]
    public void Build_SimilarToolOfAnotherServerRelabelled_PageListingItIsRebuilt()
    {
        // Given two servers with a tool of the same name, each listed as the other's similar tool
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        static CatalogServer With(string slug, Catalog.Domain.Classification.RiskLevel risk) => SampleCatalog.Server(slug,
            [SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("read_file", "Reads a file."), Catalog.Domain.Classification.ToolCategory.Read, risk)]);
        Build(output, [With("alpha", Catalog.Domain.Classification.RiskLevel.Low), With("beta", Catalog.Domain.Classification.RiskLevel.Low)]);

        // When only the second server's tool changes its risk
        var result = Build(output, [With("alpha", Catalog.Domain.Classification.RiskLevel.Low), With("beta", Catalog.Domain.Classification.RiskLevel.Medium)]);

        // Then the first server, whose page shows that tool as similar, is rebuilt too, and shows the new risk
        Assert.Equal(2, result.ServersRendered);
        var page = new BuiltSite(output).Page(new PageLinks().ForServer("alpha", ["read_file"]).Tool("read_file").Page.FilePath);
        Assert.Equal("Medium", BuiltSite.Text(page.DocumentNode.Find("//ul[@class='similar']//span[@data-risk]")));
    }

    [Fact]
    public void Build_ExportOfUnchangedServerCopied_AndDamagedCopyMadeAgain()
    {
        // Given a site of two servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var export = Path.Combine(output, "api", "catalog.jsonl.gz");

        // When it is rebuilt with one server changed, then rebuilt again after someone damaged the export's first line
        var changed = Build(output, [SampleCatalog.Files(), LocalRevised()]);
        var bytes = File.ReadAllBytes(export);
        bytes[10] = (byte)'#';
        File.WriteAllBytes(export, bytes);
        var repaired = Build(output, [SampleCatalog.Files(), LocalRevised()]);
        Build(temp.Combine("scratch"), [SampleCatalog.Files(), LocalRevised()]);

        // Then the unchanged server's lines were copied the first time, the damaged span was not trusted the second
        // time (made again), and the export equals a clean build's
        Assert.Equal(1, changed.ExportServersReused);
        Assert.Equal(1, repaired.ExportServersReused);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Combine("scratch"), "api", "catalog.jsonl.gz")), File.ReadAllBytes(export));
    }

    [Fact]
    public void Build_ServerFolderOrApiFileDeletedBehindTheBuilder_ServerRenderedAgain()
    {
        // Given a site of two servers, one of which lost its folder and the other its API file
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        Directory.Delete(Path.Combine(output, "servers", "acme-files"), recursive: true);
        File.Delete(Path.Combine(output, "api", "servers", "local-notes.json"));

        // When the same catalogue is built again
        var result = Build(output, SampleCatalog.All());

        // Then both servers were rendered again and their files are back
        Assert.Equal(2, result.ServersRendered);
        Assert.True(File.Exists(Path.Combine(output, "servers", "acme-files", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "api", "servers", "local-notes.json")));
    }

    [Theory]
    [InlineData("\"stamps\": {", "\"stamps\": {\"index.html\": \"no-colon\", ")]
    [InlineData("\"length\": ", "\"length\": -")]
    [InlineData("\"offset\": ", "\"offset\": 99999999")]
    public void Build_ManifestTamperedWith_RebuildsCorrectly(string find, string replaceWith)
    {
        // Given a site whose manifest someone edited: a malformed stamp, a negative export length, an offset past the end
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var manifest = Path.Combine(output, ".catalog-manifest.json");
        var text = File.ReadAllText(manifest);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(manifest, text.Replace(find, replaceWith, StringComparison.Ordinal));

        // When the site is built again
        Build(output, [SampleCatalog.Files(), LocalRevised()]);
        Build(temp.Combine("scratch"), [SampleCatalog.Files(), LocalRevised()]);

        // Then the build neither crashes nor trusts the bad entries: the site equals a clean build
        var site = new BuiltSite(output).Published();
        var scratch = new BuiltSite(temp.Combine("scratch")).Published();
        Assert.Equal(scratch.Keys.Order(StringComparer.Ordinal), site.Keys.Order(StringComparer.Ordinal));
        Assert.All(scratch, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(site[pair.Key]), pair.Key));
    }

    [Fact]
    public void Build_NothingChanged_NoServerRendered()
    {
        // Given a site
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var first = Build(output, SampleCatalog.All());

        // When it is built again from the same catalogue
        var second = Build(output, SampleCatalog.All());

        // Then the first build rendered every server and the second none
        Assert.Equal(2, first.ServersRendered);
        Assert.Equal(0, second.ServersRendered);
    }

    [Fact]
    public void Open_CommitCutShortAfterItsJournal_IsFinishedByTheNextOpen()
    {
        // Given a site, and a second build of a changed catalogue that dies once its journal is saved
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var builder = new SiteBuilder(new SiteOptions { OutputDirectory = output }, new FakePolicyRecommender());
        var dying = new SiteBuildDeath();
        builder.BeforeCommitApplies = dying.Die;
        Assert.Throws<SiteBuildException>(() => builder.Build([SampleCatalog.Files(), LocalRevised()], SampleCatalog.Changes()));
        Assert.Single(Directory.GetDirectories(temp.Path, ".site.staging-*", new EnumerationOptions { AttributesToSkip = 0 }));

        // When the next build opens the folder (here: one with nothing new to do)
        Build(output, [SampleCatalog.Files(), LocalRevised()]);
        Build(temp.Combine("scratch"), [SampleCatalog.Files(), LocalRevised()]);

        // Then the interrupted commit was finished: the site equals a clean build, and no staging folder is left
        var site = new BuiltSite(output).Published();
        var scratch = new BuiltSite(temp.Combine("scratch")).Published();
        Assert.Equal(scratch.Keys.Order(StringComparer.Ordinal), site.Keys.Order(StringComparer.Ordinal));
        Assert.All(scratch, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(site[pair.Key]), pair.Key));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".site.staging-*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public void Apply_RunTwice_SameSiteAsOnce()
    {
        // Given a commit journal applied to a live site
        using var temp = new TemporaryDirectory();
        var staging = temp.Combine("staging");
        var live = temp.Combine("live");
        Directory.CreateDirectory(Path.Combine(live, "servers", "a"));
        File.WriteAllText(Path.Combine(live, "servers", "a", "index.html"), "old a");
        File.WriteAllText(Path.Combine(live, "home.html"), "old home");
        File.WriteAllText(Path.Combine(live, "gone.html"), "stale");
        Directory.CreateDirectory(Path.Combine(staging, "servers", "a"));
        File.WriteAllText(Path.Combine(staging, "servers", "a", "index.html"), "new a");
        File.WriteAllText(Path.Combine(staging, "home.html"), "new home");
        var journal = new CommitJournal { Servers = ["a"], RemovedServers = [], Files = ["home.html"], RemovedFiles = ["gone.html"] };
        journal.Apply(staging, live);

        // When it is applied again (a process that died during the first application)
        journal.Apply(staging, live);

        // Then the live site holds the new files once, and the stale one is gone
        Assert.Equal("new a", File.ReadAllText(Path.Combine(live, "servers", "a", "index.html")));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(live, "home.html")));
        Assert.False(File.Exists(Path.Combine(live, "gone.html")));
        Assert.Equal(["home.html"], Directory.GetFiles(live).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_AbandonedStagingFolder_IsRemoved()
    {
        // Given a site and a staging folder a killed build left before its commit
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var abandoned = temp.WriteFile(".site.staging-0123/servers/x/index.html", "half a page");

        // When the next build runs
        Build(output, SampleCatalog.All());

        // Then the abandoned folder is gone and nothing of it reached the site
        Assert.False(File.Exists(abandoned));
        Assert.False(Directory.Exists(Path.Combine(output, "servers", "x")));
    }

    [Fact]
    public void Build_ServerRemoved_ItsFolderAndApiFileAreGone()
    {
        // Given a site of two servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());

        // When one server is no longer in the catalogue
        var result = Build(output, [SampleCatalog.Files()]);

        // Then its folder and API file are removed, and counted
        Assert.False(Directory.Exists(Path.Combine(output, "servers", "local-notes")));
        Assert.False(File.Exists(Path.Combine(output, "api", "servers", "local-notes.json")));
        Assert.True(result.FilesRemoved >= SampleCatalog.Local().Tools.Count + 4);
    }

    private sealed class SiteBuildDeath
    {
        public void Die() => throw new InvalidOperationException("The process died here.");
    }
}
