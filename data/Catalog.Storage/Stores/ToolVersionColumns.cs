using Catalog.Domain.Tools;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>How a <see cref="ToolDefinition"/> maps to a <c>tool_versions</c> row (the name lives on <c>tools</c>).</summary>
internal static class ToolVersionColumns
{
    /// <summary>The definition columns of alias <c>v</c>, in the order <see cref="ReadDefinition"/> expects them.</summary>
    public const string SelectList =
        "v.title, v.description, v.input_schema, v.read_only_hint, v.destructive_hint, v.idempotent_hint, " +
        "v.open_world_hint, v.path, v.line, v.method, v.content_hash";

    public const int Count = 11;

    public static SqliteCommand BindDefinition(SqliteCommand command, ToolDefinition tool) => command
        .Set("$title", tool.Title)
        .Set("$description", tool.Description)
        .Set("$input_schema", tool.InputSchema)
        .Set("$read_only_hint", tool.Annotations.ReadOnlyHint)
        .Set("$destructive_hint", tool.Annotations.DestructiveHint)
        .Set("$idempotent_hint", tool.Annotations.IdempotentHint)
        .Set("$open_world_hint", tool.Annotations.OpenWorldHint)
        .Set("$path", tool.Location.Path)
        .Set("$line", tool.Location.Line)
        .Set("$method", tool.Method);

    public static ToolDefinition ReadDefinition(SqliteDataReader reader, string name, int first) => new()
    {
        Name = name,
        Title = reader.GetStringOrNull(first),
        Description = reader.GetString(first + 1),
        InputSchema = reader.GetString(first + 2),
        Annotations = new ToolAnnotations(
            reader.GetBooleanOrNull(first + 3),
            reader.GetBooleanOrNull(first + 4),
            reader.GetBooleanOrNull(first + 5),
            reader.GetBooleanOrNull(first + 6)),
        Location = new SourceLocation(reader.GetString(first + 7), reader.GetInt32(first + 8)),
        Method = reader.GetString(first + 9),

        // Stored with these columns when the version was made: reading the catalogue need not hash every tool again.
        ContentHash = reader.GetString(first + 10),
    };
}
