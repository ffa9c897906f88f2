namespace Catalog.Classifier.Policies;

/// <summary>
/// A well-known destructive command or statement a gateway should refuse, as a regular expression
/// kept to the RE2 subset (no look-arounds, no back-references) so any gateway engine can run it.
/// </summary>
/// <param name="Family">Which kind of parameter it guards: shell text or SQL.</param>
/// <param name="Label">How a reader names it, e.g. <c>rm -rf</c>.</param>
/// <param name="Pattern">The expression, case-insensitive where SQL is concerned.</param>
public sealed record DestructivePattern(FreeFormKind Family, string Label, string Pattern);
