using System.Globalization;
using System.Text;
using System.Text.Json;
using Catalog.Domain.Policies;

namespace Catalog.Site.Outputs;

/// <summary>
/// Writes an <see cref="InterceptPolicy"/> in the Intercept YAML format. Every string that comes from
/// data (tool names, messages, patterns, descriptions) is double-quoted, so no name can turn into a
/// comment, an alias, a list item, a number or a second key; characters outside printable ASCII are
/// written as escapes, so like policy.json the file is ASCII and shows no invisible or direction-changing
/// character. Members appear in a fixed order and absent parts are left out: the same policy always
/// gives the same bytes.
/// <para>
/// The text is written directly rather than through a YAML emitter: the format is one fixed shape whose
/// only free text is double-quoted, and every tool page carries a policy, so YamlDotNet's general emitter
/// (which analyses every scalar for every style it could take) was half of preparing a server's pages.
/// The tests hold this writer byte for byte to the same document made with YamlDotNet's emitter, and read
/// what it writes back with YamlDotNet's parser.
/// </para>
/// </summary>
public static class PolicyYamlWriter
{
    /// <summary>The key the format reads as "every tool".</summary>
    public const string EveryTool = "*";

    /// <exception cref="ArgumentException">A tool is named <c>"*"</c>, which the format reserves for every tool.</exception>
    public static string Write(InterceptPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Tools.Any(tool => tool.Key == EveryTool))
        {
            throw new ArgumentException("A tool named \"*\" cannot be written: the format reads it as every tool.", nameof(policy));
        }

        var yaml = scratch ??= new StringBuilder(1024);
        if (yaml.Capacity > KeptCapacity)
        {
            yaml = scratch = new StringBuilder(1024);
        }

        yaml.Clear();
        yaml.Append("version: ");
        Quoted(yaml, policy.Version);
        yaml.Append('\n');
        if (policy.Description.Length > 0)
        {
            yaml.Append("description: ");
            Quoted(yaml, policy.Description);
            yaml.Append('\n');
        }

        yaml.Append("default: ").Append(policy.Default switch
        {
            PolicyDefault.Deny => "deny",
            PolicyDefault.Allow => "allow",
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy.Default, "Unknown policy default."),
        }).Append('\n');

        if (policy.Hide.Count > 0)
        {
            yaml.Append("hide:\n");
            foreach (var name in policy.Hide)
            {
                yaml.Append("  - ");
                Quoted(yaml, name);
                yaml.Append('\n');
            }
        }

        if (policy.Tools.Count == 0 && policy.AllTools.Count == 0)
        {
            // An empty block mapping has no block form.
            yaml.Append("tools: {}\n");
            return yaml.ToString();
        }

        yaml.Append("tools:\n");
        foreach (var (name, rules) in policy.Tools)
        {
            ToolEntry(yaml, name, rules);
        }

        if (policy.AllTools.Count > 0)
        {
            ToolEntry(yaml, EveryTool, policy.AllTools);
        }

        return yaml.ToString();
    }

    /// <summary>This thread's builder: every tool page writes a policy, and growing a new builder for each doubled what making one allocated.</summary>
    [ThreadStatic]
    private static StringBuilder? scratch;

    /// <summary>A builder grown beyond this by an outsized policy is replaced rather than kept for the thread's life.</summary>
    private const int KeptCapacity = 1 << 20;

    private static void ToolEntry(StringBuilder yaml, string name, IReadOnlyList<InterceptRule> rules)
    {
        if (IsSimpleKey(name))
        {
            yaml.Append("  ");
            Quoted(yaml, name);
            yaml.Append(":\n    ");
        }
        else
        {
            yaml.Append("  ? ");
            Quoted(yaml, name);
            yaml.Append("\n  : ");
        }

        // Under default deny "rules: []" is what allows a listed tool as it is.
        if (rules.Count == 0)
        {
            yaml.Append("rules: []\n");
            return;
        }

        yaml.Append("rules:\n");
        foreach (var rule in rules)
        {
            Rule(yaml, rule);
        }
    }

    private static void Rule(StringBuilder yaml, InterceptRule rule)
    {
        const string Member = "        ";
        yaml.Append("      - name: ");
        Quoted(yaml, rule.Name);
        yaml.Append('\n');

        // "evaluate" is the format's default, so only a deny rule says what it is.
        if (rule.Action == InterceptAction.Deny)
        {
            yaml.Append(Member).Append("action: deny\n");
        }

        if (rule.Conditions.Count > 0)
        {
            yaml.Append(Member).Append("conditions:\n");
            foreach (var condition in rule.Conditions)
            {
                yaml.Append(Member).Append("  - path: ");
                Quoted(yaml, condition.Path);
                yaml.Append('\n').Append(Member).Append("    op: ");
                Word(yaml, condition.Op);
                yaml.Append('\n').Append(Member).Append("    value: ");
                using (var value = JsonDocument.Parse(condition.ValueJson))
                {
                    Value(yaml, value.RootElement);
                }

                yaml.Append('\n');
            }
        }

        if (rule.OnDeny is { } message)
        {
            yaml.Append(Member).Append("on_deny: ");
            Quoted(yaml, message);
            yaml.Append('\n');
        }

        if (rule.State is { } state)
        {
            yaml.Append(Member).Append("state:\n").Append(Member).Append("  counter: ");
            Quoted(yaml, state.Counter);
            yaml.Append('\n').Append(Member).Append("  window: ").Append(Window(state.Window)).Append('\n')
                .Append(Member).Append("  increment: ").Append(state.Increment.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        if (rule.RateLimit is { } limit)
        {
            yaml.Append(Member).Append("rate_limit: ");
            Quoted(yaml, limit.Max.ToString(CultureInfo.InvariantCulture) + "/" + Window(limit.Window));
            yaml.Append('\n');
        }
    }

    /// <summary>A condition's value keeps its JSON type: text quoted, numbers and booleans plain, lists and objects in flow style.</summary>
    private static void Value(StringBuilder yaml, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Quoted(yaml, value.GetString()!);
                break;
            case JsonValueKind.Number:
                yaml.Append(value.GetRawText());
                break;
            case JsonValueKind.True:
                yaml.Append("true");
                break;
            case JsonValueKind.False:
                yaml.Append("false");
                break;
            case JsonValueKind.Null:
                yaml.Append("null");
                break;
            case JsonValueKind.Array:
            {
                yaml.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    yaml.Append(first ? "" : ", ");
                    Value(yaml, item);
                    first = false;
                }

                yaml.Append(']');
                break;
            }

            case JsonValueKind.Object:
            {
                yaml.Append('{');
                var first = true;
                foreach (var property in value.EnumerateObject())
                {
                    yaml.Append(first ? "" : ", ");
                    if (IsSimpleKey(property.Name))
                    {
                        Quoted(yaml, property.Name);
                        yaml.Append(": ");
                    }
                    else
                    {
                        yaml.Append("? ");
                        Quoted(yaml, property.Name);
                        yaml.Append(" : ");
                    }

                    Value(yaml, property.Value);
                    first = false;
                }

                yaml.Append('}');
                break;
            }

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

    /// <summary>An operator is a plain word when it is one; anything else is data and is quoted.</summary>
    private static void Word(StringBuilder yaml, string value)
    {
        if (value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or '_'))
        {
            yaml.Append(value);
        }
        else
        {
            Quoted(yaml, value);
        }
    }

    /// <summary>
    /// A double-quoted scalar in ASCII: printable ASCII as it is except <c>"</c> and <c>\</c>; YAML's short
    /// escapes for control characters and line breaks; <c>\xXX</c> for other characters up to U+00FF that YAML
    /// does not count as printable; <c>\uXXXX</c> for everything else, and <c>\UXXXXXXXX</c> for a character
    /// beyond the basic plane. Half a surrogate pair (broken text) is written as its own <c>\uXXXX</c> where
    /// YamlDotNet's emitter refuses it: one odd tool name must not stop a whole site build.
    /// </summary>
    private static void Quoted(StringBuilder yaml, string value)
    {
        yaml.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    yaml.Append("\\\"");
                    continue;
                case '\\':
                    yaml.Append("\\\\");
                    continue;
                case >= ' ' and <= '~':
                    yaml.Append(c);
                    continue;
                case '\0':
                    yaml.Append("\\0");
                    continue;
                case '\a':
                    yaml.Append("\\a");
                    continue;
                case '\b':
                    yaml.Append("\\b");
                    continue;
                case '\t':
                    yaml.Append("\\t");
                    continue;
                case '\n':
                    yaml.Append("\\n");
                    continue;
                case '\v':
                    yaml.Append("\\v");
                    continue;
                case '\f':
                    yaml.Append("\\f");
                    continue;
                case '\r':
                    yaml.Append("\\r");
                    continue;
                case '\u001b':
                    yaml.Append("\\e");
                    continue;
                case '\u0085':
                    yaml.Append("\\N");
                    continue;
                case '\u2028':
                    yaml.Append("\\L");
                    continue;
                case '\u2029':
                    yaml.Append("\\P");
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                yaml.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(c, value[i + 1]):X8}");
                i++;
            }
            else if (c <= '\u00FF' && !IsYamlPrintable(c))
            {
                yaml.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                yaml.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        yaml.Append('"');
    }

    /// <summary>
    /// A key YAML can write as it is, followed by a colon: on one line and not too long (1,024 characters, as
    /// YamlDotNet emits). Any other key is written as an explicit "? key" with its value after ": ".
    /// </summary>
    private static bool IsSimpleKey(string key) => key.Length <= 1024 && key.AsSpan().IndexOfAny(LineBreaks) < 0;

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>YAML's printable characters beyond ASCII (U+00A0 and up, outside the surrogates and U+FFFE/U+FFFF).</summary>
    private static bool IsYamlPrintable(char c) => c is (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
