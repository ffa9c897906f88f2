using System.Text.Json.Serialization;

namespace Catalog.Classifier.Rules;

/// <summary>Source-generated reader for the rule files: no reflection, and unknown members are errors.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RuleFileModel))]
internal sealed partial class RuleJsonContext : JsonSerializerContext;
