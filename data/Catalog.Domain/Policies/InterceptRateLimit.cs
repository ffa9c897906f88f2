namespace Catalog.Domain.Policies;

/// <summary>Intercept's shorthand for "at most <see cref="Max"/> calls per <see cref="Window"/>", written <c>N/window</c>.</summary>
public sealed record InterceptRateLimit(int Max, LimitWindow Window);
