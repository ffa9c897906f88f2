using System.Globalization;
using Catalog.Domain.Classification;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>How a <see cref="ToolClassification"/> maps to a <c>classifications</c> row.</summary>
internal static class ClassificationColumns
{
    /// <summary>The label columns of alias <c>c</c>, in the order <see cref="ReadOrNull"/> expects them.</summary>
    public const string SelectList =
        "c.classifier_version, c.category, c.destructive, c.financial, c.sensitive, c.risk, c.confidence, c.reasons, " +
        "c.tags, c.definition_tokens";

    /// <summary>
    /// Refuses a label the schema would refuse or could not give back as written, so a caller learns which label is
    /// wrong before a transaction starts rather than from a constraint failure halfway through a batch.
    /// </summary>
    /// <exception cref="ArgumentException">A negative token count, or a null tag.</exception>
    public static void ThrowIfNotStorable(ToolClassification label, long toolVersionId, string paramName)
    {
        if (label.DefinitionTokens is < 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The label for tool version {toolVersionId} has DefinitionTokens {label.DefinitionTokens}; a token count cannot be negative (null means not measured)."),
                paramName);
        }

        if (label.Tags is { } tags && tags.Any(t => t is null))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The label for tool version {toolVersionId} has a null tag; tags are words (the whole list is null when not recorded)."),
                paramName);
        }
    }

    public static SqliteCommand Bind(SqliteCommand command, ToolClassification label) => command
        .Set("$classifier_version", label.ClassifierVersion)
        .Set("$category", StoredNames.Of(label.Category))
        .Set("$destructive", label.Destructive)
        .Set("$financial", label.Financial)
        .Set("$sensitive", label.Sensitive)
        .Set("$risk", StoredNames.Of(label.Risk))
        .Set("$confidence", label.Confidence)
        .Set("$reasons", JsonColumns.WriteReasons(label.Reasons ?? []))
        .Set("$tags", JsonColumns.WriteStringsOrNull(label.Tags))
        .Set("$definition_tokens", label.DefinitionTokens);

    /// <summary>Null when the columns are NULL, as they are from a LEFT JOIN that found no label.</summary>
    public static ToolClassification? ReadOrNull(SqliteDataReader reader, int first)
    {
        if (reader.IsDBNull(first))
        {
            return null;
        }

        return new ToolClassification
        {
            ClassifierVersion = reader.GetString(first),
            Category = StoredNames.Category(reader.GetString(first + 1)),
            Destructive = reader.GetFlag(first + 2),
            Financial = reader.GetFlag(first + 3),
            Sensitive = reader.GetFlag(first + 4),
            Risk = StoredNames.Risk(reader.GetString(first + 5)),
            Confidence = reader.GetDouble(first + 6),
            Reasons = JsonColumns.ReadReasons(reader.GetString(first + 7)),
            Tags = JsonColumns.ReadStringsOrNull(reader.GetStringOrNull(first + 8)),
            DefinitionTokens = ReadTokensOrNull(reader, first + 9),
        };
    }

    /// <summary>
    /// Null unless the column holds an integer a count can be (the CHECK lets text or a value past int through from a
    /// hand-edited file): like a malformed tags value, it reads as "not measured" instead of failing the read.
    /// </summary>
    private static int? ReadTokensOrNull(SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal) || reader.GetFieldType(ordinal) != typeof(long))
        {
            return null;
        }

        var tokens = reader.GetInt64(ordinal);
        return tokens is >= 0 and <= int.MaxValue ? (int)tokens : null;
    }
}
