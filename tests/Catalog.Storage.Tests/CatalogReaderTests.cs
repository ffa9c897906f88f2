using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using static Catalog.Storage.Tests.Labels;
using static Catalog.Testing.ToolDefinitionBuilder;

namespace Catalog.Storage.Tests;

public sealed class CatalogReaderTests : IDisposable
{
    private readonly TestCatalog catalog = new();

    [Fact]
    public void ReadServers_SavedOutOfOrder_StreamsInSlugOrder()
    {
        // Given servers saved in no particular order
        var run = catalog.StartRun();
        foreach (var slug in new[] { "mango", "apple", "zebra", "kiwi" })
        {
            catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server(slug, Tool("ping")));
        }

        // When the catalogue is read, then it comes in slug order
        Assert.Equal(["apple", "kiwi", "mango", "zebra"], catalog.Database.Reader.ReadServers().Select(s => s.Slug));
    }

    [Fact]
    public void ReadServers_Tools_AreOrderedByNameOrdinally()
    {
        // Given tool names that sort differently by culture, by UTF-8 bytes (as SQLite does) and by UTF-16 ordinal:
        // a fullwidth letter (U+FF21) comes after an emoji (a surrogate pair) in UTF-16 but before it in UTF-8
        catalog.Database.Servers.SaveSnapshot(
            catalog.StartRun(),
            Snapshots.Server("acme", Tool("b"), Tool("\uFF21"), Tool("a_b"), Tool("B"), Tool("\U0001F600"), Tool("A"), Tool("ab"), Tool("é")));

        // When the server is read, then its tools come in ordinal order, as C# compares strings
        var server = Assert.Single(catalog.Database.Reader.ReadServers());
        Assert.Equal(["A", "B", "a_b", "ab", "b", "é", "\U0001F600", "\uFF21"], server.Tools.Select(t => t.Name));
    }

    [Fact]
    public void ReadServers_Tool_CarriesTheHashStoredWithItsVersion()
    {
        // Given a stored tool whose current version's hash was then rewritten in the file (a stand-in for a hash an
        // earlier crawl worked out: the reader must hand over what is stored, not hash the definition again)
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("ping", "Pings.")));
        Assert.Equal(1, HandEdits.Execute(catalog.DatabasePath, "UPDATE tool_versions SET content_hash = $value", "feedface"));

        // When the catalogue is read
        var tool = Assert.Single(Assert.Single(catalog.Database.Reader.ReadServers()).Tools);

        // Then the definition carries the stored hash, the one its history row shows as current
        Assert.Equal("feedface", tool.Definition.ContentHash);
        Assert.Equal("feedface", Assert.Single(tool.History).ContentHash);
        Assert.NotEqual(Tool("ping", "Pings.").ContentHash, tool.Definition.ContentHash);
    }

    [Fact]
    public void ReadServers_ServerWithNoCurrentTools_IsStillReturned()
    {
        // Given a server whose only tool was removed, and one that never had tools
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("emptied", Tool("gone")));
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("emptied"));
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("bare"));

        // When the catalogue is read, then both are there with no tools
        var servers = catalog.Database.Reader.ReadServers().ToList();
        Assert.Equal(["bare", "emptied"], servers.Select(s => s.Slug));
        Assert.All(servers, s => Assert.Empty(s.Tools));
    }

    [Fact]
    public void ReadServers_ToolWithSeveralVersions_ShowsTheCurrentAndTheHistoryOldestFirst()
    {
        // Given a tool whose description changed twice
        foreach (var description in new[] { "v1", "v2", "v3" })
        {
            catalog.Clock.Advance(TimeSpan.FromDays(1));
            catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("fetch", description)));
        }

        // When the server is read
        var tool = Assert.Single(Assert.Single(catalog.Database.Reader.ReadServers()).Tools);

        // Then the current definition is v3 and the history lists v1..v3 in order
        Assert.Equal("v3", tool.Definition.Description);
        Assert.Equal([(1, "v1"), (2, "v2"), (3, "v3")], tool.History.Select(h => (h.Version, h.Description)));
        Assert.True(tool.History[0].FirstSeenAt < tool.History[2].FirstSeenAt);
    }

    [Fact]
    public void ReadServers_SeveralLabels_ShowsTheNewestForTheCurrentDefinition()
    {
        // Given a tool labelled by two classifiers one after the other, and another tool not labelled
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("exec"), Tool("unlabelled")));
        var id = catalog.Database.Classifications.ListPending("rules-1").Single(p => p.Tool.Name == "exec").ToolVersionId;
        catalog.Database.Classifications.SaveClassifications(run, [(id, Label("rules-1", ToolCategory.Write))]);
        catalog.Clock.Advance(TimeSpan.FromHours(1));
        catalog.Database.Classifications.SaveClassifications(run, [(id, Label("rules-2", ToolCategory.Execute, RiskLevel.Critical))]);

        // When the server is read
        var tools = Assert.Single(catalog.Database.Reader.ReadServers()).Tools;

        // Then the labelled tool shows the newer label, the other none
        Assert.Equal(("rules-2", ToolCategory.Execute, RiskLevel.Critical), (tools[0].Classification?.ClassifierVersion, tools[0].Classification?.Category, tools[0].Classification?.Risk));
        Assert.Null(tools[1].Classification);
    }

    [Fact]
    public void ReadServers_WritesDuringEnumeration_EnumerationSeesOneStateAndWritesSucceed()
    {
        // Given two servers, and an enumeration that has read the first
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("alpha", Tool("ping")));
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("beta", Tool("ping")));
        using var servers = catalog.Database.Reader.ReadServers().GetEnumerator();
        Assert.True(servers.MoveNext());

        // When the writer changes the second server and adds a third meanwhile
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("beta", Tool("ping"), Tool("pong")));
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("gamma", Tool("ping")));

        // Then the enumeration goes on with the state it started from, and a new read sees the writes
        Assert.True(servers.MoveNext());
        Assert.Equal(("beta", 1), (servers.Current.Slug, servers.Current.Tools.Count));
        Assert.False(servers.MoveNext());
        Assert.Equal(3, catalog.Database.Reader.ReadServers().Count());
    }

    [Fact]
    public void FindServer_KnownSlug_ReturnsIdentityFactsAndSource()
    {
        // Given a server with every fact set
        var snapshot = Snapshots.Server("acme", Tool("ping")) with
        {
            Identity = new ServerIdentity { Slug = "acme", Name = "Acme MCP", Repository = "acme/tools", Subfolder = "servers/acme" },
            Facts = new ServerFacts
            {
                Description = "Acme's server.", Language = "Go", License = "MIT", Stars = 1234, DefaultBranch = "main",
                HeadCommit = "0123abcd", LastCommitAt = new DateTimeOffset(2025, 2, 3, 4, 5, 6, 789, TimeSpan.FromHours(2)),
                RepositoryUrl = "https://example.com/acme/tools", Archived = true, Topics = ["mcp", "acme"],
            },
            Source = "github",
        };
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), snapshot);

        // When it is found by slug
        var server = catalog.Database.Reader.FindServer("acme");

        // Then everything reads back, the commit time as the same instant in UTC
        Assert.NotNull(server);
        Assert.Equal(snapshot.Identity, server.Identity);
        Assert.Equal("github", server.Source);
        Assert.Equal(snapshot.Facts with { Topics = server.Facts.Topics }, server.Facts);
        Assert.Equal(["mcp", "acme"], server.Facts.Topics);
        Assert.Equal(TimeSpan.Zero, server.Facts.LastCommitAt!.Value.Offset);
    }

    [Fact]
    public void FindServer_UnknownSlug_ReturnsNull()
    {
        // Given an empty catalogue, when a slug is looked up, then there is none
        Assert.Null(catalog.Database.Reader.FindServer("nobody"));
    }

    [Fact]
    public void ReadChanges_ManyChanges_ReturnsTheNewestFirstUpToTheLimit()
    {
        // Given changes over three runs a day apart
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("a"), Tool("b")));
        catalog.Clock.Advance(TimeSpan.FromDays(1));
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("a", "changed"), Tool("b")));
        catalog.Clock.Advance(TimeSpan.FromDays(1));
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("a", "changed")));

        // When the three newest are read
        var changes = catalog.Database.Reader.ReadChanges(3);

        // Then they are the removal, the change, then the newest of the additions
        Assert.Equal(
            [("b", ToolChangeKind.Removed), ("a", ToolChangeKind.Changed), ("b", ToolChangeKind.Added)],
            changes.Select(c => (c.ToolName, c.Kind)));
        Assert.Equal(4, catalog.Database.Reader.ReadChanges(100).Count);
        Assert.Empty(catalog.Database.Reader.ReadChanges(0));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[\"messaging\"")]
    [InlineData("\"messaging\"")]
    [InlineData("null")]
    [InlineData("{\"tags\":[\"messaging\"]}")]
    [InlineData("[1, 2]")]
    [InlineData("[\"messaging\", null]")]
    [InlineData("[[\"messaging\"]]")]
    public void ReadServers_TagsColumnNotAnArrayOfStrings_ReadsTagsAsNotRecordedAndKeepsTheLabel(string storedTags)
    {
        // Given a labelled tool whose tags column was edited by hand into something that is not a JSON array of strings
        var label = LabelSavedFor("acme", "send_message", Label() with { Tags = ["messaging"], DefinitionTokens = 51 });
        Assert.Equal(1, HandEdits.Execute(catalog.DatabasePath, "UPDATE classifications SET tags = $value", storedTags));

        // When the catalogue is read both ways
        var found = Assert.Single(catalog.Database.Reader.FindServer("acme")!.Tools).Classification;
        var streamed = Assert.Single(Assert.Single(catalog.Database.Reader.ReadServers()).Tools).Classification;

        // Then neither fails: the tags read as not recorded and the rest of the label is intact
        foreach (var shown in new[] { found, streamed })
        {
            Assert.NotNull(shown);
            Assert.Null(shown.Tags);
            Assert.Equal(51, shown.DefinitionTokens);
            Assert.Equal((label.ClassifierVersion, label.Category, label.Risk), (shown.ClassifierVersion, shown.Category, shown.Risk));
            Assert.Equal(label.Reasons, shown.Reasons);
        }
    }

    [Theory]
    [InlineData("many")]
    [InlineData(2.5)]
    [InlineData(3_000_000_000L)]
    public void ReadServers_TokensColumnNotACount_ReadsTokensAsNotMeasured(object storedTokens)
    {
        // Given a labelled tool whose token count was edited by hand into text, a fraction or more than an int holds
        LabelSavedFor("acme", "send_message", Label() with { Tags = ["messaging"], DefinitionTokens = 51 });
        Assert.Equal(1, HandEdits.Execute(catalog.DatabasePath, "UPDATE classifications SET definition_tokens = $value", storedTokens));

        // When the catalogue is read, then the count reads as not measured and the tags are intact
        var shown = Assert.Single(Assert.Single(catalog.Database.Reader.ReadServers()).Tools).Classification;
        Assert.NotNull(shown);
        Assert.Null(shown.DefinitionTokens);
        Assert.Equal(["messaging"], shown.Tags);
    }

    public void Dispose() => catalog.Dispose();

    /// <summary>Saves a server with one tool and labels it with <paramref name="label"/>.</summary>
    private ToolClassification LabelSavedFor(string slug, string toolName, ToolClassification label)
    {
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server(slug, Tool(toolName)));
        var id = catalog.Database.Classifications.ListPending(label.ClassifierVersion).Single(p => p.Tool.Name == toolName).ToolVersionId;
        catalog.Database.Classifications.SaveClassifications(run, [(id, label)]);
        return label;
    }
}
