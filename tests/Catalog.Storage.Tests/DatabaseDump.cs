using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Tests;

/// <summary>Every row of every table as text, read through a connection of its own, to compare whole database states.</summary>
public static class DatabaseDump
{
    public static string Of(string databasePath, params string[] ignoredColumns)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();

        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("== ").AppendLine(table);
            using var select = connection.CreateCommand();

            // Table names come from sqlite_master of a file this test made, not from input.
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (ignoredColumns.Contains(reader.GetName(i)))
                    {
                        continue;
                    }

                    var value = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                    dump.Append(reader.GetName(i)).Append('=').Append(value).Append(" | ");
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    public static long Count(string databasePath, string table)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }
}
