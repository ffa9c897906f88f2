using Catalog.Domain.Policies;
using Catalog.Site.Outputs;
using YamlDotNet.RepresentationModel;

namespace Catalog.Site.Tests;

public sealed class PolicyYamlWriterTests
{
    /// <summary>Names that break unquoted YAML: quotes, colons, comments, list dashes, line breaks, aliases, tags, flow markers, look-alike scalars and unicode.</summary>
    public static TheoryData<string> HostileNames() =>
    [
        "say \"hi\" and 'bye'",
        "key: value",
        "name # not a comment",
        "#comment",
        "- leading dash",
        "-",
        "line\nbreak",
        "carriage\r\nreturn",
        "tab\there",
        "&anchor",
        "*alias",
        "!tag",
        "[list]",
        "{map}",
        "|",
        "> folded",
        "%directive",
        "@at",
        "`tick`",
        "true",
        "null",
        "~",
        "0x1F",
        "1e3",
        "",
        " padded ",
        "back\\slash",
        "naïve/ünïcode.tool",
        "日本語のツール",
        "emoji 😀 tool",
        "rtl \u202E override",
        "zero\u200Bwidth",
        "next\u0085line",
        "line\u2028separator",
        "bom\uFEFF",
    ];

    [Fact]
    public void Write_FullPolicy_ExactInterceptFormat()
    {
        // Given a policy using every part of the format
        var policy = new InterceptPolicy
        {
            Description = "Catalog's balanced policy for acme/pay",
            Default = PolicyDefault.Deny,
            Hide = ["delete_customer"],
            AllTools = [new InterceptRule { Name = "all tools", RateLimit = new InterceptRateLimit(120, LimitWindow.Minute) }],
            Tools =
            [
                new("create_refund", [
                    new InterceptRule
                    {
                        Name = "small amounts only",
                        Conditions = [new PolicyCondition("args.amount", "exists", "true"), new PolicyCondition("args.amount", "lte", "100")],
                        OnDeny = "Requires human approval.",
                    },
                    new InterceptRule
                    {
                        Name = "small payments per day",
                        Conditions = [new PolicyCondition("state.create_refund.small_payments", "lte", "5")],
                        State = new InterceptState("small_payments", LimitWindow.Day),
                    },
                ]),
                new("list_payments", []),
                new("run", [
                    new InterceptRule
                    {
                        Name = "no rm -rf in command",
                        Action = InterceptAction.Deny,
                        Conditions = [new PolicyCondition("args.command", "regex", "\"\\\\brm\\\\s+-rf\""), new PolicyCondition("args.mode", "in", "[\"a\",\"b\"]")],
                        OnDeny = "Refused: `command` contains rm -rf.",
                    },
                    new InterceptRule { Name = "rate limit", RateLimit = new InterceptRateLimit(10, LimitWindow.Minute) },
                ]),
            ],
        };

        // When it is written
        var yaml = PolicyYamlWriter.Write(policy);

        // Then the text is the Intercept format: data quoted, our own words plain, "evaluate" left implicit
        const string expected = """
            version: "1"
            description: "Catalog's balanced policy for acme/pay"
            default: deny
            hide:
              - "delete_customer"
            tools:
              "create_refund":
                rules:
                  - name: "small amounts only"
                    conditions:
                      - path: "args.amount"
                        op: exists
                        value: true
                      - path: "args.amount"
                        op: lte
                        value: 100
                    on_deny: "Requires human approval."
                  - name: "small payments per day"
                    conditions:
                      - path: "state.create_refund.small_payments"
                        op: lte
                        value: 5
                    state:
                      counter: "small_payments"
                      window: day
                      increment: 1
              "list_payments":
                rules: []
              "run":
                rules:
                  - name: "no rm -rf in command"
                    action: deny
                    conditions:
                      - path: "args.command"
                        op: regex
                        value: "\\brm\\s+-rf"
                      - path: "args.mode"
                        op: in
                        value: ["a", "b"]
                    on_deny: "Refused: `command` contains rm -rf."
                  - name: "rate limit"
                    rate_limit: "10/minute"
              "*":
                rules:
                  - name: "all tools"
                    rate_limit: "120/minute"

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), yaml);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameText()
    {
        // Given a written policy with a regex, a list value and hostile text in messages
        var yaml = PolicyYamlWriter.Write(new InterceptPolicy
        {
            Description = "line one\nline \"two\" # three",
            Default = PolicyDefault.Allow,
            Tools =
            [
                new("q", [
                    new InterceptRule
                    {
                        Name = "no DROP in sql",
                        Action = InterceptAction.Deny,
                        Conditions = [new PolicyCondition("args.sql", "regex", "\"(?i)\\\\bdrop\\\\s+(table|database)\\\\b\"")],
                        OnDeny = "Refused: `sql` contains DROP TABLE/DATABASE.",
                    },
                    new InterceptRule { Name = "list", Conditions = [new PolicyCondition("args.env", "not_in", "[\"prod\",1,true]")] },
                ]),
            ],
        });

        // When YamlDotNet reads it back into the model and it is written again
        var again = PolicyYamlWriter.Write(InterceptYamlReader.Read(yaml));

        // Then nothing changed
        Assert.Equal(yaml, again);
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void Write_NameNeedingQuoting_ParsesBackToTheSameName(string name)
    {
        // Given a policy naming a tool, hiding another and refusing with messages that all use the name
        var policy = new InterceptPolicy
        {
            Description = name,
            Default = PolicyDefault.Deny,
            Hide = [name + "-hidden"],
            Tools = [new(name, [new InterceptRule { Name = name, Action = InterceptAction.Deny, OnDeny = name }])],
        };

        // When it is written and YamlDotNet reads it back
        var yaml = PolicyYamlWriter.Write(policy);
        var read = InterceptYamlReader.Read(yaml);

        // Then every string is exactly what was written, the file is one document, and it holds only printable ASCII
        Assert.Equal(name, Assert.Single(read.Tools).Key);
        Assert.Equal(name + "-hidden", Assert.Single(read.Hide));
        Assert.Equal(name, read.Description);
        var rule = Assert.Single(Assert.Single(read.Tools).Value);
        Assert.Equal(name, rule.Name);
        Assert.Equal(name, rule.OnDeny);
        Assert.All(yaml, c => Assert.True(c == '\n' || c is >= ' ' and <= '~', $"character U+{(int)c:X4} written as is"));
        Assert.Equal(yaml, PolicyYamlWriter.Write(read));
    }

    [Fact]
    public void Write_EveryToolRule_IsAKeyOfTools()
    {
        // Given a policy with several tools, one of them with no rules
        var policy = new InterceptPolicy
        {
            Default = PolicyDefault.Deny,
            Tools = [new("a", []), new("b: c", [new InterceptRule { Name = "r", RateLimit = new InterceptRateLimit(1, LimitWindow.Day) }])],
        };

        // When it is written and parsed as plain YAML
        var stream = new YamlStream();
        stream.Load(new StringReader(PolicyYamlWriter.Write(policy)));
        var tools = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)[new YamlScalarNode("tools")];

        // Then the tools mapping has exactly the two names, and the empty one has an empty rule list
        Assert.Equal(["a", "b: c"], tools.Children.Keys.Select(key => ((YamlScalarNode)key).Value));
        Assert.Empty((YamlSequenceNode)((YamlMappingNode)tools[new YamlScalarNode("a")])[new YamlScalarNode("rules")]);
    }

    [Fact]
    public void Write_ToolNamedStar_IsRefused()
    {
        // Given a policy naming a tool "*", which the format reads as every tool
        var policy = new InterceptPolicy { Default = PolicyDefault.Deny, Tools = [new("*", [])] };

        // When it is written
        // Then the writer refuses rather than widen the rule to every tool
        Assert.Throws<ArgumentException>(() => PolicyYamlWriter.Write(policy));
    }

    [Fact]
    public void Write_SamePolicyTwice_SameText()
    {
        // Given a policy
        var policy = new InterceptPolicy
        {
            Default = PolicyDefault.Deny,
            Hide = ["x"],
            Tools = [new("y", [new InterceptRule { Name = "r", RateLimit = new InterceptRateLimit(60, LimitWindow.Minute) }])],
        };

        // When it is written twice
        // Then the bytes are the same
        Assert.Equal(PolicyYamlWriter.Write(policy), PolicyYamlWriter.Write(policy));
    }
}
