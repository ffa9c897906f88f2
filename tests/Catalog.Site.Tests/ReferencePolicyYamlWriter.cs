using System.Globalization;
using System.Text;
using System.Text.Json;
using Catalog.Domain.Policies;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Catalog.Site.Tests;

/// <summary>
/// The Intercept YAML writer as it was made with YamlDotNet's emitter: the reference the site's own writer
/// (<see cref="Outputs.PolicyYamlWriter"/>) is held to byte for byte. Every data string double-quoted,
/// non-ASCII escaped, members in a fixed order.
/// </summary>
internal static class ReferencePolicyYamlWriter
{
    private const string EveryTool = "*";

    private static readonly EmitterSettings Settings = new EmitterSettings()
        .WithBestIndent(2)
        .WithBestWidth(int.MaxValue)
        .WithNewLine("\n")
        .WithIndentedSequences();

    /// <exception cref="ArgumentException">A tool is named <c>"*"</c>, which the format reserves for every tool.</exception>
    public static string Write(InterceptPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Tools.Any(tool => tool.Key == EveryTool))
        {
            throw new ArgumentException("A tool named \"*\" cannot be written: the format reads it as every tool.", nameof(policy));
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        Key(emitter, "version");
        Quoted(emitter, policy.Version);
        if (policy.Description.Length > 0)
        {
            Key(emitter, "description");
            Quoted(emitter, policy.Description);
        }

        Key(emitter, "default");
        Plain(emitter, policy.Default switch
        {
            PolicyDefault.Deny => "deny",
            PolicyDefault.Allow => "allow",
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy.Default, "Unknown policy default."),
        });

        if (policy.Hide.Count > 0)
        {
            Key(emitter, "hide");
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
            foreach (var name in policy.Hide)
            {
                Quoted(emitter, name);
            }

            emitter.Emit(new SequenceEnd());
        }

        Key(emitter, "tools");
        emitter.Emit(new MappingStart());
        foreach (var (name, rules) in policy.Tools)
        {
            Quoted(emitter, name);
            WriteRules(emitter, rules);
        }

        if (policy.AllTools.Count > 0)
        {
            Quoted(emitter, EveryTool);
            WriteRules(emitter, policy.AllTools);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return AsciiOnly(text.ToString());
    }

    private static void WriteRules(IEmitter emitter, IReadOnlyList<InterceptRule> rules)
    {
        emitter.Emit(new MappingStart());
        Key(emitter, "rules");

        // Under default deny "rules: []" is what allows a listed tool as it is.
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, rules.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var rule in rules)
        {
            WriteRule(emitter, rule);
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
    }

    private static void WriteRule(IEmitter emitter, InterceptRule rule)
    {
        emitter.Emit(new MappingStart());
        Key(emitter, "name");
        Quoted(emitter, rule.Name);

        // "evaluate" is the format's default, so only a deny rule says what it is.
        if (rule.Action == InterceptAction.Deny)
        {
            Key(emitter, "action");
            Plain(emitter, "deny");
        }

        if (rule.Conditions.Count > 0)
        {
            Key(emitter, "conditions");
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
            foreach (var condition in rule.Conditions)
            {
                emitter.Emit(new MappingStart());
                Key(emitter, "path");
                Quoted(emitter, condition.Path);
                Key(emitter, "op");
                Word(emitter, condition.Op);
                Key(emitter, "value");
                using (var value = JsonDocument.Parse(condition.ValueJson))
                {
                    WriteValue(emitter, value.RootElement);
                }

                emitter.Emit(new MappingEnd());
            }

            emitter.Emit(new SequenceEnd());
        }

        if (rule.OnDeny is { } message)
        {
            Key(emitter, "on_deny");
            Quoted(emitter, message);
        }

        if (rule.State is { } state)
        {
            Key(emitter, "state");
            emitter.Emit(new MappingStart());
            Key(emitter, "counter");
            Quoted(emitter, state.Counter);
            Key(emitter, "window");
            Plain(emitter, Window(state.Window));
            Key(emitter, "increment");
            Plain(emitter, state.Increment.ToString(CultureInfo.InvariantCulture));
            emitter.Emit(new MappingEnd());
        }

        if (rule.RateLimit is { } limit)
        {
            Key(emitter, "rate_limit");
            Quoted(emitter, limit.Max.ToString(CultureInfo.InvariantCulture) + "/" + Window(limit.Window));
        }

        emitter.Emit(new MappingEnd());
    }

    /// <summary>A condition's value keeps its JSON type: text quoted, numbers and booleans plain, lists as flow sequences.</summary>
    private static void WriteValue(IEmitter emitter, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Quoted(emitter, value.GetString()!);
                break;
            case JsonValueKind.Number:
                Plain(emitter, value.GetRawText());
                break;
            case JsonValueKind.True:
                Plain(emitter, "true");
                break;
            case JsonValueKind.False:
                Plain(emitter, "false");
                break;
            case JsonValueKind.Null:
                Plain(emitter, "null");
                break;
            case JsonValueKind.Array:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
                foreach (var item in value.EnumerateArray())
                {
                    WriteValue(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.Object:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
                foreach (var property in value.EnumerateObject())
                {
                    Quoted(emitter, property.Name);
                    WriteValue(emitter, property.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.ValueKind, "Unknown JSON value kind.");
        }
    }

    private static string Window(LimitWindow window) => window switch
    {
        LimitWindow.Minute => "minute",
        LimitWindow.Hour => "hour",
        LimitWindow.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown limit window."),
    };

    private static void Key(IEmitter emitter, string key) => Plain(emitter, key);

    /// <summary>Our own words (keys, operators, windows, numbers), which never need quoting.</summary>
    private static void Plain(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    private static void Quoted(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));

    /// <summary>An operator is a plain word when it is one; anything else is data and is quoted.</summary>
    private static void Word(IEmitter emitter, string value)
    {
        if (value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or '_'))
        {
            Plain(emitter, value);
        }
        else
        {
            Quoted(emitter, value);
        }
    }

    /// <summary>
    /// The emitter writes printable non-ASCII characters as they are. Outside double-quoted scalars this
    /// writer emits only ASCII, and inside them any character may be an escape, so each such character
    /// becomes <c>\uXXXX</c> (or <c>\UXXXXXXXX</c> beyond the basic plane) with the same meaning.
    /// </summary>
    private static string AsciiOnly(string yaml)
    {
        if (yaml.All(c => c is '\n' or (>= ' ' and <= '~')))
        {
            return yaml;
        }

        var builder = new StringBuilder(yaml.Length + 32);
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c is '\n' or (>= ' ' and <= '~'))
            {
                builder.Append(c);
            }
            else if (c == '\t')
            {
                builder.Append("\\t");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < yaml.Length && char.IsLowSurrogate(yaml[i + 1]))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(c, yaml[i + 1]):X8}");
                i++;
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }
}
