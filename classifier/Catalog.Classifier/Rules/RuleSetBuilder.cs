using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Catalog.Classifier.Features;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Rules;

/// <summary>
/// Collects rule files (JSON) in order, then compiles them once into a frozen <see cref="RuleSet"/>.
/// A file that does not parse, a duplicate id, an unknown member or a reason naming something its
/// rule does not match fails <see cref="Build"/> with the file and rule named.
/// </summary>
public sealed class RuleSetBuilder
{
    private const string ResourcePrefix = "Catalog.Classifier.Rules.";
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    private readonly List<(string Source, string Json)> files = [];

    // Term lists and phrases compiled so far; bound to the vocabulary once every rule is known.
    private readonly List<TermSet> termSets = [];
    private readonly List<Phrase> phrases = [];

    /// <summary>Adds one rule file; <paramref name="source"/> names it in errors and in the version hash.</summary>
    public RuleSetBuilder Add(string source, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(json);
        files.Add((source, json));
        return this;
    }

    /// <summary>Adds the rule files embedded in this assembly (Rules/*.json), in name order.</summary>
    public RuleSetBuilder AddEmbeddedDefaults()
    {
        var assembly = typeof(RuleSetBuilder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(IsRuleFile).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            Add(name[ResourcePrefix.Length..], reader.ReadToEnd());
        }

        return this;
    }

    public RuleSet Build()
    {
        if (files.Count == 0)
        {
            throw new InvalidOperationException("No rule files were added.");
        }

        var rules = new List<CompiledRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var nameVerbs = new HashSet<string>(StringComparer.Ordinal);
        var descriptionVerbs = new HashSet<string>(StringComparer.Ordinal);
        var products = new HashSet<string>(StringComparer.Ordinal);
        var nounLike = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (source, json) in files)
        {
            RuleFileModel file;
            try
            {
                file = JsonSerializer.Deserialize(json, RuleJsonContext.Default.RuleFileModel)
                    ?? throw new InvalidDataException($"Rule file '{source}' is empty.");
            }
            catch (JsonException error)
            {
                throw new InvalidDataException($"Rule file '{source}' is not valid: {error.Message}", error);
            }

            var family = file.Family ?? Path.GetFileNameWithoutExtension(source);
            foreach (var product in file.ProductPrefixes ?? [])
            {
                products.Add(WordStemmer.Stem(product.ToLowerInvariant()));
            }

            foreach (var word in file.NounLikeVerbs ?? [])
            {
                nounLike.Add(WordStemmer.Stem(word.ToLowerInvariant()));
            }

            foreach (var model in file.Rules ?? [])
            {
                var rule = Compile(model, family, source);
                if (!ids.Add(rule.Id))
                {
                    throw new InvalidDataException($"Rule id '{rule.Id}' in '{source}' is used twice.");
                }

                nameVerbs.UnionWith(rule.When.NameVerb?.Terms.Select(term => term.Stem) ?? []);
                descriptionVerbs.UnionWith(rule.When.DescriptionVerb?.Terms.Select(term => term.Stem) ?? []);
                rules.Add(rule);
            }
        }

        var vocabulary = new Vocabulary(termSets.SelectMany(set => set.Terms.Select(term => term.Stem)).Concat(phrases.SelectMany(phrase => phrase.Stems)));
        termSets.ForEach(set => set.Bind(vocabulary));
        phrases.ForEach(phrase => phrase.Bind(vocabulary));
        return new RuleSet(ComputeVersion(), rules, vocabulary, nameVerbs, nounLike, descriptionVerbs, products);
    }

    private static bool IsRuleFile(string name) =>
        name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal);

    /// <summary>Raised whenever <see cref="ToolClassification"/> gains something the classifier fills in.</summary>
    private const int LabelFormat = 2;

    private string ComputeVersion()
    {
        // Line endings are normalised so a checkout with CRLF gives the same version as one with LF.
        var text = new StringBuilder();

        // What a label holds is part of the version: when labels gained tags and token counts, every stored
        // label had to be made again once, as for a changed rule.
        text.Append("label:").Append(LabelFormat).Append('\n');
        foreach (var (source, json) in files.OrderBy(file => file.Source, StringComparer.Ordinal))
        {
            var normalised = json.Replace("\r\n", "\n", StringComparison.Ordinal);
            text.Append(source.Length).Append(':').Append(source).Append(normalised.Length).Append(':').Append(normalised);
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "rules-" + Convert.ToHexStringLower(digest)[..12];
    }

    private CompiledRule Compile(RuleModel model, string family, string source)
    {
        var id = model.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InvalidDataException($"A rule in '{source}' has no id.");
        }

        InvalidDataException Error(string message) => new($"Rule '{id}' in '{source}': {message}");

        if (model.When is null)
        {
            throw Error("it has no 'when'.");
        }

        var effect = model.Effect ?? throw Error("it has no 'effect'.");
        var when = CompileCondition(model.When, Error);
        var unless = model.Unless is null ? null : CompileCondition(model.Unless, Error);
        if (unless?.NeedsDecision == true)
        {
            throw Error("'unless' cannot test the category or flags.");
        }

        ToolCategory? category = effect.Category is null ? null : ParseEnum<ToolCategory>(effect.Category, Error);
        RiskLevel? floor = effect.RiskFloor is null ? null : ParseEnum<RiskLevel>(effect.RiskFloor, Error);
        if (category is not null && when.NeedsDecision)
        {
            throw Error("a rule that tests the decided category or flags cannot vote on the category.");
        }

        if (category is null && effect.Weight != 0)
        {
            throw Error("a weight needs a category.");
        }

        if (category is not null && effect.Weight == 0)
        {
            throw Error("a category needs a weight.");
        }

        if (category is null && floor is null && effect.Destructive == 0 && effect.Financial == 0 && effect.Sensitive == 0 && (effect.Tags?.Count ?? 0) == 0)
        {
            throw Error("its effect does nothing.");
        }

        var reason = model.Reason;
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Error("it has no reason.");
        }

        var template = ReasonTemplate.Parse(reason, out var unknown);
        if (unknown is not null)
        {
            throw Error($"its reason uses an unknown placeholder {{{unknown}}}.");
        }

        CheckPlaceholders(template, when, Error);
        return new CompiledRule
        {
            Id = id,
            Family = family,
            Group = EvidenceGroups.Of(family, model.When),
            When = when,
            Unless = unless,
            Category = category,
            Weight = effect.Weight,
            Destructive = effect.Destructive,
            Financial = effect.Financial,
            Sensitive = effect.Sensitive,
            RiskFloor = floor,
            Tags = effect.Tags?.ToArray() ?? [],
            ReasonTemplate = template,
        };
    }

    private CompiledCondition CompileCondition(ConditionModel model, Func<string, InvalidDataException> error)
    {
        var condition = new CompiledCondition
        {
            NameVerb = Terms(model.NameVerb, error),
            NameToken = Terms(model.NameToken, error),
            NamePhrase = Phrases(model.NamePhrase, error),
            NameObject = Terms(model.NameObject, error),
            DescriptionVerb = Terms(model.DescriptionVerb, error),
            DescriptionWord = Terms(model.DescriptionWord, error),
            DescriptionPhrase = Phrases(model.DescriptionPhrase, error),
            DescriptionRegex = Patterns(model.DescriptionRegex, error),
            Word = Terms(model.Word, error),
            ActionVerb = Terms(model.ActionVerb, error),
            Server = Terms(model.Server, error),
            Parameter = model.Parameter is null
                ? null
                : new ParameterCondition(
                    model.Parameter.Name?.Select(ParameterNamePattern.Parse).ToArray(),
                    model.Parameter.Type?.ToArray(),
                    Words(model.Parameter.DescriptionWord, error)),
            ReadOnlyHint = model.Annotation?.ReadOnlyHint,
            DestructiveHint = model.Annotation?.DestructiveHint,
            IdempotentHint = model.Annotation?.IdempotentHint,
            OpenWorldHint = model.Annotation?.OpenWorldHint,
            NoNameVerb = model.NoNameVerb,
            NoParameters = model.NoParameters,
            Category = model.Category?.Select(value => ParseEnum<ToolCategory>(value, error)).ToArray(),
            Flag = model.Flag?.Select(value => value is "destructive" or "financial" or "sensitive" ? value : throw error($"unknown flag '{value}'.")).ToArray(),
        };

        return condition;
    }

    private TermSet? Terms(List<string>? values, Func<string, InvalidDataException> error)
    {
        if (Words(values, error) is not { } words)
        {
            return null;
        }

        var set = new TermSet(words);
        termSets.Add(set);
        return set;
    }

    private static Term[]? Words(List<string>? values, Func<string, InvalidDataException> error)
    {
        if (values is null)
        {
            return null;
        }

        if (values.Count == 0)
        {
            throw error("an empty list matches nothing.");
        }

        return values.Select(value =>
        {
            var words = TextTokenizer.Words(value);
            if (words.Count != 1)
            {
                throw error($"'{value}' is not one word; use a phrase.");
            }

            return new Term(WordStemmer.Stem(words[0]), value);
        }).ToArray();
    }

    private Phrase[]? Phrases(List<string>? values, Func<string, InvalidDataException> error)
    {
        if (values is null)
        {
            return null;
        }

        if (values.Count == 0)
        {
            throw error("an empty list matches nothing.");
        }

        return values.Select(value =>
        {
            var words = TextTokenizer.Words(value);
            if (words.Count == 0)
            {
                throw error($"phrase '{value}' has no words.");
            }

            var phrase = new Phrase(words.Select(WordStemmer.Stem).ToArray(), value);
            phrases.Add(phrase);
            return phrase;
        }).ToArray();
    }

    private static Regex[]? Patterns(List<string>? values, Func<string, InvalidDataException> error)
    {
        return values?.Select(value =>
        {
            try
            {
                return new Regex(value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, PatternTimeout);
            }
            catch (ArgumentException invalid)
            {
                throw error($"pattern '{value}' is invalid: {invalid.Message}");
            }
        }).ToArray();
    }

    private static TEnum ParseEnum<TEnum>(string value, Func<string, InvalidDataException> error)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw error($"'{value}' is not a {typeof(TEnum).Name}.");

    private static void CheckPlaceholders(ReasonTemplate template, CompiledCondition when, Func<string, InvalidDataException> error)
    {
        foreach (var placeholder in template.Uses)
        {
            var available = placeholder switch
            {
                "value" => when.NameVerb ?? when.NameToken ?? when.NameObject ?? when.DescriptionVerb ?? when.DescriptionWord ?? when.Word ?? when.ActionVerb ?? when.Server
                    ?? (object?)when.NamePhrase ?? when.DescriptionPhrase ?? (object?)when.DescriptionRegex ?? when.Parameter,
                "nameVerb" or "where" => when.NameVerb,
                "nameToken" => when.NameToken,
                "namePhrase" => when.NamePhrase,
                "nameObject" => when.NameObject,
                "descriptionVerb" => when.DescriptionVerb,
                "descriptionWord" => when.DescriptionWord,
                "descriptionPhrase" => when.DescriptionPhrase,
                "descriptionRegex" => when.DescriptionRegex,
                "word" => when.Word,
                "actionVerb" => when.ActionVerb,
                "server" => when.Server,
                "parameter" => when.Parameter,
                _ => null,
            };
            if (available is null)
            {
                throw error($"its reason uses {{{placeholder}}} but its 'when' does not match on it.");
            }
        }
    }
}
