namespace Catalog.Domain.Policies;

/// <summary>At most <see cref="Max"/> calls per <see cref="Window"/>, counted in <see cref="Counter"/> per grant.</summary>
public sealed record RateLimit(string Counter, LimitWindow Window, int Max, string Scope = "grant");
