using System.Text.Json;
using Catalog.Domain.Classification;

namespace Catalog.Storage.Sql;

/// <summary>Lists stored as JSON text in one column (topics, classification reasons).</summary>
internal static class JsonColumns
{
    public static string WriteStrings(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadStrings(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListString) ?? [];

    public static string WriteReasons(IReadOnlyList<ClassificationReason> reasons) =>
        JsonSerializer.Serialize(reasons, StorageJsonContext.Default.IReadOnlyListClassificationReason);

    public static IReadOnlyList<ClassificationReason> ReadReasons(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListClassificationReason) ?? [];
}
