using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Catalog.Cli.Tests;

/// <summary>
/// What a crawl leaves in the catalogue, as text: servers, tools, every tool version and the crawl state, without the
/// run numbers and timestamps that differ between any two runs. Two crawls that learned the same have equal dumps.
/// </summary>
public static class GitHubCatalogDump
{
    private static readonly string[] Queries =
    [
        "SELECT slug, name, repository, subfolder, source, description, language, license, stars, default_branch, head_commit, " +
        "last_commit_at, repository_url, archived, topics FROM servers ORDER BY slug",
        "SELECT s.slug, t.name, t.current_version, t.removed_run IS NULL FROM tools t JOIN servers s ON s.id = t.server_id ORDER BY s.slug, t.name",
        "SELECT s.slug, t.name, v.version, v.content_hash, v.description, v.input_schema, v.path, v.line, v.method " +
        "FROM tool_versions v JOIN tools t ON t.id = v.tool_id JOIN servers s ON s.id = t.server_id ORDER BY s.slug, t.name, v.version",
        "SELECT repository, github_id, etag, head_commit, status, reason FROM repository_states ORDER BY repository",
    ];

    public static string Of(string databasePath)
    {
        using var connection = Open(databasePath);
        var dump = new StringBuilder();
        foreach (var query in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append(" | ");
                }

                dump.AppendLine();
            }

            dump.AppendLine("==");
        }

        return dump.ToString();
    }

    /// <summary>Rows of a table, or 0 while the file or the table does not exist yet (a crawl just starting).</summary>
    public static long Count(string databasePath, string table)
    {
        if (!File.Exists(databasePath))
        {
            return 0;
        }

        try
        {
            using var connection = Open(databasePath);
            using var command = connection.CreateCommand();

            // The table name is a constant of the calling test, never input.
            command.CommandText = $"SELECT count(*) FROM {table}";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    public static IReadOnlyList<string> Strings(string databasePath, string query)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "NULL" : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
