namespace Catalog.Site.Pages;

internal sealed record ReasonRow(string RuleId, string Text);
