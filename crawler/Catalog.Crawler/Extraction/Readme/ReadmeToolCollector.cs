namespace Catalog.Crawler.Extraction.Readme;

/// <summary>
/// Gathers the tools of a README in order, the first listing of a name winning. A tool found without a
/// description (a sub-heading, a details summary) waits for the next paragraph to describe it.
/// </summary>
internal sealed class ReadmeToolCollector
{
    private readonly List<ReadmeTool> tools = [];
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private int pendingIndex = -1;

    public IReadOnlyList<ReadmeTool> Tools => tools;

    public void Add(string name, string description, int line)
    {
        pendingIndex = -1;
        if (!names.Add(name))
        {
            return;
        }

        tools.Add(new ReadmeTool(name, description, line));
        if (description.Length == 0)
        {
            pendingIndex = tools.Count - 1;
        }
    }

    /// <summary>Gives the paragraph to the tool waiting for a description, if one is.</summary>
    public void Paragraph(string text)
    {
        if (pendingIndex >= 0 && text.Length > 0)
        {
            tools[pendingIndex] = tools[pendingIndex] with { Description = text };
        }

        pendingIndex = -1;
    }

    /// <summary>Something other than a description came next: the waiting tool stays without one.</summary>
    public void Interrupt() => pendingIndex = -1;
}
