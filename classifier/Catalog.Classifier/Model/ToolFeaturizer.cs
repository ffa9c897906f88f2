using System.Collections.Frozen;
using System.Text;

namespace Catalog.Classifier.Model;

/// <summary>
/// Turns a <see cref="ModelToolInput"/> into the texts ML.NET featurises. Everything the model knows
/// about a tool passes through here, for training and for scoring alike. Input is attacker-controlled:
/// lengths are capped, nothing is interpreted.
/// </summary>
internal static class ToolFeaturizer
{
    /// <summary>The training set cuts descriptions to 600 characters; longer crawled ones are cut the same way.</summary>
    public const int MaxDescriptionLength = 600;

    private const int MaxNameLength = 200;
    private const int MaxParameters = 64;
    private const int DescriptionVerbWindow = 12;
    private const int DescriptionObjectWindow = 40;

    /// <summary>Words in a repository or server name that say nothing about the product.</summary>
    private static readonly FrozenSet<string> GenericServerWords = new[]
    {
        "mcp", "server", "servers", "the", "tool", "tools", "agent", "toolkit", "kit", "community", "labs", "public",
        "io", "dev", "co", "hq", "ai", "app", "api", "plugin", "official", "model", "context", "protocol",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Openings of descriptions that precede the verb: "This tool lets you create...".</summary>
    private static readonly FrozenSet<string> DescriptionFillers = new[]
    {
        "this", "tool", "the", "use", "used", "to", "allow", "allows", "you", "a", "an", "will", "can", "function",
        "that", "help", "helps", "let", "lets", "it", "please", "mcp", "for", "and", "or", "method", "endpoint",
        "api", "action", "command", "operation", "simple", "quickly", "easily", "i", "we", "s",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Parameter name words that mean "text the server will run or evaluate" when the value is free-form.</summary>
    private static readonly FrozenSet<string> FreeFormWords = new[]
    {
        "command", "cmd", "commandline", "script", "code", "sql", "query", "expression", "statement", "shell",
        "program", "snippet", "javascript", "python", "js", "cypher", "eval", "source", "bash", "powershell",
        "args", "argument", "arguments", "pipeline",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FreeFormTypes = new[] { "string", "any", "union", "str" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ActionSelectors = new[] { "action", "operation", "op", "method", "mode" }.ToFrozenSet(StringComparer.Ordinal);

    public static ModelFeatureRow ToRow(ModelToolInput tool)
    {
        var row = new ModelFeatureRow();
        Fill(tool, row);
        return row;
    }

    public static void Fill(ModelToolInput tool, ModelFeatureRow row)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(row);
        var signals = new StringBuilder();

        var nameWords = NameWords(tool, signals);
        row.NameText = string.Join(' ', nameWords);
        AddNameVerbs(nameWords, signals);

        var descriptionWords = DescriptionWords(tool.Description);
        row.DescriptionText = string.Join(' ', descriptionWords);
        AddDescriptionVerbs(descriptionWords, signals);

        row.ParameterText = ParameterText(tool.Parameters, signals);
        AddHints(tool, signals);
        row.SignalText = signals.ToString();
    }

    private static List<string> NameWords(ModelToolInput tool, StringBuilder signals)
    {
        var name = tool.Name.Length > MaxNameLength ? tool.Name[..MaxNameLength] : tool.Name;
        var words = IdentifierWords.Split(name);
        var prefixLength = PrefixLength(name, words, tool.ServerName);
        if (prefixLength > 0)
        {
            words.RemoveRange(0, prefixLength);
            Add(signals, "prefix:set-aside");
        }

        // "Click-Tool", "call_service_tool": the suffix says it is a tool, which every tool is.
        if (words.Count >= 2 && words[^1] == "tool")
        {
            words.RemoveAt(words.Count - 1);
        }

        for (var i = 0; i < words.Count; i++)
        {
            words[i] = WordForms.Stem(words[i]);
        }

        return words;
    }

    /// <summary>
    /// How many leading words name the product rather than the action: a first segment in another
    /// case style than the rest (<c>ERC20ActionProvider_transfer</c>), or a first word that is part of
    /// the server's name (<c>github_create_issue</c> on a GitHub server) and not itself a verb.
    /// </summary>
    private static int PrefixLength(string name, List<string> words, string? serverName)
    {
        if (words.Count < 2)
        {
            return 0;
        }

        var separator = name.IndexOfAny(['_', '-', '.']);
        if (separator > 0 && separator < name.Length - 1)
        {
            var head = name[..separator];
            var tail = name[(separator + 1)..];
            var headMixed = head.Skip(1).Any(char.IsUpper) && head.Any(char.IsLower);
            if (headMixed && !tail.Any(char.IsUpper))
            {
                var headWords = IdentifierWords.Split(head).Count;
                return headWords < words.Count ? headWords : 0;
            }
        }

        if (string.IsNullOrEmpty(serverName) || WordForms.IsVerb(WordForms.Stem(words[0])))
        {
            return 0;
        }

        var serverWords = IdentifierWords.Split(serverName.Length > MaxNameLength ? serverName[..MaxNameLength] : serverName);
        return serverWords.Any(w => w == words[0] && !GenericServerWords.Contains(w)) ? 1 : 0;
    }

    private static void AddNameVerbs(List<string> words, StringBuilder signals)
    {
        if (words.Count == 0)
        {
            Add(signals, "name:empty");
            return;
        }

        Add(signals, "nfirst:" + words[0]);
        Add(signals, "nlast:" + words[^1]);
        var verb = words.FirstOrDefault(WordForms.IsVerb);
        Add(signals, "nverb:" + (verb ?? "none"));
        AddClasses(signals, "n", verb, words);
    }

    /// <summary>
    /// Verb class and noun classes of a text, and their pairs ("control+workload"): a linear model
    /// cannot form the conjunction itself, and the pair is what separates "restart a pod" from "restart count".
    /// </summary>
    private static void AddClasses(StringBuilder signals, string source, string? verb, IEnumerable<string> words)
    {
        var verbClass = verb is null ? "none" : WordForms.VerbClass(verb)!;
        Add(signals, source + "vc:" + verbClass);
        var objects = words.Select(WordForms.ObjectClass).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var objectClass in objects)
        {
            Add(signals, source + "obj:" + objectClass);
            Add(signals, source + "vo:" + verbClass + "+" + objectClass);
        }

        if (objects.Count == 0)
        {
            Add(signals, source + "obj:none");
        }
    }

    private static List<string> DescriptionWords(string description)
    {
        var text = description.Length > MaxDescriptionLength ? description[..MaxDescriptionLength] : description;
        var words = IdentifierWords.Split(text, splitCase: false);
        for (var i = 0; i < words.Count; i++)
        {
            words[i] = WordForms.Stem(words[i]);
        }

        return words;
    }

    private static void AddDescriptionVerbs(List<string> words, StringBuilder signals)
    {
        if (words.Count == 0)
        {
            Add(signals, "desc:empty");
            return;
        }

        var opening = words.FirstOrDefault(w => !DescriptionFillers.Contains(w));
        Add(signals, "dfirst:" + (opening ?? "none"));
        var verb = words.Take(DescriptionVerbWindow).FirstOrDefault(WordForms.IsVerb);
        Add(signals, "dverb:" + (verb ?? "none"));
        AddClasses(signals, "d", verb, words.Take(DescriptionObjectWindow));
    }

    private static string ParameterText(IReadOnlyList<ToolParameterShape>? parameters, StringBuilder signals)
    {
        if (parameters is null)
        {
            Add(signals, "params:unknown");
            return "";
        }

        Add(signals, parameters.Count switch
        {
            0 => "params:0",
            1 => "params:1",
            <= 3 => "params:2-3",
            <= 6 => "params:4-6",
            _ => "params:7+",
        });

        var text = new StringBuilder();
        foreach (var parameter in parameters.Take(MaxParameters))
        {
            var words = IdentifierWords.Split(parameter.Name.Length > MaxNameLength ? parameter.Name[..MaxNameLength] : parameter.Name);
            var type = TypeToken(parameter.Type);
            Add(signals, "ptype:" + type);
            foreach (var word in words)
            {
                var stem = WordForms.Stem(word);
                text.Append(stem).Append(' ');
                if (WordForms.ObjectClass(stem) is { } objectClass)
                {
                    Add(signals, "pobj:" + objectClass);
                }

                if (FreeFormTypes.Contains(type) && (FreeFormWords.Contains(word) || FreeFormWords.Contains(stem)))
                {
                    Add(signals, "free:" + stem);
                    if (parameter.Required)
                    {
                        Add(signals, "free:required");
                    }
                }
            }

            var compact = string.Concat(words);
            if (words.Count > 1)
            {
                text.Append(compact).Append(' ');
            }

            if (type == "enum" && ActionSelectors.Contains(compact))
            {
                Add(signals, "multiaction");
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Source type names (<c>time.Time</c>, <c>str | int</c>) become one lower-case token without spaces.</summary>
    private static string TypeToken(string type)
    {
        var words = IdentifierWords.Split(type, splitCase: false);
        return words.Count == 0 ? "any" : string.Join('-', words);
    }

    private static void AddHints(ModelToolInput tool, StringBuilder signals)
    {
        var hints = tool.Annotations;
        if (!hints.Any)
        {
            Add(signals, "hints:none");
            return;
        }

        Add(signals, "ro:" + Hint(hints.ReadOnlyHint));
        Add(signals, "destr:" + Hint(hints.DestructiveHint));
        Add(signals, "idem:" + Hint(hints.IdempotentHint));
        Add(signals, "open:" + Hint(hints.OpenWorldHint));
    }

    private static string Hint(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "none",
    };

    private static void Add(StringBuilder signals, string token)
    {
        if (signals.Length > 0)
        {
            signals.Append(' ');
        }

        signals.Append(token);
    }
}
