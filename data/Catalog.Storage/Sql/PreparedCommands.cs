using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Sql;

/// <summary>
/// Commands compiled once per connection and run many times with new parameter values, so a bulk loop
/// costs one statement preparation in total, not one per row. Owns and disposes the commands it made.
/// </summary>
internal sealed partial class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private readonly List<SqliteCommand> commands = [];

    /// <summary>Prepares <paramref name="sql"/>; every <c>$name</c> in it becomes a parameter, bound with <see cref="SqliteCommandExtensions.Set"/>.</summary>
    public SqliteCommand Add(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in ParameterPattern().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }

        command.Prepare();
        commands.Add(command);
        return command;
    }

    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }

        commands.Clear();
    }

    [GeneratedRegex(@"\$[a-z_]+", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
