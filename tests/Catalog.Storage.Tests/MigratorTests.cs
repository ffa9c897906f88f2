using Catalog.Domain.Classification;
using Catalog.Storage.Migrations;
using Catalog.Testing;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Tests;

public sealed class MigratorTests : IDisposable
{
    private static readonly string[] SchemaTables =
    [
        "catalog_instance", "classifications", "crawl_runs", "crawl_skips", "findings", "repository_states", "response_cache", "schema_migrations",
        "servers", "tool_changes", "tool_versions", "tools",
    ];

    private readonly TemporaryDirectory folder = new("catalog-migrator");
    private readonly SettableClock clock = new();

    [Fact]
    public void Open_NewFile_CreatesSchemaAndJournalsEveryScript()
    {
        // Given a path where no database exists
        var path = folder.Combine("catalog.db");

        // When it is opened
        using (var database = CatalogDatabase.Open(path, clock))
        {
            Assert.Equal(Migrator.FromEmbeddedScripts().LatestVersion, database.SchemaVersion);
        }

        // Then every table exists and the journal names each script with the time it ran
        using var connection = OpenRaw(path);
        Assert.Equal(SchemaTables, Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        Assert.Equal(
            [
                "1|initial|2025-03-01T08:30:00.0000000Z", "2|repository_state|2025-03-01T08:30:00.0000000Z",
                "3|scanner_version|2025-03-01T08:30:00.0000000Z", "4|site_revision|2025-03-01T08:30:00.0000000Z",
                "5|label_tags_tokens|2025-03-01T08:30:00.0000000Z",
            ],
            Query(connection, "SELECT version || '|' || name || '|' || applied_at FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public void Open_ExistingFile_AppliesNothingAgain()
    {
        // Given a database opened once, with data in it
        var path = folder.Combine("catalog.db");
        using (var database = CatalogDatabase.Open(path, clock))
        {
            database.Runs.StartRun("crawl", "test");
        }

        var before = DatabaseDump.Of(path);

        // When it is opened again later
        clock.Advance(TimeSpan.FromDays(1));
        using (CatalogDatabase.Open(path, clock))
        {
        }

        // Then nothing changed, the journal included
        Assert.Equal(before, DatabaseDump.Of(path));
    }

    [Fact]
    public void Open_DatabaseFromNewerBuild_IsRefusedWithClearError()
    {
        // Given a database whose journal has a version this build does not know
        var path = folder.Combine("catalog.db");
        using (CatalogDatabase.Open(path, clock))
        {
        }

        var newer = Migrator.FromEmbeddedScripts().LatestVersion + 1;
        using (var connection = OpenRaw(path))
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, 'from_the_future', '2030-01-01T00:00:00.0000000Z')";
            insert.Parameters.AddWithValue("$version", newer);
            insert.ExecuteNonQuery();
        }

        // When it is opened
        var error = Assert.Throws<SchemaMigrationException>(() => CatalogDatabase.Open(path, clock));

        // Then the error says which versions disagree and what to do
        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateNumbers_IsRefused()
    {
        // Given two scripts that both claim number 2
        var migrations = new[] { Script("0001_a.sql", "SELECT 1"), Script("0002_b.sql", "SELECT 1"), Script("0002_c.sql", "SELECT 1") };

        // When a migrator is made of them, then it refuses
        var error = Assert.Throws<ArgumentException>(() => new Migrator(migrations));
        Assert.Contains("share the number 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_GapInNumbers_IsRefused()
    {
        // Given scripts 1 and 3 with no 2
        var migrations = new[] { Script("0001_a.sql", "SELECT 1"), Script("0003_c.sql", "SELECT 1") };

        // When a migrator is made of them, then it refuses
        Assert.Throws<ArgumentException>(() => new Migrator(migrations));
    }

    [Theory]
    [InlineData("1_initial.sql")]
    [InlineData("0001-initial.sql")]
    [InlineData("0001_initial.txt")]
    [InlineData("0001_.sql")]
    public void FromFile_BadName_IsRefused(string fileName)
    {
        // Given a file name without the NNNN_name.sql shape, when it is read, then it is refused
        Assert.Throws<ArgumentException>(() => Migration.FromFile(fileName, "SELECT 1"));
    }

    [Fact]
    public void Apply_ScriptsGivenOutOfOrder_RunsThemInNumericOrder()
    {
        // Given script 2 (which needs the table of script 1) listed before script 1
        var migrator = new Migrator(
        [
            Script("0002_add_colour.sql", "ALTER TABLE widgets ADD COLUMN colour TEXT"),
            Script("0001_widgets.sql", "CREATE TABLE widgets (id INTEGER PRIMARY KEY)"),
        ]);
        using var connection = OpenRaw(folder.Combine("ordered.db"));

        // When they are applied
        var applied = migrator.Apply(connection, clock);

        // Then they ran 1 then 2, and a second application does nothing
        Assert.Equal([1, 2], applied.Select(m => m.Version));
        Assert.Equal(["id", "colour"], Query(connection, "SELECT name FROM pragma_table_info('widgets') ORDER BY cid"));
        Assert.Empty(migrator.Apply(connection, clock));
        Assert.Equal(2, Migrator.ReadVersion(connection));
    }

    [Fact]
    public void Apply_FailingScript_RollsBackThatScriptAndKeepsEarlierOnes()
    {
        // Given script 2 that creates a table and then fails
        var migrator = new Migrator(
        [
            Script("0001_widgets.sql", "CREATE TABLE widgets (id INTEGER PRIMARY KEY)"),
            Script("0002_broken.sql", "CREATE TABLE gadgets (id INTEGER PRIMARY KEY); INSERT INTO missing_table VALUES (1);"),
        ]);
        using var connection = OpenRaw(folder.Combine("broken.db"));

        // When they are applied
        var error = Assert.Throws<SchemaMigrationException>(() => migrator.Apply(connection, clock));

        // Then the error names the script, and nothing of it remains while script 1 stays applied
        Assert.Contains("0002_broken", error.Message, StringComparison.Ordinal);
        Assert.Equal(["schema_migrations", "widgets"], Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        Assert.Equal(1, Migrator.ReadVersion(connection));
    }

    [Fact]
    public void Apply_ScriptRenamedAfterBeingApplied_IsRefused()
    {
        // Given a database where script 1 was applied under another name
        using var connection = OpenRaw(folder.Combine("renamed.db"));
        new Migrator([Script("0001_widgets.sql", "CREATE TABLE widgets (id INTEGER PRIMARY KEY)")]).Apply(connection, clock);

        // When a build whose script 1 has a different name applies its scripts
        var renamed = new Migrator([Script("0001_gadgets.sql", "CREATE TABLE gadgets (id INTEGER PRIMARY KEY)")]);

        // Then it refuses rather than assume they are the same
        var error = Assert.Throws<SchemaMigrationException>(() => renamed.Apply(connection, clock));
        Assert.Contains("0001_widgets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEmbeddedScripts_Always_StartsWithTheInitialSchema()
    {
        // Given the scripts built into the storage assembly, when they are listed
        var migrator = Migrator.FromEmbeddedScripts();

        // Then they run 1..n and the first is the initial schema
        Assert.Equal("initial", migrator.Migrations[0].Name);
        Assert.Equal(Enumerable.Range(1, migrator.Migrations.Count), migrator.Migrations.Select(m => m.Version));
    }

    [Fact]
    public void Open_DatabaseAtSchema4WithALabel_KeepsTheLabelWithTagsAndTokensNotRecorded()
    {
        // Given a file left at schema 4 by an older build, holding one labelled tool
        var path = CreateAtSchema4WithOneLabel();

        // When this build opens it
        using var database = CatalogDatabase.Open(path, clock);

        // Then it is at the latest schema, the label row is still there with NULL in the new columns,
        Assert.Equal(Migrator.FromEmbeddedScripts().LatestVersion, database.SchemaVersion);
        using (var connection = OpenRaw(path))
        {
            Assert.Equal(
                ["1|rules-0|execute|critical|NULL|NULL"],
                Query(connection, "SELECT id || '|' || classifier_version || '|' || category || '|' || risk || '|' || " +
                    "coalesce(tags, 'NULL') || '|' || coalesce(definition_tokens, 'NULL') FROM classifications"));
        }

        // and the catalogue reads it back whole, with tags and tokens null ("not recorded"), and does not list it as pending
        var shown = Assert.Single(database.Reader.FindServer("legacy")!.Tools).Classification;
        Assert.NotNull(shown);
        Assert.Equal(
            new ToolClassification
            {
                Category = ToolCategory.Execute,
                Destructive = true,
                Financial = false,
                Sensitive = true,
                Risk = RiskLevel.Critical,
                Confidence = 0.8,
                Reasons = shown.Reasons,
                ClassifierVersion = "rules-0",
            },
            shown);
        Assert.Equal([new ClassificationReason("verb-prefix", "The name is the verb 'exec'")], shown.Reasons);
        Assert.Null(shown.Tags);
        Assert.Null(shown.DefinitionTokens);
        Assert.Empty(database.Classifications.ListPending("rules-0"));
    }

    [Fact]
    public void Open_DatabaseAtSchema4_RefusesANegativeTokenCountInTheMigratedSchema()
    {
        // Given a file at schema 4 with a label, migrated by this build
        var path = CreateAtSchema4WithOneLabel();
        using (CatalogDatabase.Open(path, clock))
        {
        }

        // When a hand edit sets the count below zero, then the schema refuses it, while zero is accepted
        using var connection = OpenRaw(path);
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE classifications SET definition_tokens = -1";
        var error = Assert.Throws<SqliteException>(() => update.ExecuteNonQuery());
        Assert.Contains("CHECK", error.Message, StringComparison.Ordinal);
        update.CommandText = "UPDATE classifications SET definition_tokens = 0";
        Assert.Equal(1, update.ExecuteNonQuery());
    }

    public void Dispose() => folder.Dispose();

    /// <summary>
    /// A catalogue file as a build before tags and token counts left it: schema 4, one server with one tool labelled
    /// by hand, every row written with plain SQL since this build's stores write the newer schema.
    /// </summary>
    private string CreateAtSchema4WithOneLabel()
    {
        var path = folder.Combine("schema4.db");
        using var connection = OpenRaw(path);
        new Migrator(Migrator.FromEmbeddedScripts().Migrations.Take(4)).Apply(connection, clock);
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO crawl_runs (id, kind, source, started_at, status) VALUES (1, 'crawl', 'test', '2025-03-01T08:30:00.0000000Z', 'succeeded');
            INSERT INTO servers (id, slug, name, repository, subfolder, source, archived, topics, first_seen_run, last_seen_run, updated_at, updated_run)
                VALUES (1, 'legacy', 'acme/legacy', 'acme/legacy', '', 'local:test', 0, '[]', 1, 1, '2025-03-01T08:30:00.0000000Z', 1);
            INSERT INTO tools (id, server_id, name, current_version, first_seen_run) VALUES (1, 1, 'exec', 1, 1);
            INSERT INTO tool_versions (id, tool_id, version, content_hash, description, input_schema, path, line, method, crawl_run, first_seen_at)
                VALUES (1, 1, 1, 'hash-1', 'Runs a command.', '{"type":"object"}', 'src/index.ts', 3, 'ts-register-tool', 1, '2025-03-01T08:30:00.0000000Z');
            INSERT INTO classifications (id, tool_version_id, classifier_version, category, destructive, financial, sensitive, risk, confidence, reasons, run_id, classified_at)
                VALUES (1, 1, 'rules-0', 'execute', 1, 0, 1, 'critical', 0.8, '[{"ruleId":"verb-prefix","text":"The name is the verb ''exec''"}]', 1, '2025-03-01T08:30:00.0000000Z');
            """;
        insert.ExecuteNonQuery();
        return path;
    }

    private static Migration Script(string fileName, string sql) => Migration.FromFile(fileName, sql);

    private static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
