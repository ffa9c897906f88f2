namespace Catalog.Site.Search;

/// <summary>
/// One thing search can find: a server (<see cref="Tool"/> null) or one of its tools. Kept for the
/// whole build (the listings are made from these too), so it holds only what a result line and a
/// listing row show. Names are kept as the data gives them; outputs reveal or encode them.
/// </summary>
internal sealed class SearchDoc
{
    public required SearchServer Server { get; init; }

    /// <summary>The tool's exact name; null for the server's own entry.</summary>
    public string? Tool { get; init; }

    /// <summary>The tool's folder under its server's <c>tools/</c>; empty for a server.</summary>
    public string ToolSegment { get; init; } = "";

    /// <summary>Category as its enum value, or -1 when not classified (a server has none).</summary>
    public sbyte Category { get; init; } = -1;

    /// <summary>Risk as its enum value (a server's highest), or -1 when not classified.</summary>
    public sbyte Risk { get; init; } = -1;

    /// <summary>Destructive, financial, sensitive as bits 0, 1, 2.</summary>
    public byte Flags { get; init; }

    public float Confidence { get; init; }

    public bool IsServer => Tool is null;

    /// <summary>The name shown for the result: the tool's name revealed, or the server's display name.</summary>
    public string Shown => Catalog.Domain.Text.HiddenCharacters.Reveal(Tool ?? Server.Name);

    /// <summary>The page's path below the base URL, e.g. <c>servers/acme/tools/read_file/</c>.</summary>
    public string Path => Tool is null ? $"servers/{Server.Segment}/" : $"servers/{Server.Segment}/tools/{ToolSegment}/";
}
