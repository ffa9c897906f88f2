using System.Globalization;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Migrations;

/// <summary>
/// Brings a database to the latest schema by applying numbered scripts strictly in order, each in its own
/// transaction, and journaling each in <c>schema_migrations</c>. Numbers must run 1, 2, 3... with no
/// duplicate and no gap, so two branches that both add "0002" fail loudly instead of silently diverging.
/// </summary>
public sealed class Migrator
{
    private const string ResourcePrefix = "Catalog.Storage.Migrations.";

    private const string CreateJournal = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    /// <exception cref="ArgumentException">Two scripts share a number, or the numbers do not run 1..n.</exception>
    public Migrator(IEnumerable<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i > 0 && ordered[i].Version == ordered[i - 1].Version)
            {
                throw new ArgumentException($"Migrations {ordered[i - 1]} and {ordered[i]} share the number {ordered[i].Version}.", nameof(migrations));
            }

            if (ordered[i].Version != i + 1)
            {
                throw new ArgumentException($"Migration {ordered[i]} breaks the sequence: expected number {i + 1}.", nameof(migrations));
            }
        }

        Migrations = ordered;
    }

    /// <summary>The scripts in numeric order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>The schema version this build brings a database to; 0 when there are no scripts.</summary>
    public int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    /// <summary>The scripts embedded in this assembly from <c>Migrations/*.sql</c>.</summary>
    public static Migrator FromEmbeddedScripts()
    {
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration {resource} cannot be read.");
            using var reader = new StreamReader(stream);
            migrations.Add(Migration.FromFile(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return new Migrator(migrations);
    }

    /// <summary>Applies every script the database has not had yet, and returns those it applied.</summary>
    /// <param name="connection">An open connection with no transaction pending.</param>
    /// <param name="clock">Stamps <c>applied_at</c>.</param>
    /// <exception cref="SchemaMigrationException">
    /// The database journals a version this build does not know (it was written by a newer build), a journaled
    /// name differs from the script's, or a script failed; nothing of the failing script is kept.
    /// </exception>
    public IReadOnlyList<Migration> Apply(SqliteConnection connection, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(clock);

        using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateJournal;
            create.ExecuteNonQuery();
        }

        var journal = ReadJournal(connection, transaction: null);
        CheckJournal(journal);

        var applied = new List<Migration>();
        foreach (var migration in Migrations.Where(m => !journal.ContainsKey(m.Version)))
        {
            if (ApplyOne(connection, migration, clock))
            {
                applied.Add(migration);
            }
        }

        return applied;
    }

    /// <summary>The highest version journaled in the database, or 0 for a database never migrated.</summary>
    public static int ReadVersion(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void CheckJournal(IReadOnlyDictionary<int, string> journal)
    {
        foreach (var (version, name) in journal.OrderBy(e => e.Key))
        {
            if (version > LatestVersion)
            {
                throw new SchemaMigrationException(
                    $"The database is at schema version {journal.Keys.Max()} but this build knows versions up to {LatestVersion}. " +
                    "It was written by a newer Catalog; use that build or a newer one, or start from a fresh database.");
            }

            if (version < 1)
            {
                throw new SchemaMigrationException($"The database journals migration number {version}, which no build ever had.");
            }

            var known = Migrations[version - 1];
            if (!string.Equals(known.Name, name, StringComparison.Ordinal))
            {
                throw new SchemaMigrationException(
                    $"The database journals migration {version:D4}_{name} but this build's migration {version:D4} is {known}: " +
                    "the scripts were renumbered or renamed after being applied.");
            }
        }
    }

    private static bool ApplyOne(SqliteConnection connection, Migration migration, TimeProvider clock)
    {
        using var transaction = connection.BeginTransaction();

        // Another process may have applied it since the journal was read; the write lock we now hold settles it.
        if (ReadJournal(connection, transaction).ContainsKey(migration.Version))
        {
            return false;
        }

        try
        {
            using var script = connection.CreateCommand();
            script.Transaction = transaction;
            script.CommandText = migration.Sql;
            script.ExecuteNonQuery();

            using var journal = connection.CreateCommand();
            journal.Transaction = transaction;
            journal.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $applied_at)";
            journal.Parameters.AddWithValue("$version", migration.Version);
            journal.Parameters.AddWithValue("$name", migration.Name);
            journal.Parameters.AddWithValue("$applied_at", StoredTime.Write(clock.GetUtcNow()));
            journal.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            throw new SchemaMigrationException($"Migration {migration} failed and was rolled back: {exception.Message}", exception);
        }

        transaction.Commit();
        return true;
    }

    private static Dictionary<int, string> ReadJournal(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, name FROM schema_migrations";
        using var reader = command.ExecuteReader();
        var journal = new Dictionary<int, string>();
        while (reader.Read())
        {
            journal[reader.GetInt32(0)] = reader.GetString(1);
        }

        return journal;
    }
}
