using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Tests;

/// <summary>
/// Writes and reads a catalogue file with plain SQL through a connection of its own, as someone editing the file by
/// hand would, to put rows the stores would never write, or to see exactly what they did write.
/// </summary>
public static class HandEdits
{
    /// <summary>Runs <paramref name="sql"/> with <c>$value</c> bound to <paramref name="value"/>; returns the rows it changed.</summary>
    public static int Execute(string databasePath, string sql, object? value = null)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$value", value ?? DBNull.Value);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, null for SQL NULL.</summary>
    public static object? Scalar(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is var value and not DBNull ? value : null;
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
