using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;
using Catalog.Domain.Tools;

namespace Catalog.Site.Pages;

/// <summary>The page of one tool: its label and why, what it takes, where it is defined, its history and its recommended policy.</summary>
internal sealed record ToolPage
{
    public const string Template = "tool.liquid";

    /// <summary>The id of the policy's code block, which the copy button targets.</summary>
    public const string PolicyElementId = "tool-policy";

    /// <summary>The id of the Intercept YAML code block.</summary>
    public const string PolicyYamlElementId = "tool-policy-yaml";

    public required string Name { get; init; }
    public string? Title { get; init; }
    public required string ServerName { get; init; }
    public required string ServerUrl { get; init; }
    public required bool Classified { get; init; }
    public string Category { get; init; } = "";
    public string CategoryUrl { get; init; } = "";
    public string Risk { get; init; } = "";
    public string RiskUrl { get; init; } = "";
    public IReadOnlyList<string> Flags { get; init; } = [];
    public string Confidence { get; init; } = "";
    public string ClassifierVersion { get; init; } = "";
    public IReadOnlyList<ReasonRow> Reasons { get; init; } = [];
    public required string Description { get; init; }
    public required ParameterTable Parameters { get; init; }
    public required IReadOnlyList<AnnotationRow> Annotations { get; init; }
    public required bool AnnotationsDeclared { get; init; }
    public required SourceLink Location { get; init; }
    public required string Method { get; init; }
    public required IReadOnlyList<HistoryRow> History { get; init; }
    public required string PolicyJson { get; init; }

    /// <summary>A <c>data:</c> URL of <see cref="PolicyJson"/>, so the download needs no file of its own.</summary>
    public required string PolicyUrl { get; init; }
    public string PolicyId => PolicyElementId;
    public required string PolicyYaml { get; init; }
    public required string PolicyYamlUrl { get; init; }
    public string PolicyYamlId => PolicyYamlElementId;
    public required string PolicySchemaUrl { get; init; }
    public required string Explanation { get; init; }
    public required bool Hidden { get; init; }

    /// <summary>Tools of other servers sharing name words and the category; filled in by the build.</summary>
    public IReadOnlyList<SimilarToolRow> Similar { get; init; } = [];

    /// <summary>Tokens of the tool's definition as a client receives it; null when not measured (see <see cref="ToolClassification.DefinitionTokens"/>).</summary>
    public int? Tokens { get; init; }

    public string TokenEncoding => ToolClassification.TokenEncoding;

    public static ToolPage Create(CatalogServer server, ServerAddresses serverAddresses, CatalogTool tool, ToolAddresses toolAddresses, string policyJson, string policyYaml, ToolPolicyAdvice advice, PageLinks links)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(serverAddresses);
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(toolAddresses);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(links);
        var definition = tool.Definition;
        var label = tool.Classification;
        return new ToolPage
        {
            Name = definition.Name,
            Title = definition.Title,
            ServerName = server.Identity.Name,
            ServerUrl = serverAddresses.Page.Url,
            Classified = label is not null,
            Description = definition.Description,
            Parameters = InputSchemaReader.Read(definition.InputSchema),
            Annotations = AnnotationRows(definition.Annotations),
            AnnotationsDeclared = definition.Annotations.Any,
            Location = RepositoryLinks.Definition(server.Identity, server.Facts, definition.Location),
            Method = definition.Method,
            History = HistoryRows(tool),
            PolicyJson = policyJson,
            PolicyUrl = DataUrl.Of("application/json", policyJson),
            PolicyYaml = policyYaml,
            PolicyYamlUrl = DataUrl.Of("application/yaml", policyYaml),
            PolicySchemaUrl = links.PolicySchema.Url,
            Explanation = advice.Explanation,
            Hidden = advice.Hidden,

            // An unlabelled tool keeps the defaults: empty texts and lists.
            Category = label is null ? "" : label.Category.ToString(),
            CategoryUrl = label is null ? "" : links.Category(label.Category).Url,
            Risk = label is null ? "" : label.Risk.ToString(),
            RiskUrl = label is null ? "" : links.Risk(label.Risk).Url,
            Flags = label is null ? [] : Labels.Flags(label),
            Confidence = label is null ? "" : Labels.Confidence(label.Confidence),
            ClassifierVersion = label is null ? "" : label.ClassifierVersion,
            Reasons = label is null ? [] : ReasonRows(label),
        };
    }

    private static List<ReasonRow> ReasonRows(ToolClassification label)
    {
        var rows = new List<ReasonRow>(label.Reasons.Count);
        foreach (var reason in label.Reasons)
        {
            rows.Add(new ReasonRow(reason.RuleId, reason.Text));
        }

        return rows;
    }

    private static IReadOnlyList<AnnotationRow> AnnotationRows(ToolAnnotations hints) =>
    [
        new("readOnlyHint", Hint(hints.ReadOnlyHint)),
        new("destructiveHint", Hint(hints.DestructiveHint)),
        new("idempotentHint", Hint(hints.IdempotentHint)),
        new("openWorldHint", Hint(hints.OpenWorldHint)),
    ];

    private static string Hint(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "not declared",
    };

    /// <summary>Newest first (a version given twice keeps its order); the current definition's version is marked.</summary>
    private static List<HistoryRow> HistoryRows(CatalogTool tool)
    {
        var current = tool.Definition.ContentHash;
        var history = tool.History;
        var rows = new List<HistoryRow>(history.Count);
        if (IsOldestFirst(history))
        {
            // As the catalogue gives it: newest first is then the reverse, with no sorting.
            for (var i = history.Count - 1; i >= 0; i--)
            {
                rows.Add(Row(history[i], current));
            }
        }
        else
        {
            rows.AddRange(history.OrderByDescending(v => v.Version).Select(v => Row(v, current)));
        }

        return rows;
    }

    private static HistoryRow Row(ToolVersionInfo version, string current) =>
        new(version.Version, Labels.Date(version.FirstSeenAt), version.ContentHash.Length > 12 ? version.ContentHash[..12] : version.ContentHash, version.ContentHash == current);

    /// <summary>Each version after the one before it, none twice.</summary>
    private static bool IsOldestFirst(IReadOnlyList<ToolVersionInfo> history)
    {
        for (var i = 1; i < history.Count; i++)
        {
            if (history[i - 1].Version >= history[i].Version)
            {
                return false;
            }
        }

        return true;
    }
}
