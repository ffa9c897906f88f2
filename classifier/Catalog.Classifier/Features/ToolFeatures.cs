using Catalog.Domain.Tools;

namespace Catalog.Classifier.Features;

/// <summary>
/// Everything the rules look at in one tool, computed once: name words (with a server or product
/// prefix set aside), description words, parameters and hints. Words are stems from <see cref="WordStemmer"/>.
/// </summary>
public sealed class ToolFeatures
{
    public required string Name { get; init; }

    /// <summary>The set-aside prefix as written (<c>github</c>, <c>ERC20ActionProvider</c>); empty when there is none.</summary>
    public required string Prefix { get; init; }

    /// <summary>Lower-case words of the name after the prefix, in order.</summary>
    public required IReadOnlyList<string> NameWords { get; init; }

    /// <summary>Stems of <see cref="NameWords"/>, same order.</summary>
    public required IReadOnlyList<string> NameStems { get; init; }

    /// <summary>Stems of the description words, in order; capped for very long text.</summary>
    public required IReadOnlyList<string> DescriptionStems { get; init; }

    /// <summary>The description as given, capped at <see cref="ToolFeatureExtractor.MaxDescriptionLength"/> characters, for pattern rules.</summary>
    public required string DescriptionText { get; init; }

    /// <summary>True when the description was longer than the cap and only its start was read.</summary>
    public bool DescriptionTruncated { get; init; }

    /// <summary>The first few stems of the description after filler such as "This tool will"; where its action verb is looked for.</summary>
    public required IReadOnlyList<string> DescriptionLeadStems { get; init; }

    public required IReadOnlyList<ToolParameter> Parameters { get; init; }

    /// <summary>False when the input schema was not valid JSON: the tool is then treated as taking no parameters.</summary>
    public required bool SchemaReadable { get; init; }

    /// <summary>Stems of the words in every parameter's description.</summary>
    public required IReadOnlySet<string> ParameterDescriptionStems { get; init; }

    public required ToolAnnotations Annotations { get; init; }

    /// <summary>Stems of the server's name and repository and of the set-aside prefix: context, not evidence of an action.</summary>
    public required IReadOnlySet<string> ServerStems { get; init; }

    /// <summary>Stems of the title's words, when the tool has a title; they count as description words.</summary>
    public IReadOnlyList<string> TitleStems { get; init; } = [];
}
