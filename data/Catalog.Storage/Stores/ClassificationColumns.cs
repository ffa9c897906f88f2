using Catalog.Domain.Classification;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>How a <see cref="ToolClassification"/> maps to a <c>classifications</c> row.</summary>
internal static class ClassificationColumns
{
    /// <summary>The label columns of alias <c>c</c>, in the order <see cref="ReadOrNull"/> expects them.</summary>
    public const string SelectList =
        "c.classifier_version, c.category, c.destructive, c.financial, c.sensitive, c.risk, c.confidence, c.reasons";

    public static SqliteCommand Bind(SqliteCommand command, ToolClassification label) => command
        .Set("$classifier_version", label.ClassifierVersion)
        .Set("$category", StoredNames.Of(label.Category))
        .Set("$destructive", label.Destructive)
        .Set("$financial", label.Financial)
        .Set("$sensitive", label.Sensitive)
        .Set("$risk", StoredNames.Of(label.Risk))
        .Set("$confidence", label.Confidence)
        .Set("$reasons", JsonColumns.WriteReasons(label.Reasons ?? []));

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
        };
    }
}
