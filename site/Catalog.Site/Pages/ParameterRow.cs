namespace Catalog.Site.Pages;

/// <summary>One input parameter as the schema states it; <see cref="Type"/> is "any" when the schema does not say.</summary>
public sealed record ParameterRow(string Name, string Type, bool Required, string Description);
