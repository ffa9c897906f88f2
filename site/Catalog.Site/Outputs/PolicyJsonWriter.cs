using System.Text;
using System.Text.Json;
using Catalog.Domain.Policies;

namespace Catalog.Site.Outputs;

/// <summary>
/// Writes a <see cref="PolicyDocument"/> in the gateway's "policy.json v1" format. Members appear in a
/// fixed order, empty lists and absent parts are left out, tool names are written as they are (only
/// JSON-escaped), and condition values are copied raw, so the same document always gives the same bytes.
/// </summary>
public static class PolicyJsonWriter
{
    public static string Write(PolicyDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var json = scratch ??= new JsonScratch(SiteJson.WriterOptions);
        var writer = json.Begin();
        WriteTo(writer, doc);
        writer.Flush();
        return Encoding.UTF8.GetString(json.Written);
    }

    /// <summary>This thread's writer and buffer: every tool page writes a policy, and a fresh stream and writer for each were most of what making one allocated.</summary>
    [ThreadStatic]
    private static JsonScratch? scratch;

    internal static void WriteTo(Utf8JsonWriter writer, PolicyDocument doc)
    {
        writer.WriteStartObject();
        writer.WriteString("version", doc.Version);
        writer.WriteString("default", doc.Default switch
        {
            PolicyDefault.Deny => "deny",
            PolicyDefault.Allow => "allow",
            _ => throw new ArgumentOutOfRangeException(nameof(doc), doc.Default, "Unknown policy default."),
        });

        if (doc.Hide.Count > 0)
        {
            writer.WriteStartArray("hide");
            foreach (var name in doc.Hide)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        if (doc.AllTools is not null)
        {
            writer.WritePropertyName("all_tools");
            WriteRule(writer, doc.AllTools);
        }

        writer.WriteStartObject("tools");
        foreach (var (name, rule) in doc.Tools)
        {
            writer.WritePropertyName(name);
            WriteRule(writer, rule);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, ToolRule rule)
    {
        writer.WriteStartObject();
        if (rule.DenyIf.Count > 0)
        {
            writer.WriteStartArray("deny_if");
            foreach (var deny in rule.DenyIf)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("conditions");
                foreach (var condition in deny.Conditions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", condition.Path);
                    writer.WriteString("op", condition.Op);
                    writer.WritePropertyName("value");
                    writer.WriteRawValue(condition.ValueJson);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteString("on_deny", deny.OnDeny);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (rule.Limits.Count > 0)
        {
            writer.WriteStartArray("limits");
            foreach (var limit in rule.Limits)
            {
                writer.WriteStartObject();
                writer.WriteString("counter", limit.Counter);
                writer.WriteString("window", Window(limit.Window));
                writer.WriteNumber("max", limit.Max);
                writer.WriteString("scope", limit.Scope);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static string Window(LimitWindow window) => window switch
    {
        LimitWindow.Minute => "minute",
        LimitWindow.Hour => "hour",
        LimitWindow.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown limit window."),
    };
}
