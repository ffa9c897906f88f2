using Catalog.Domain.Classification;
using Catalog.Domain.Stores;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>Work for the classify stage and the labels it writes, keyed by tool version and classifier version.</summary>
internal sealed class SqliteClassificationStore : IClassificationStore, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly PreparedCommands commands;
    private readonly SqliteCommand listPending;
    private readonly SqliteCommand upsertLabel;

    public SqliteClassificationStore(SqliteConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
        commands = new PreparedCommands(connection);
        listPending = commands.Add(
            $"SELECT v.id, s.slug, {ServerColumns.SelectList("s")}, t.name, {ToolVersionColumns.SelectList} " +
            "FROM tools t " +
            "JOIN tool_versions v ON v.tool_id = t.id AND v.version = t.current_version " +
            "JOIN servers s ON s.id = t.server_id " +
            "WHERE t.removed_run IS NULL AND NOT EXISTS " +
            "(SELECT 1 FROM classifications c WHERE c.tool_version_id = v.id AND c.classifier_version = $classifier_version) " +
            "ORDER BY s.slug, t.name");
        upsertLabel = commands.Add(
            "INSERT INTO classifications (tool_version_id, classifier_version, category, destructive, financial, sensitive, " +
            "risk, confidence, reasons, tags, definition_tokens, run_id, classified_at) VALUES ($tool_version, $classifier_version, " +
            "$category, $destructive, $financial, $sensitive, $risk, $confidence, $reasons, $tags, $definition_tokens, $run, $now) " +
            "ON CONFLICT (tool_version_id, classifier_version) DO UPDATE SET category = excluded.category, " +
            "destructive = excluded.destructive, financial = excluded.financial, sensitive = excluded.sensitive, " +
            "risk = excluded.risk, confidence = excluded.confidence, reasons = excluded.reasons, tags = excluded.tags, " +
            "definition_tokens = excluded.definition_tokens, run_id = excluded.run_id, classified_at = excluded.classified_at");
    }

    /// <inheritdoc />
    /// <remarks>Ordered by server slug, then tool name.</remarks>
    public IReadOnlyList<PendingClassification> ListPending(string classifierVersion)
    {
        ArgumentNullException.ThrowIfNull(classifierVersion);
        using var reader = listPending.In(null).Set("$classifier_version", classifierVersion).ExecuteReader();
        var pending = new List<PendingClassification>();
        while (reader.Read())
        {
            var server = ServerColumns.Read(reader, 2).ToIdentity(reader.GetString(1));
            var toolNameOrdinal = 2 + ServerColumns.Count;
            var tool = ToolVersionColumns.ReadDefinition(reader, reader.GetString(toolNameOrdinal), toolNameOrdinal + 1);
            pending.Add(new PendingClassification(reader.GetInt64(0), server, tool));
        }

        return pending;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A label saved again replaces the stored one whole: null <see cref="ToolClassification.Tags"/> or
    /// <see cref="ToolClassification.DefinitionTokens"/> store NULL ("not recorded") over earlier values.
    /// </remarks>
    /// <exception cref="ArgumentException">A label has a negative token count or a null tag; checked before anything is written.</exception>
    /// <exception cref="SqliteException">A tool version id does not exist, or a label breaks the schema; nothing is stored.</exception>
    public void SaveClassifications(long runId, IReadOnlyList<(long ToolVersionId, ToolClassification Classification)> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (toolVersionId, label) in labels)
        {
            ArgumentNullException.ThrowIfNull(label);
            ClassificationColumns.ThrowIfNotStorable(label, toolVersionId, nameof(labels));
        }

        var now = StoredTime.Write(clock.GetUtcNow());
        using var transaction = connection.BeginTransaction();
        upsertLabel.In(transaction).Set("$run", runId).Set("$now", now);
        foreach (var (toolVersionId, label) in labels)
        {
            ClassificationColumns.Bind(upsertLabel, label).Set("$tool_version", toolVersionId).ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose() => commands.Dispose();
}
