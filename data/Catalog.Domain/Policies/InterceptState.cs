namespace Catalog.Domain.Policies;

/// <summary>
/// A counter an Intercept rule keeps per <see cref="Window"/> (reset at the start of each UTC minute,
/// hour or day), raised by <see cref="Increment"/> on each allowed call. A condition reads it as
/// <c>state.&lt;tool name&gt;.&lt;counter&gt;</c>.
/// </summary>
public sealed record InterceptState(string Counter, LimitWindow Window, int Increment = 1);
