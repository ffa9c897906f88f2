using System.Text.Json;
using Catalog.Domain.Classification;

namespace Catalog.Storage.Sql;

/// <summary>Lists stored as JSON text in one column (topics, classification reasons and tags).</summary>
internal static class JsonColumns
{
    public static string WriteStrings(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadStrings(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListString) ?? [];

    /// <summary>NULL for a null list: the list was not recorded, which an empty array would not say.</summary>
    public static string? WriteStringsOrNull(IReadOnlyList<string>? values) => values is null ? null : WriteStrings(values);

    /// <summary>
    /// The strings in <paramref name="json"/>; null when the column is NULL or holds anything but a JSON array of
    /// strings. Such a value can only come from a hand-edited file, and reading it as "not recorded" keeps one bad
    /// row from failing every read of the catalogue.
    /// </summary>
    public static IReadOnlyList<string>? ReadStringsOrNull(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            // The literal null deserializes to null; null items get through because nullable annotations are not enforced.
            var values = JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListString);
            return values is null || values.Any(v => v is null) ? null : values;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string WriteReasons(IReadOnlyList<ClassificationReason> reasons) =>
        JsonSerializer.Serialize(reasons, StorageJsonContext.Default.IReadOnlyListClassificationReason);

    public static IReadOnlyList<ClassificationReason> ReadReasons(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListClassificationReason) ?? [];
}
