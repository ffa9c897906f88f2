using System.Text.Json;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;

namespace Catalog.Site.Tests;

/// <summary>Tool names that need quoting, written by both policy writers and read back.</summary>
public sealed class PolicyNameQuotingTests
{
    public static TheoryData<string> HostileNames() => PolicyYamlWriterTests.HostileNames();

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void BothWriters_NameNeedingQuoting_ReadBackAsTheSameName(string name)
    {
        // Given the same policy in both models: the tool listed with a deny message and a limit, and a hidden twin
        var json = new PolicyDocument
        {
            Default = PolicyDefault.Deny,
            Hide = [name + "-hidden"],
            Tools = [new(name, new ToolRule { DenyIf = [new DenyRule([], name)], Limits = [new RateLimit(name + ".calls", LimitWindow.Minute, 5)] })],
        };
        var yaml = new InterceptPolicy
        {
            Default = PolicyDefault.Deny,
            Hide = [name + "-hidden"],
            Tools = [new(name, [new InterceptRule { Name = "deny", Action = InterceptAction.Deny, OnDeny = name }, new InterceptRule { Name = "rate limit", RateLimit = new InterceptRateLimit(5, LimitWindow.Minute) }])],
        };

        // When both are written and parsed back
        using var parsedJson = JsonDocument.Parse(PolicyJsonWriter.Write(json));
        var parsedYaml = InterceptYamlReader.Read(PolicyYamlWriter.Write(yaml));

        // Then each format names the same tool, hides the same twin and keeps the message exactly
        var tool = Assert.Single(parsedJson.RootElement.GetProperty("tools").EnumerateObject());
        Assert.Equal(name, tool.Name);
        Assert.Equal(name, tool.Value.GetProperty("deny_if")[0].GetProperty("on_deny").GetString());
        Assert.Equal(name + ".calls", tool.Value.GetProperty("limits")[0].GetProperty("counter").GetString());
        Assert.Equal(name + "-hidden", Assert.Single(parsedJson.RootElement.GetProperty("hide").EnumerateArray()).GetString());
        Assert.Equal(name, Assert.Single(parsedYaml.Tools).Key);
        Assert.Equal(name, parsedYaml.Tools[0].Value[0].OnDeny);
        Assert.Equal(name + "-hidden", Assert.Single(parsedYaml.Hide));
    }
}
