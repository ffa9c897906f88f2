using System.Globalization;
using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>The page of one server: repository facts, counts, the tool table and the whole server's recommended policy.</summary>
internal sealed record ServerPage
{
    public const string Template = "server.liquid";

    public const string PolicyElementId = "server-policy";

    public const string PolicyYamlElementId = "server-policy-yaml";

    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string Repository { get; init; }
    public required string Subfolder { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }
    public required string License { get; init; }
    public required string Stars { get; init; }
    public string? SourceUrl { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required bool Archived { get; init; }
    public required string UpdatedAt { get; init; }
    public required string LastCommitAt { get; init; }
    public required int ToolCount { get; init; }
    public required int Unclassified { get; init; }
    public required IReadOnlyList<CountRow> ByCategory { get; init; }
    public required IReadOnlyList<CountRow> ByRisk { get; init; }
    public required IReadOnlyList<ToolRow> Tools { get; init; }
    public required string PolicyJson { get; init; }
    public required string PolicyUrl { get; init; }
    public string PolicyId => PolicyElementId;
    public required string PolicyYaml { get; init; }
    public required string PolicyYamlUrl { get; init; }
    public string PolicyYamlId => PolicyYamlElementId;
    public required string PolicySchemaUrl { get; init; }
    public required string ApiUrl { get; init; }

    public ServerGrade Grade { get; init; } = new("–", "");

    /// <summary>Tokens of its measured tool definitions together; see <see cref="ToolClassification.DefinitionTokens"/>.</summary>
    public int Tokens { get; init; }

    /// <summary>Tools whose definitions are not measured yet (not labelled), left out of <see cref="Tokens"/>.</summary>
    public int UnmeasuredTools { get; init; }

    public string TokenEncoding => ToolClassification.TokenEncoding;

    /// <summary>Absent facts read "unknown": a missing star count is not zero stars.</summary>
    public static ServerPage Create(CatalogServer server, ServerAddresses addresses, IReadOnlyList<ToolRow> tools, LabelCounts counts, string policyJson, string policyYaml, PageLinks links)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(links);
        var facts = server.Facts;
        return new ServerPage
        {
            Name = server.Identity.Name,
            Slug = server.Identity.Slug,
            Repository = server.Identity.Repository,
            Subfolder = server.Identity.Subfolder,
            Description = facts.Description ?? "",
            Language = facts.Language ?? "unknown",
            License = facts.License ?? "unknown",
            Stars = facts.Stars?.ToString(CultureInfo.InvariantCulture) ?? "unknown",
            SourceUrl = RepositoryLinks.Repository(facts),
            Topics = facts.Topics.Order(StringComparer.Ordinal).ToList(),
            Archived = facts.Archived,
            UpdatedAt = Labels.Date(server.UpdatedAt),
            LastCommitAt = facts.LastCommitAt is { } at ? Labels.Date(at) : "unknown",
            ToolCount = counts.Tools,
            Unclassified = counts.Unclassified,
            ByCategory = counts.CategoryRows(links),
            ByRisk = counts.RiskRows(links),
            Tools = tools,
            PolicyJson = policyJson,
            PolicyUrl = addresses.Policy.Url,
            PolicyYaml = policyYaml,
            PolicyYamlUrl = addresses.PolicyYaml.Url,
            PolicySchemaUrl = links.PolicySchema.Url,
            ApiUrl = addresses.Api.Url,
        };
    }
}
