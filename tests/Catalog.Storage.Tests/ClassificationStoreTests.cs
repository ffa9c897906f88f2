using Catalog.Domain.Classification;
using Catalog.Domain.Stores;
using Microsoft.Data.Sqlite;
using static Catalog.Storage.Tests.Labels;
using static Catalog.Testing.ToolDefinitionBuilder;

namespace Catalog.Storage.Tests;

public sealed class ClassificationStoreTests : IDisposable
{
    private readonly TestCatalog catalog = new();

    private IClassificationStore Store => catalog.Database.Classifications;

    [Fact]
    public void ListPending_NewTools_ListsEachCurrentDefinitionWithItsServer()
    {
        // Given two servers saved, out of slug order
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("zeta", Tool("run_query", "Runs SQL.", StringParams("sql"))));
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("alpha", Tool("list_files"), Tool("delete_file")));

        // When pending work is listed for a classifier
        var pending = Store.ListPending("rules-1");

        // Then every tool is there, by slug then name, with its full definition and server identity
        Assert.Equal(
            [("alpha", "delete_file"), ("alpha", "list_files"), ("zeta", "run_query")],
            pending.Select(p => (p.Server.Slug, p.Tool.Name)));
        var query = pending[2];
        Assert.Equal("acme/zeta", query.Server.Repository);
        Assert.Equal(StringParams("sql"), query.Tool.InputSchema);
        Assert.Equal(query.Tool.ContentHash, Tool("run_query", "Runs SQL.", StringParams("sql")).ContentHash);
        Assert.Equal(3, pending.Select(p => p.ToolVersionId).Distinct().Count());
    }

    [Fact]
    public void SaveClassifications_Labels_AreNoLongerPendingForThatClassifierOnly()
    {
        // Given two tools pending
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("list_items"), Tool("drop_table")));
        var pending = Store.ListPending("rules-1");

        // When one is labelled by rules-1
        Store.SaveClassifications(run, [(pending[1].ToolVersionId, Label("rules-1"))]);

        // Then only the other is pending for rules-1, and both are still pending for rules-2
        Assert.Equal(["drop_table"], Store.ListPending("rules-1").Select(p => p.Tool.Name));
        Assert.Equal(2, Store.ListPending("rules-2").Count);
    }

    [Fact]
    public void SaveClassifications_SameToolAndClassifierAgain_ReplacesTheLabel()
    {
        // Given a tool labelled once
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("exec")));
        var id = Store.ListPending("rules-1")[0].ToolVersionId;
        Store.SaveClassifications(run, [(id, Label("rules-1", ToolCategory.Read, RiskLevel.Low))]);

        // When the same classifier labels it again, differently
        catalog.Clock.Advance(TimeSpan.FromMinutes(5));
        var relabel = Label("rules-1", ToolCategory.Execute, RiskLevel.Critical, 0.75, "The name is the verb 'exec'");
        Store.SaveClassifications(catalog.StartRun(), [(id, relabel)]);

        // Then there is one label, the new one
        Assert.Equal(1, DatabaseDump.Count(catalog.DatabasePath, "classifications"));
        var shown = Assert.Single(catalog.Database.Reader.FindServer("acme")!.Tools).Classification;
        Assert.NotNull(shown);
        Assert.Equal(relabel with { Reasons = shown.Reasons }, shown);
        Assert.Equal(relabel.Reasons, shown.Reasons);
    }

    [Fact]
    public void ListPending_ToolChangedAfterLabelling_ListsItsNewVersion()
    {
        // Given a tool labelled at version 1
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("fetch", "Fetches.")));
        var first = Store.ListPending("rules-1")[0].ToolVersionId;
        Store.SaveClassifications(run, [(first, Label())]);

        // When its definition changes
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("fetch", "Fetches and posts.")));

        // Then its new version is pending
        var pending = Assert.Single(Store.ListPending("rules-1"));
        Assert.NotEqual(first, pending.ToolVersionId);
        Assert.Equal("Fetches and posts.", pending.Tool.Description);
    }

    [Fact]
    public void ListPending_RemovedTool_IsNotListed()
    {
        // Given a tool saved and then removed
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("gone"), Tool("kept")));
        catalog.Database.Servers.SaveSnapshot(catalog.StartRun(), Snapshots.Server("acme", Tool("kept")));

        // When pending work is listed, then only the current tool is
        Assert.Equal(["kept"], Store.ListPending("rules-1").Select(p => p.Tool.Name));
    }

    [Fact]
    public void SaveClassifications_UnknownToolVersion_FailsAndStoresNothing()
    {
        // Given one real tool version
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("ping")));
        var id = Store.ListPending("rules-1")[0].ToolVersionId;

        // When a batch holds a label for it and one for a version that does not exist
        Assert.Throws<SqliteException>(() => Store.SaveClassifications(run, [(id, Label()), (id + 1000, Label())]));

        // Then neither label is stored
        Assert.Equal(0, DatabaseDump.Count(catalog.DatabasePath, "classifications"));
        Assert.Single(Store.ListPending("rules-1"));
    }

    public void Dispose() => catalog.Dispose();
}
