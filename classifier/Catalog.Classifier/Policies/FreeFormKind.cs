namespace Catalog.Classifier.Policies;

/// <summary>What a free-form string parameter carries, which decides the patterns that guard it.</summary>
public enum FreeFormKind
{
    /// <summary>Shell or command-line text (<c>command</c>, <c>cmd</c>, <c>script</c>).</summary>
    Shell = 0,

    /// <summary>A query or statement (<c>sql</c>, <c>query</c>, <c>statement</c>).</summary>
    Sql = 1,

    /// <summary>Program code or an expression (<c>code</c>, <c>expression</c>): guarded against both.</summary>
    Code = 2,
}
