using System.Globalization;
using System.Text.Json;
using Catalog.Domain.Policies;
using YamlDotNet.RepresentationModel;

namespace Catalog.Site.Tests;

/// <summary>
/// Reads Intercept YAML back into the model with YamlDotNet, strictly: an unknown key or a wrong shape
/// fails the test, so writing what was read must give the same text.
/// </summary>
internal static class InterceptYamlReader
{
    public static InterceptPolicy Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
        AssertKeys(root, "version", "description", "default", "hide", "tools");
        var tools = (YamlMappingNode)root[new YamlScalarNode("tools")];
        return new InterceptPolicy
        {
            Version = Text(root, "version")!,
            Description = Text(root, "description") ?? "",
            Default = Text(root, "default") switch
            {
                "deny" => PolicyDefault.Deny,
                "allow" => PolicyDefault.Allow,
                var other => throw new Xunit.Sdk.XunitException($"default '{other}'"),
            },
            Hide = root.Children.TryGetValue(new YamlScalarNode("hide"), out var hide) ? ((YamlSequenceNode)hide).Select(Scalar).ToList() : [],
            AllTools = tools.Children.TryGetValue(new YamlScalarNode("*"), out var all) ? Rules(all) : [],
            Tools = tools.Children
                .Where(entry => Scalar(entry.Key) != "*")
                .Select(entry => new KeyValuePair<string, IReadOnlyList<InterceptRule>>(Scalar(entry.Key), Rules(entry.Value)))
                .ToList(),
        };
    }

    private static List<InterceptRule> Rules(YamlNode entry)
    {
        var mapping = (YamlMappingNode)entry;
        AssertKeys(mapping, "rules");
        return ((YamlSequenceNode)mapping[new YamlScalarNode("rules")]).Cast<YamlMappingNode>().Select(Rule).ToList();
    }

    private static InterceptRule Rule(YamlMappingNode rule)
    {
        AssertKeys(rule, "name", "action", "conditions", "on_deny", "state", "rate_limit");
        return new InterceptRule
        {
            Name = Text(rule, "name")!,
            Action = Text(rule, "action") switch
            {
                null or "evaluate" => InterceptAction.Evaluate,
                "deny" => InterceptAction.Deny,
                var other => throw new Xunit.Sdk.XunitException($"action '{other}'"),
            },
            Conditions = rule.Children.TryGetValue(new YamlScalarNode("conditions"), out var conditions)
                ? ((YamlSequenceNode)conditions).Cast<YamlMappingNode>().Select(Condition).ToList()
                : [],
            OnDeny = Text(rule, "on_deny"),
            State = rule.Children.TryGetValue(new YamlScalarNode("state"), out var state) ? State((YamlMappingNode)state) : null,
            RateLimit = Text(rule, "rate_limit") is { } limit ? RateLimit(limit) : null,
        };
    }

    private static PolicyCondition Condition(YamlMappingNode condition)
    {
        AssertKeys(condition, "path", "op", "value");
        return new PolicyCondition(Text(condition, "path")!, Text(condition, "op")!, Json(condition[new YamlScalarNode("value")]));
    }

    private static InterceptState State(YamlMappingNode state)
    {
        AssertKeys(state, "counter", "window", "increment");
        return new InterceptState(Text(state, "counter")!, Window(Text(state, "window")!), int.Parse(Text(state, "increment")!, CultureInfo.InvariantCulture));
    }

    private static InterceptRateLimit RateLimit(string text)
    {
        var parts = text.Split('/');
        Assert.Equal(2, parts.Length);
        return new InterceptRateLimit(int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture), Window(parts[1]));
    }

    private static LimitWindow Window(string text) => text switch
    {
        "minute" => LimitWindow.Minute,
        "hour" => LimitWindow.Hour,
        "day" => LimitWindow.Day,
        _ => throw new Xunit.Sdk.XunitException($"window '{text}'"),
    };

    /// <summary>A condition value as the JSON text the model keeps: quoted scalars are text, plain ones numbers or booleans.</summary>
    private static string Json(YamlNode node) => node switch
    {
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.SingleQuoted } text => JsonSerializer.Serialize(text.Value),
        YamlScalarNode plain => plain.Value!,
        YamlSequenceNode list => "[" + string.Join(",", list.Select(Json)) + "]",
        _ => throw new Xunit.Sdk.XunitException($"unexpected value node {node.NodeType}"),
    };

    private static string? Text(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Scalar(value) : null;

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static void AssertKeys(YamlMappingNode mapping, params string[] allowed)
    {
        foreach (var key in mapping.Children.Keys)
        {
            Assert.Contains(Scalar(key), allowed);
        }
    }
}
