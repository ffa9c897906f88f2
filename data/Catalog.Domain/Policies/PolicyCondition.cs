namespace Catalog.Domain.Policies;

/// <summary>
/// A test on a call's arguments: <see cref="Path"/> such as <c>args.command</c>, an operator
/// (eq, neq, in, not_in, lt, lte, gt, gte, regex, contains, exists) and a value (text, number or list as JSON text).
/// </summary>
public sealed record PolicyCondition(string Path, string Op, string ValueJson);
