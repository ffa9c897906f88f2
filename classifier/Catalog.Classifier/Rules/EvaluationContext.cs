using Catalog.Classifier.Features;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Rules;

/// <summary>One tool's features plus what the rule set derives from them once (its verbs), and, in the second pass, the decided category and flags.</summary>
internal sealed class EvaluationContext
{
    // Parameters whose allowed values name the operations of a multi-action tool.
    private static readonly HashSet<string> ActionParameterNames = new(StringComparer.Ordinal)
    {
        "action", "actions", "operation", "operations", "op", "subcommand", "command",
    };

    public EvaluationContext(ToolFeatures features, RuleSet rules)
    {
        Features = features;
        var vocabulary = rules.Vocabulary;
        NameIds = Number(features.NameStems, vocabulary, NameBits = new ulong[vocabulary.WordCount]);
        DescriptionIds = Number(features.DescriptionStems, vocabulary, DescriptionBits = new ulong[vocabulary.WordCount]);
        foreach (var stem in features.TitleStems)
        {
            Vocabulary.Set(DescriptionBits, vocabulary.IdOf(stem));
        }

        WordBits = new ulong[vocabulary.WordCount];
        for (var i = 0; i < WordBits.Length; i++)
        {
            WordBits[i] = NameBits[i] | DescriptionBits[i];
        }

        ServerBits = new ulong[vocabulary.WordCount];
        foreach (var stem in features.ServerStems)
        {
            Vocabulary.Set(ServerBits, vocabulary.IdOf(stem));
        }

        // Words that are as often nouns ("status", "order", "build") count as the action verb only when
        // they lead the name in the singular and no plain verb follows: "label_issue" yes, "labels" or
        // "pipelines_build" no. Even then they are weaker evidence (see NameVerbIsNounLike).
        for (var i = 0; i < features.NameStems.Count; i++)
        {
            var stem = features.NameStems[i];
            if (!rules.IsNameVerb(stem))
            {
                continue;
            }

            if (!rules.IsNounLikeVerb(stem))
            {
                NameVerbIndex = i;
                NameVerbIsNounLike = false;
                break;
            }

            if (i == 0 && !IsPlural(features.NameWords[0], stem))
            {
                NameVerbIndex = 0;
                NameVerbIsNounLike = true;
            }
        }

        for (var i = features.NameStems.Count - 1; i >= 0; i--)
        {
            if (i != NameVerbIndex)
            {
                NameObjectId = NameIds[i];
                break;
            }
        }

        NameVerbId = NameVerbIndex >= 0 ? NameIds[NameVerbIndex] : -1;

        foreach (var stem in features.DescriptionLeadStems)
        {
            if (rules.IsDescriptionVerb(stem))
            {
                DescriptionVerbId = vocabulary.IdOf(stem);
                break;
            }
        }

        ActionVerbBits = new ulong[vocabulary.WordCount];
        foreach (var parameter in features.Parameters)
        {
            if (parameter.EnumValues.Count == 0 || !ActionParameterNames.Contains(parameter.CompactName))
            {
                continue;
            }

            foreach (var value in parameter.EnumValues)
            {
                var words = NameTokenizer.Split(value);
                if (words.Count > 0)
                {
                    Vocabulary.Set(ActionVerbBits, vocabulary.IdOf(WordStemmer.Stem(words[0])));
                }
            }
        }
    }

    public ToolFeatures Features { get; }

    /// <summary>
    /// Position of the name's action verb among its words after the prefix: the first word the rules
    /// know as a verb; 0 when the name starts with it, -1 when it has none.
    /// </summary>
    public int NameVerbIndex { get; } = -1;

    public bool HasNameVerb => NameVerbIndex >= 0;

    /// <summary>True when the name's verb is a word that is as often a noun; rules on it then count for less.</summary>
    public bool NameVerbIsNounLike { get; }

    /// <summary>Stems of the first word of each allowed value of an action-like enum parameter, as vocabulary bits.</summary>
    public ulong[] ActionVerbBits { get; }

    public int[] NameIds { get; }

    public ulong[] NameBits { get; }

    public int[] DescriptionIds { get; }

    public ulong[] DescriptionBits { get; }

    /// <summary>Name and description words together.</summary>
    public ulong[] WordBits { get; }

    public ulong[] ServerBits { get; }

    /// <summary>Vocabulary number of the name's verb; -1 when there is none or no rule names it.</summary>
    public int NameVerbId { get; } = -1;

    /// <summary>Vocabulary number of the name's last word other than its verb: what the tool acts on ("delete_project" gives project).</summary>
    public int NameObjectId { get; } = -1;

    /// <summary>Vocabulary number of the first known verb near the start of the description; -1 when none.</summary>
    public int DescriptionVerbId { get; } = -1;

    /// <summary>Set in the second pass only.</summary>
    public ToolCategory? Category { get; set; }

    public bool Destructive { get; set; }

    public bool Financial { get; set; }

    public bool Sensitive { get; set; }

    private static int[] Number(IReadOnlyList<string> stems, Vocabulary vocabulary, ulong[] bits)
    {
        var ids = new int[stems.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = vocabulary.IdOf(stems[i]);
            Vocabulary.Set(bits, ids[i]);
        }

        return ids;
    }

    private static bool IsPlural(string word, string stem) =>
        word.Length > stem.Length && word.EndsWith('s') && !stem.EndsWith('s');
}
