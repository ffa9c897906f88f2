using System.Text.Json;
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

    [Fact]
    public void SaveClassifications_TagsAndTokens_AreReadBackByTheCatalogue()
    {
        // Given a tool pending
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("send_message")));
        var id = Store.ListPending("rules-1")[0].ToolVersionId;

        // When it is labelled with tags (one not ASCII) and a token count
        var label = Label() with { Tags = ["access", "messaging", "pièce-jointe"], DefinitionTokens = 137 };
        Store.SaveClassifications(run, [(id, label)]);

        // Then both readings of the catalogue give them back, in the order saved, with the rest of the label
        var found = Assert.Single(catalog.Database.Reader.FindServer("acme")!.Tools).Classification;
        var streamed = Assert.Single(Assert.Single(catalog.Database.Reader.ReadServers()).Tools).Classification;
        foreach (var shown in new[] { found, streamed })
        {
            Assert.NotNull(shown);
            Assert.Equal(["access", "messaging", "pièce-jointe"], shown.Tags);
            Assert.Equal(137, shown.DefinitionTokens);
            Assert.Equal(label with { Reasons = shown.Reasons, Tags = shown.Tags }, shown);
        }

        var stored = (string)HandEdits.Scalar(catalog.DatabasePath, "SELECT tags FROM classifications")!;
        Assert.Equal(["access", "messaging", "pièce-jointe"], JsonSerializer.Deserialize<string[]>(stored)!);
    }

    [Fact]
    public void SaveClassifications_NoTagsAndNoTokens_ReadBackAsNotRecorded()
    {
        // Given a tool pending
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("ping")));
        var id = Store.ListPending("rules-1")[0].ToolVersionId;

        // When it is labelled with neither tags nor a token count
        Store.SaveClassifications(run, [(id, Label() with { Tags = null, DefinitionTokens = null })]);

        // Then both columns are NULL and read back null, not an empty list or zero
        Assert.Equal(1L, HandEdits.Scalar(catalog.DatabasePath, "SELECT count(*) FROM classifications WHERE tags IS NULL AND definition_tokens IS NULL"));
        var shown = Assert.Single(Assert.Single(catalog.Database.Reader.ReadServers()).Tools).Classification;
        Assert.NotNull(shown);
        Assert.Null(shown.Tags);
        Assert.Null(shown.DefinitionTokens);
    }

    [Fact]
    public void SaveClassifications_EmptyTagsAndZeroTokens_ReadBackAsRecordedNotNull()
    {
        // Given a tool pending
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("ping")));
        var id = Store.ListPending("rules-1")[0].ToolVersionId;

        // When the rules gave it no tag and its definition counted zero tokens
        Store.SaveClassifications(run, [(id, Label() with { Tags = [], DefinitionTokens = 0 })]);

        // Then it reads back as an empty list and zero, which differ from "not recorded"
        var shown = Assert.Single(Assert.Single(catalog.Database.Reader.ReadServers()).Tools).Classification;
        Assert.NotNull(shown);
        Assert.NotNull(shown.Tags);
        Assert.Empty(shown.Tags);
        Assert.Equal(0, shown.DefinitionTokens);
    }

    [Fact]
    public void SaveClassifications_RelabelledWithoutTagsAndTokens_StoresThemAsNotRecorded()
    {
        // Given a tool labelled with tags and a token count
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("exec")));
        var id = Store.ListPending("rules-1")[0].ToolVersionId;
        Store.SaveClassifications(run, [(id, Label() with { Tags = ["shell"], DefinitionTokens = 40 })]);

        // When the same classifier labels it again without them
        catalog.Clock.Advance(TimeSpan.FromMinutes(5));
        Store.SaveClassifications(catalog.StartRun(), [(id, Label() with { Tags = null, DefinitionTokens = null })]);

        // Then the label replaced whole: the old tags and count are not kept
        var shown = Assert.Single(catalog.Database.Reader.FindServer("acme")!.Tools).Classification;
        Assert.NotNull(shown);
        Assert.Null(shown.Tags);
        Assert.Null(shown.DefinitionTokens);
    }

    [Fact]
    public void SaveClassifications_NegativeTokens_ThrowsArgumentExceptionAndStoresNothing()
    {
        // Given two tools pending
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("list_items"), Tool("send_message")));
        var pending = Store.ListPending("rules-1");
        var stampsBefore = catalog.Database.Reader.ReadServerStamps();

        // When a batch holds a good label first and then one with a negative token count
        var error = Assert.Throws<ArgumentException>(() => Store.SaveClassifications(
            run,
            [(pending[0].ToolVersionId, Label() with { DefinitionTokens = 12 }), (pending[1].ToolVersionId, Label() with { DefinitionTokens = -1 })]));

        // Then the error names the argument, the tool version and the value, and neither label is stored
        Assert.Equal("labels", error.ParamName);
        Assert.Contains($"tool version {pending[1].ToolVersionId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("DefinitionTokens -1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, DatabaseDump.Count(catalog.DatabasePath, "classifications"));
        Assert.Equal(2, Store.ListPending("rules-1").Count);
        Assert.Equal(stampsBefore, catalog.Database.Reader.ReadServerStamps());
    }

    [Fact]
    public void SaveClassifications_NullTag_ThrowsArgumentExceptionAndStoresNothing()
    {
        // Given a tool pending
        var run = catalog.StartRun();
        catalog.Database.Servers.SaveSnapshot(run, Snapshots.Server("acme", Tool("send_message")));
        var id = Store.ListPending("rules-1")[0].ToolVersionId;

        // When its label holds a null tag (a caller without nullable checks), which would read back as malformed
        var error = Assert.Throws<ArgumentException>(() => Store.SaveClassifications(run, [(id, Label() with { Tags = ["messaging", null!] })]));

        // Then it is refused and nothing is stored
        Assert.Equal("labels", error.ParamName);
        Assert.Equal(0, DatabaseDump.Count(catalog.DatabasePath, "classifications"));
    }

    public void Dispose() => catalog.Dispose();
}
