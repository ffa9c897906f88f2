namespace Catalog.Classifier.Policies;

/// <summary>What the recommendation does with one tool, before either format expresses it.</summary>
internal enum ToolVerdict
{
    /// <summary>Allowed within a call budget, with argument guards where it takes free-form commands.</summary>
    Allowed = 0,

    /// <summary>Removed from the agent's tool list.</summary>
    Hidden = 1,

    /// <summary>Every call refused, with a reason.</summary>
    Denied = 2,

    /// <summary>Every call refused pending a person's approval; Intercept may let small amounts through.</summary>
    NeedsApproval = 3,

    /// <summary>
    /// Left out of both formats: its name is <c>"*"</c>, which both read as "every tool", so naming it
    /// would hide or limit the whole server. Under a default deny that leaves it refused.
    /// </summary>
    Unaddressable = 4,
}
