namespace Catalog.Domain.Classification;

/// <summary>How much harm a tool can do if an agent misuses it. Ordered from least to most.</summary>
public enum RiskLevel
{
    /// <summary>Read-only, no sensitive data.</summary>
    Low = 0,

    /// <summary>A reversible write, or a read of sensitive data.</summary>
    Medium = 1,

    /// <summary>Execution, destructive writes, bulk or external messaging, permission changes.</summary>
    High = 2,

    /// <summary>Arbitrary code on a host, moving money, irreversible destruction at scale.</summary>
    Critical = 3,
}
