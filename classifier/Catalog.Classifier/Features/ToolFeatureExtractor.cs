using System.Collections.Frozen;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Features;

/// <summary>
/// Turns a tool definition into <see cref="ToolFeatures"/>. Built once with the vocabulary the rules
/// need (which words are verbs, which leading words are product names) and then shared: it holds no
/// per-call state, so it is safe to use from several threads.
/// </summary>
public sealed class ToolFeatureExtractor
{
    /// <summary>Descriptions are attacker-controlled and may be huge; the start is where the purpose is stated.</summary>
    public const int MaxDescriptionLength = 16_000;

    private const int LeadStemCount = 5;

    // Filler that opens many descriptions ("This tool will ...", "Use this tool to ..."); the verb comes after it.
    private static readonly FrozenSet<string> LeadFiller = FrozenSet.Create(StringComparer.Ordinal,
        "this", "tool", "will", "can", "allow", "to", "use", "you", "the", "a", "an", "action", "function", "is", "used",
        "only", "be", "let", "help", "it", "that", "here", "we", "simply", "just", "mcp", "please", "lets", "allows", "helps",
        "follow");

    // Words in server names that say nothing about what a tool does.
    private static readonly FrozenSet<string> GenericServerWords = FrozenSet.Create(StringComparer.Ordinal,
        "mcp", "server", "servers", "model", "context", "protocol", "tool", "tools", "api", "ai", "agent", "kit", "the", "io", "dev", "app", "hub", "js", "py", "go", "rs", "net");

    private readonly FrozenSet<string> verbStems;
    private readonly FrozenSet<string> productStems;

    /// <param name="verbStems">Stems the rules treat as action verbs; a leading verb is never taken for a prefix.</param>
    /// <param name="productStems">Stems of product or server names commonly used as tool-name prefixes (<c>github</c>, <c>k8s</c>).</param>
    public ToolFeatureExtractor(IEnumerable<string> verbStems, IEnumerable<string> productStems)
    {
        ArgumentNullException.ThrowIfNull(verbStems);
        ArgumentNullException.ThrowIfNull(productStems);
        this.verbStems = verbStems.ToFrozenSet(StringComparer.Ordinal);
        this.productStems = productStems.ToFrozenSet(StringComparer.Ordinal);
    }

    public ToolFeatures Extract(ToolDefinition tool, ServerIdentity? server = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var serverStems = ServerStems(server);
        var (prefix, nameWords) = SplitName(tool.Name ?? "", serverStems);
        var nameStems = new List<string>(nameWords.Count);
        foreach (var word in nameWords)
        {
            nameStems.Add(WordStemmer.Stem(word));
        }

        foreach (var word in NameTokenizer.Split(prefix))
        {
            serverStems.Add(WordStemmer.Stem(word));
        }

        var description = tool.Description ?? "";
        var truncated = description.Length > MaxDescriptionLength;
        var text = truncated ? description[..MaxDescriptionLength] : description;
        var descriptionStems = StemAll(TextTokenizer.Words(text));
        var schema = SchemaReader.Read(tool.InputSchema);
        var titleStems = string.IsNullOrEmpty(tool.Title) ? [] : StemAll(TextTokenizer.Words(tool.Title.AsSpan(0, Math.Min(tool.Title.Length, 500))));

        return new ToolFeatures
        {
            Name = tool.Name ?? "",
            Prefix = prefix,
            NameWords = nameWords,
            NameStems = nameStems,
            DescriptionStems = descriptionStems,
            TitleStems = titleStems,
            DescriptionText = text,
            DescriptionTruncated = truncated,
            DescriptionLeadStems = LeadStems(descriptionStems),
            Parameters = schema.Parameters,
            SchemaReadable = schema.Readable,
            ParameterDescriptionStems = ParameterDescriptionStems(schema.Parameters),
            Annotations = tool.Annotations ?? ToolAnnotations.None,
            ServerStems = serverStems,
        };
    }

    private (string Prefix, List<string> Words) SplitName(string name, HashSet<string> serverStems)
    {
        var prefix = "";
        var rest = name;

        // Toolkits that namespace tools by class ("ERC20ActionProvider_transfer") put the class first.
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator > 0 && separator < name.Length - 1 && name.AsSpan(0, separator).EndsWith("Provider", StringComparison.Ordinal))
        {
            prefix = name[..separator];
            rest = name[(separator + 1)..];
        }

        var words = new List<string>(NameTokenizer.Split(rest));
        var taken = 0;
        while (taken < 2 && words.Count - taken > 1)
        {
            var stem = WordStemmer.Stem(words[taken]);
            if (verbStems.Contains(stem) || !(productStems.Contains(stem) || serverStems.Contains(stem)))
            {
                break;
            }

            taken++;
        }

        if (taken > 0)
        {
            var setAside = string.Join("_", words.GetRange(0, taken));
            prefix = prefix.Length == 0 ? setAside : prefix + "_" + setAside;
            words.RemoveRange(0, taken);
        }

        return (prefix, words);
    }

    private static HashSet<string> ServerStems(ServerIdentity? server)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        if (server is null)
        {
            return stems;
        }

        foreach (var text in (ReadOnlySpan<string?>)[server.Name, server.Repository])
        {
            foreach (var word in NameTokenizer.Split(text))
            {
                if (word.Length > 1 && !GenericServerWords.Contains(word))
                {
                    stems.Add(WordStemmer.Stem(word));
                }
            }
        }

        return stems;
    }

    private static List<string> StemAll(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            words[i] = WordStemmer.Stem(words[i]);
        }

        return words;
    }

    private static List<string> LeadStems(List<string> stems)
    {
        var lead = new List<string>(LeadStemCount);
        for (var i = 0; i < stems.Count && lead.Count < LeadStemCount; i++)
        {
            if (!LeadFiller.Contains(stems[i]))
            {
                lead.Add(stems[i]);
            }
        }

        return lead;
    }

    private static HashSet<string> ParameterDescriptionStems(IReadOnlyList<ToolParameter> parameters)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (parameter.Description.Length > 0)
            {
                stems.UnionWith(StemAll(TextTokenizer.Words(parameter.Description)));
            }
        }

        return stems;
    }
}
