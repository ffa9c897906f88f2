namespace Catalog.Site.Pages;

/// <summary>The outputs of one tool: its page and its policy files (policy.json and Intercept YAML), under its server's folder.</summary>
public sealed record ToolAddresses(string Segment, SiteAddress Page, SiteAddress Policy, SiteAddress PolicyYaml);
