using Catalog.Domain.Policies;
using Catalog.Site.Outputs;

namespace Catalog.Site.Tests;

/// <summary>The site's own Intercept YAML writer against the same document made with YamlDotNet's emitter: byte for byte.</summary>
public sealed class PolicyYamlReferenceTests
{
    /// <summary>Every kind of character a name or message can hold, one per string, and all of them together.</summary>
    public static TheoryData<string> Texts()
    {
        string[] singles =
        [
            "plain_name", "", " ", "say \"hi\"", "back\\slash", "key: value", "# comment", "- dash", "&a *b !c", "[x] {y}", "|>%@`",
            "tab\there", "line\nbreak", "cr\rlf", "nul\0", "bell\a", "bs\b", "vt\v", "ff\f", "esc\u001b", "del\u007f", "c1\u0080\u0084\u0086\u009f",
            "nel\u0085", "nbsp\u00a0", "latin1 \u00e9\u00ff", "ls\u2028", "ps\u2029", "bom\ufeff", "rtl\u202e", "zw\u200b", "cjk \u65e5\u672c",
            "private\ue000", "last bmp \ufffd", "nonchars \ufffe\uffff", "emoji \U0001F600", "plane 16 \U0010FFFD", "true", "null", "1e3", "~",
            new string('k', 1024), new string('k', 1025), "---", "...", "- ", "? x", ": y",
        ];
        var data = new TheoryData<string>();
        foreach (var text in singles)
        {
            data.Add(text);
        }

        data.Add(string.Concat(singles));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Write_AnyText_SameBytesAsYamlDotNet(string text)
    {
        // Given a policy with the text in every place text can go: description, hidden name, tool name, rule
        // name, condition path, string, list and object values, message, counter, and an operator that is not a word
        var policy = new InterceptPolicy
        {
            Description = text,
            Default = PolicyDefault.Deny,
            Hide = [text, "other"],
            AllTools = [new InterceptRule { Name = text, RateLimit = new InterceptRateLimit(120, LimitWindow.Minute) }],
            Tools =
            [
                new(text.Length == 0 ? "empty-named" : text == "*" ? "star" : text, [
                    new InterceptRule
                    {
                        Name = text,
                        Action = InterceptAction.Deny,
                        Conditions =
                        [
                            new PolicyCondition("args." + text, "regex", System.Text.Json.JsonSerializer.Serialize(text)),
                            new PolicyCondition(text, text, "[1, -2.5e3, true, false, null, \"a\", [], {}, [\"x\", {\"k\": [1]}]]"),
                            new PolicyCondition("args.map", "in", System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { [text] = text, ["n"] = 1 })),
                        ],
                        OnDeny = text,
                    },
                    new InterceptRule { Name = "state", State = new InterceptState(text, LimitWindow.Day, 1) },
                ]),
                new("allowed", []),
            ],
        };

        // When both writers write it, then the bytes are the same
        Assert.Equal(ReferencePolicyYamlWriter.Write(policy), PolicyYamlWriter.Write(policy));
    }

    [Fact]
    public void Write_EmptyAndMinimalPolicies_SameBytesAsYamlDotNet()
    {
        // Given policies with nothing in them, only every-tool rules, only hidden tools, and allow by default
        InterceptPolicy[] policies =
        [
            new() { Default = PolicyDefault.Deny, Tools = [] },
            new() { Default = PolicyDefault.Allow, Tools = [], Description = "d" },
            new() { Default = PolicyDefault.Deny, Tools = [], AllTools = [new InterceptRule { Name = "all", RateLimit = new InterceptRateLimit(1, LimitWindow.Hour) }] },
            new() { Default = PolicyDefault.Deny, Tools = [], Hide = ["a", "b"] },
            new() { Default = PolicyDefault.Deny, Tools = [new("a", [new InterceptRule { Name = "evaluate only" }])] },
        ];

        // Then each is written as YamlDotNet writes it
        Assert.All(policies, policy => Assert.Equal(ReferencePolicyYamlWriter.Write(policy), PolicyYamlWriter.Write(policy)));
    }

    [Fact]
    public void Write_SampleCatalogPolicies_SameBytesAsYamlDotNet()
    {
        // Given the recommender's policies for the sample catalogue's servers and tools
        var recommender = new FakePolicyRecommender();
        var policies = SampleCatalog.All().SelectMany(server => server.Tools.Where(t => t.Name != "*").Select(recommender.InterceptForTool).Append(recommender.InterceptForServer(server))).ToList();

        // Then every one is written as YamlDotNet writes it
        Assert.True(policies.Count > 10);
        Assert.All(policies, policy => Assert.Equal(ReferencePolicyYamlWriter.Write(policy), PolicyYamlWriter.Write(policy)));
    }

    [Fact]
    public void Write_HalfASurrogatePair_EscapedWhereYamlDotNetRefuses()
    {
        // Given names holding half a surrogate pair: a high one alone (built here, as xunit's theory data would mend it) and a low one alone
        var high = "bad" + '\ud83d';
        var low = "odd" + '\udc00' + "end";
        var policy = new InterceptPolicy { Default = PolicyDefault.Deny, Tools = [new(high, []), new(low, [])] };

        // When it is written, then YamlDotNet's emitter refuses the high one, while the site's writer escapes both
        Assert.ThrowsAny<Exception>(() => ReferencePolicyYamlWriter.Write(policy));
        var yaml = PolicyYamlWriter.Write(policy);
        Assert.Contains("\"bad\\uD83D\":", yaml, StringComparison.Ordinal);
        Assert.Contains("\"odd\\uDC00end\":", yaml, StringComparison.Ordinal);

        // And the low one alone is written as YamlDotNet writes it
        var lowOnly = new InterceptPolicy { Default = PolicyDefault.Deny, Tools = [new(low, [])] };
        Assert.Equal(ReferencePolicyYamlWriter.Write(lowOnly), PolicyYamlWriter.Write(lowOnly));
    }
}
