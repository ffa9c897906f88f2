using System.Text.Json;
using Catalog.Site.Outputs.Api;

namespace Catalog.Site.Outputs;

/// <summary>
/// Writes a server's API document (<see cref="ApiServer"/>) member by member, byte for byte as
/// <see cref="SiteJsonContext"/> serialises it: snake_case names, absent (null) members left out, policies as
/// <see cref="PolicyJsonWriter"/> writes them. That context carries the policy converter, and a context with any
/// converter never uses its generated code to write a type directly, so every server's document went through
/// the serializer's general machinery. Unlike the export (see <see cref="ExportJsonContext"/>), the document
/// holds policies, which only the converter can write; so it is written here, as the generated code would.
/// Tests hold it to the serializer's bytes, so a member added to the records and not here fails them.
/// </summary>
internal static class ServerApiJsonWriter
{
    private static readonly JsonEncodedText Slug = JsonEncodedText.Encode("slug");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Repository = JsonEncodedText.Encode("repository");
    private static readonly JsonEncodedText Subfolder = JsonEncodedText.Encode("subfolder");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText License = JsonEncodedText.Encode("license");
    private static readonly JsonEncodedText Stars = JsonEncodedText.Encode("stars");
    private static readonly JsonEncodedText RepositoryUrl = JsonEncodedText.Encode("repository_url");
    private static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updated_at");
    private static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
    private static readonly JsonEncodedText Counts = JsonEncodedText.Encode("counts");
    private static readonly JsonEncodedText Tools = JsonEncodedText.Encode("tools");
    private static readonly JsonEncodedText Policy = JsonEncodedText.Encode("policy");
    private static readonly JsonEncodedText Unclassified = JsonEncodedText.Encode("unclassified");
    private static readonly JsonEncodedText ByRisk = JsonEncodedText.Encode("by_risk");
    private static readonly JsonEncodedText ByCategory = JsonEncodedText.Encode("by_category");
    private static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
    private static readonly JsonEncodedText Medium = JsonEncodedText.Encode("medium");
    private static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
    private static readonly JsonEncodedText Critical = JsonEncodedText.Encode("critical");
    private static readonly JsonEncodedText Read = JsonEncodedText.Encode("read");
    private static readonly JsonEncodedText Write = JsonEncodedText.Encode("write");
    private static readonly JsonEncodedText Execute = JsonEncodedText.Encode("execute");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText Risk = JsonEncodedText.Encode("risk");
    private static readonly JsonEncodedText Destructive = JsonEncodedText.Encode("destructive");
    private static readonly JsonEncodedText Financial = JsonEncodedText.Encode("financial");
    private static readonly JsonEncodedText Sensitive = JsonEncodedText.Encode("sensitive");
    private static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText ClassifierVersion = JsonEncodedText.Encode("classifier_version");

    /// <summary>
    /// The options of a writer for the document: the site's (<see cref="SiteJson.WriterOptions"/>), unchecked as the
    /// serializer's own writers are, since the members are written in a valid order by construction.
    /// </summary>
    public static JsonWriterOptions Options { get; } = SiteJson.WriterOptions with { SkipValidation = true };

    public static void WriteTo(Utf8JsonWriter writer, ApiServer server)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(server);
        writer.WriteStartObject();
        writer.WriteString(Slug, server.Slug);
        writer.WriteString(Name, server.Name);
        writer.WriteString(Repository, server.Repository);
        WriteIfPresent(writer, Subfolder, server.Subfolder);
        WriteIfPresent(writer, Description, server.Description);
        WriteIfPresent(writer, Language, server.Language);
        WriteIfPresent(writer, License, server.License);
        if (server.Stars is { } stars)
        {
            writer.WriteNumber(Stars, stars);
        }

        WriteIfPresent(writer, RepositoryUrl, server.RepositoryUrl);
        writer.WriteString(UpdatedAt, server.UpdatedAt);
        writer.WriteString(Page, server.Page);
        writer.WritePropertyName(Counts);
        WriteCounts(writer, server.Counts);
        writer.WriteStartArray(Tools);
        foreach (var tool in server.Tools)
        {
            WriteTool(writer, tool);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(Policy);
        PolicyJsonWriter.WriteTo(writer, server.Policy);
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, ApiCounts counts)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Tools, counts.Tools);
        writer.WriteNumber(Unclassified, counts.Unclassified);
        writer.WriteStartObject(ByRisk);
        writer.WriteNumber(Low, counts.ByRisk.Low);
        writer.WriteNumber(Medium, counts.ByRisk.Medium);
        writer.WriteNumber(High, counts.ByRisk.High);
        writer.WriteNumber(Critical, counts.ByRisk.Critical);
        writer.WriteEndObject();
        writer.WriteStartObject(ByCategory);
        writer.WriteNumber(Read, counts.ByCategory.Read);
        writer.WriteNumber(Write, counts.ByCategory.Write);
        writer.WriteNumber(Execute, counts.ByCategory.Execute);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, ApiTool tool)
    {
        writer.WriteStartObject();
        writer.WriteString(Name, tool.Name);
        WriteIfPresent(writer, Title, tool.Title);
        writer.WriteString(Page, tool.Page);
        writer.WritePropertyName(Policy);
        PolicyJsonWriter.WriteTo(writer, tool.Policy);
        if (tool.Label is { } label)
        {
            writer.WriteStartObject(Label);
            writer.WriteString(Category, label.Category);
            writer.WriteString(Risk, label.Risk);
            writer.WriteBoolean(Destructive, label.Destructive);
            writer.WriteBoolean(Financial, label.Financial);
            writer.WriteBoolean(Sensitive, label.Sensitive);
            writer.WriteNumber(Confidence, label.Confidence);
            writer.WriteString(ClassifierVersion, label.ClassifierVersion);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>A null member is left out, as the site's serializer leaves it (<c>WhenWritingNull</c>).</summary>
    private static void WriteIfPresent(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
