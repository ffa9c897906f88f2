using Microsoft.Data.Sqlite;

namespace Catalog.Storage;

/// <summary>
/// Opens connections to a catalogue file with the settings every connection needs. Pooling is off so that
/// disposing the database really closes the file (tests delete it; the nightly copies it).
/// </summary>
internal static class SqliteConnectionFactory
{
    /// <summary>How long a statement waits for another process's lock before failing.</summary>
    private const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>The single writing connection: creates the file if absent, WAL, foreign keys enforced.</summary>
    public static SqliteConnection OpenWriter(string path)
    {
        var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            // WAL lets readers (the site build, a second CLI) run while the crawler writes; it is a property of
            // the file, so it is set before anything else touches the schema.
            var mode = Scalar(connection, "PRAGMA journal_mode = WAL");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite refused WAL journal mode for {path} (it reports '{mode}'); a network or read-only file system?");
            }

            Execute(connection, "PRAGMA foreign_keys = ON");

            // With WAL, NORMAL is durable against application crashes; a power cut may lose the last transactions, never corrupt.
            Execute(connection, "PRAGMA synchronous = NORMAL");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A connection that can only read; used for long enumerations beside the writer.</summary>
    public static SqliteConnection OpenReader(string path) => Open(path, SqliteOpenMode.ReadOnly);

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
