using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Storage.Tests;

/// <summary>Server snapshots for tests: a slug and tools, with plain facts unless the test is about them.</summary>
public static class Snapshots
{
    public static ServerSnapshot Server(string slug, params ToolDefinition[] tools) => new()
    {
        Identity = new ServerIdentity { Slug = slug, Name = $"acme/{slug}", Repository = $"acme/{slug}" },
        Facts = new ServerFacts { Description = $"The {slug} server.", Language = "TypeScript", Stars = 3 },
        Tools = tools,
        Source = "local:test",
    };
}
