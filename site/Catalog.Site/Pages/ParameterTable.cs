namespace Catalog.Site.Pages;

/// <summary>The parameters read from a tool's input schema; <see cref="Note"/> is set when the schema could not be read (the rows are then empty).</summary>
public sealed record ParameterTable(IReadOnlyList<ParameterRow> Rows, string? Note)
{
    public bool HasRows => Rows.Count > 0;
}
