using System.Text.Json;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;

namespace Catalog.Site.Tests;

public sealed class PolicyJsonWriterTests
{
    [Fact]
    public void Write_FullDocument_ExactV1Format()
    {
        // Given a document using every part of the format
        var doc = new PolicyDocument
        {
            Default = PolicyDefault.Deny,
            Hide = ["debug_eval"],
            AllTools = new ToolRule { Limits = [new RateLimit("all_calls", LimitWindow.Minute, 120)] },
            Tools =
            [
                new("read_file", ToolRule.Allow),
                new("run_command", new ToolRule
                {
                    DenyIf = [new DenyRule([new PolicyCondition("args.command", "in", "[\"rm\",\"dd\"]"), new PolicyCondition("args.force", "eq", "true")], "Too dangerous.")],
                    Limits = [new RateLimit("executions", LimitWindow.Day, 10)],
                }),
            ],
        };

        // When it is written
        var json = PolicyJsonWriter.Write(doc);

        // Then the text is exactly the v1 format: fixed member order, raw condition values, two-space indent
        const string expected = """
            {
              "version": "1",
              "default": "deny",
              "hide": [
                "debug_eval"
              ],
              "all_tools": {
                "limits": [
                  {
                    "counter": "all_calls",
                    "window": "minute",
                    "max": 120,
                    "scope": "grant"
                  }
                ]
              },
              "tools": {
                "read_file": {},
                "run_command": {
                  "deny_if": [
                    {
                      "conditions": [
                        {
                          "path": "args.command",
                          "op": "in",
                          "value": ["rm","dd"]
                        },
                        {
                          "path": "args.force",
                          "op": "eq",
                          "value": true
                        }
                      ],
                      "on_deny": "Too dangerous."
                    }
                  ],
                  "limits": [
                    {
                      "counter": "executions",
                      "window": "day",
                      "max": 10,
                      "scope": "grant"
                    }
                  ]
                }
              }
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), json);
    }

    [Fact]
    public void Write_EmptyHideAndNoAllTools_LeavesThemOut()
    {
        // Given a minimal allow-all document
        var doc = new PolicyDocument { Default = PolicyDefault.Allow, Tools = [] };

        // When it is written
        using var parsed = JsonDocument.Parse(PolicyJsonWriter.Write(doc));

        // Then only version, default and tools appear
        Assert.Equal(["version", "default", "tools"], parsed.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("allow", parsed.RootElement.GetProperty("default").GetString());
    }

    [Fact]
    public void Write_HostileToolName_WrittenVerbatimAsEscapedJson()
    {
        // Given a tool name with quotes, markup and a bidi override
        const string name = "x\"}<script>\u202E";
        var doc = new PolicyDocument { Default = PolicyDefault.Deny, Tools = [new(name, ToolRule.Allow)] };

        // When it is written
        var json = PolicyJsonWriter.Write(doc);

        // Then the JSON is valid, reads back the exact name, and carries no raw markup or control character
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(name, parsed.RootElement.GetProperty("tools").EnumerateObject().Single().Name);
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', json);
    }

    [Fact]
    public void Write_SameDocumentTwice_SameText()
    {
        // Given one document
        var doc = new PolicyDocument { Default = PolicyDefault.Deny, Tools = [new("a", new ToolRule { Limits = [new RateLimit("c", LimitWindow.Hour, 5)] })] };

        // Then writing it twice gives the same text
        Assert.Equal(PolicyJsonWriter.Write(doc), PolicyJsonWriter.Write(doc));
    }
}
