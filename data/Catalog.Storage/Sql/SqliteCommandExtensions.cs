using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Sql;

/// <summary>Binding values to prepared commands; values always travel as parameters, never inside SQL text.</summary>
internal static class SqliteCommandExtensions
{
    /// <summary>Runs the command inside <paramref name="transaction"/>, or outside any when it is null.</summary>
    public static SqliteCommand In(this SqliteCommand command, SqliteTransaction? transaction)
    {
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Binds a value; null is stored as SQL NULL.</summary>
    public static SqliteCommand Set(this SqliteCommand command, string name, object? value)
    {
        command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    public static long ExecuteInt64(this SqliteCommand command) =>
        command.ExecuteScalar() is long value ? value : throw new InvalidOperationException("The statement returned no integer.");
}
