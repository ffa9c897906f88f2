namespace Catalog.Domain.Classification;

/// <summary>The strongest effect a tool can have. Ordered: a larger value is a stronger effect.</summary>
public enum ToolCategory
{
    /// <summary>Retrieves, lists, searches, computes or observes; no side effects.</summary>
    Read = 0,

    /// <summary>Creates, changes or deletes stored data or state, or sends content to people or systems.</summary>
    Write = 1,

    /// <summary>Runs code, commands or arbitrary queries; starts or stops processes, jobs, deployments; drives a browser or device.</summary>
    Execute = 2,
}
