using System.Text.Json.Serialization;
using Catalog.Domain.Classification;

namespace Catalog.Storage.Sql;

/// <summary>The one serializer configuration for JSON columns; source-generated so the stored text is stable.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<ClassificationReason>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
