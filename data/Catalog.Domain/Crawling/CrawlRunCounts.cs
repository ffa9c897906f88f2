namespace Catalog.Domain.Crawling;

/// <summary>What a run saw: repositories (servers) by outcome, and tools by change.</summary>
public sealed record CrawlRunCounts
{
    public int ServersSeen { get; init; }
    public int ServersNew { get; init; }
    public int ServersChanged { get; init; }
    public int ServersUnchanged { get; init; }
    public int ServersFailed { get; init; }
    public int ToolsAdded { get; init; }
    public int ToolsChanged { get; init; }
    public int ToolsRemoved { get; init; }
    public int Requests { get; init; }

    public CrawlRunCounts Add(SnapshotOutcome outcome) => this with
    {
        ServersSeen = ServersSeen + 1,
        ServersNew = ServersNew + (outcome.Kind == SnapshotChange.New ? 1 : 0),
        ServersChanged = ServersChanged + (outcome.Kind == SnapshotChange.Changed ? 1 : 0),
        ServersUnchanged = ServersUnchanged + (outcome.Kind == SnapshotChange.Unchanged ? 1 : 0),
        ToolsAdded = ToolsAdded + outcome.ToolsAdded,
        ToolsChanged = ToolsChanged + outcome.ToolsChanged,
        ToolsRemoved = ToolsRemoved + outcome.ToolsRemoved,
    };
}
