namespace Catalog.Site;

/// <summary>A build failed; the previous site is left as it was. Names the step (and server) that failed.</summary>
public sealed class SiteBuildException : Exception
{
    public SiteBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SiteBuildException(string step, string? serverSlug, Exception innerException)
        : base(serverSlug is null ? $"Site build failed in step {step}: {innerException.Message}" : $"Site build failed in step {step} for server '{serverSlug}': {innerException.Message}", innerException)
    {
        Step = step;
        ServerSlug = serverSlug;
    }

    public string? Step { get; }

    public string? ServerSlug { get; }
}
