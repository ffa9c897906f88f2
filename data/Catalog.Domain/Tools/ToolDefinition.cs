namespace Catalog.Domain.Tools;

/// <summary>
/// One tool as a server defines it, read statically from its source. This is the unit whose
/// history is kept: when any part that an agent sees (name, title, description, schema,
/// annotations) changes, the <see cref="ContentHash"/> changes and a new version is stored.
/// </summary>
public sealed record ToolDefinition
{
    /// <summary>The exact name the server exposes to clients.</summary>
    public required string Name { get; init; }

    /// <summary>Human title, where the source gives one; <c>null</c> otherwise.</summary>
    public string? Title { get; init; }

    /// <summary>The description exactly as the source states it (attacker-controlled text). Empty when none is given.</summary>
    public required string Description { get; init; }

    /// <summary>The input schema as compact JSON Schema text; <c>{"type":"object","properties":{}}</c> when the tool takes no input.</summary>
    public required string InputSchema { get; init; }

    public ToolAnnotations Annotations { get; init; } = ToolAnnotations.None;

    public required SourceLocation Location { get; init; }

    /// <summary>One of <see cref="ExtractionMethods"/>.</summary>
    public required string Method { get; init; }

    /// <summary>
    /// Hash of what an agent sees of this tool; location and method are deliberately left out so moving code is not a change.
    /// Worked out when first asked for, unless given: a store hands over the hash it stored with the definition, so reading
    /// a whole catalogue does not hash every tool again. A copy made with <c>with</c> works its own out.
    /// </summary>
    public string ContentHash
    {
        get => contentHash ??= ToolContentHash.Compute(this);
        init => contentHash = string.IsNullOrEmpty(value) ? null : value;
    }

    private string? contentHash;

    /// <summary>
    /// Copies every member but the worked-out hash: a copy made with <c>with</c> may differ in what the hash covers,
    /// and the copy a record makes by default would carry the original's hash over, so a changed tool would be stored
    /// (and its history compared) under the hash of the tool it was copied from.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private ToolDefinition(ToolDefinition original)
    {
        Name = original.Name;
        Title = original.Title;
        Description = original.Description;
        InputSchema = original.InputSchema;
        Annotations = original.Annotations;
        Location = original.Location;
        Method = original.Method;
    }

    /// <summary>Made with the object initialiser; see the required members.</summary>
    public ToolDefinition()
    {
    }

    /// <summary>Equal when every member is; whether either has worked its hash out yet makes no difference.</summary>
    public bool Equals(ToolDefinition? other) =>
        other is not null && (ReferenceEquals(this, other) || (Name == other.Name && Title == other.Title && Description == other.Description
            && InputSchema == other.InputSchema && Annotations == other.Annotations && Location == other.Location && Method == other.Method));

    public override int GetHashCode() => HashCode.Combine(Name, Title, Description, InputSchema, Annotations, Location, Method);

    public const string EmptyInputSchema = """{"type":"object","properties":{}}""";
}
