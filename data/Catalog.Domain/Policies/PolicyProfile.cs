namespace Catalog.Domain.Policies;

/// <summary>How cautious a whole-server policy is.</summary>
public enum PolicyProfile
{
    /// <summary>Default deny; only reads are allowed.</summary>
    Strict = 0,
    /// <summary>Each tool gets the rule its label calls for.</summary>
    Balanced = 1,
    /// <summary>Everything allowed, with limits.</summary>
    Permissive = 2,
}
