namespace Catalog.Crawler.Sources.Registry;

/// <summary>Where the MCP registry is and how to page through it.</summary>
public sealed record RegistryOptions
{
    public static Uri OfficialUrl { get; } = new("https://registry.modelcontextprotocol.io/");

    /// <summary>The registry's root; <c>v0.1/servers</c> is read below it.</summary>
    public Uri BaseUrl { get; init; } = OfficialUrl;

    public int PageSize { get; init; } = 100;

    /// <summary>Only servers updated since then; null reads the whole registry (deletions are then seen too).</summary>
    public DateTimeOffset? UpdatedSince { get; init; }

    public int MaxAttempts { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A guard against a registry whose cursors never end.</summary>
    public int MaxPages { get; init; } = 10_000;
}
