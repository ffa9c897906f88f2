namespace Catalog.Testing.GitHub;

/// <summary>A server in the fake MCP registry. <see cref="Status"/> is <c>active</c>, <c>deprecated</c> or <c>deleted</c>.</summary>
public sealed record FakeRegistryEntry(string Name, string? RepositoryUrl, string Source = "github", string? RepositoryId = null, string Status = "active")
{
    public DateTimeOffset UpdatedAt { get; init; } = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
}
