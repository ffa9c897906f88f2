using System.Text.Json.Serialization;
using Catalog.Site.Outputs.Api;

namespace Catalog.Site.Outputs;

/// <summary>
/// The export's lines (see <see cref="CatalogExportWriter"/>), named and left out as in <see cref="SiteJsonContext"/>. A
/// context of their own because that one carries a converter for policies, and a context with any converter
/// never uses the code generated to write its types directly: every line went through the serializer's
/// general machinery instead, half the time of making the export.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiExportTool))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
