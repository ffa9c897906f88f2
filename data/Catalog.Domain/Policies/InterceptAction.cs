namespace Catalog.Domain.Policies;

/// <summary>What an Intercept rule does with a call.</summary>
public enum InterceptAction
{
    /// <summary>The call passes only if every condition holds (and the rule's counter or rate limit has room).</summary>
    Evaluate = 0,

    /// <summary>
    /// The call is refused: always when the rule has no conditions, otherwise only when every condition
    /// holds (the same meaning as a policy.json <c>deny_if</c> entry).
    /// </summary>
    Deny = 1,
}
