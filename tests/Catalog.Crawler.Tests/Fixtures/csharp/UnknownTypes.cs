using System.ComponentModel;
using ModelContextProtocol.Server;

namespace Fixture.Unknown;

public sealed record Filter(string Field, string Value);

[McpServerToolType]
public class SearchTools(ISearchIndex index)
{
    [McpServerTool(Name = "search", ReadOnly = true)]
    [Description(SearchText.Description)]
    public IEnumerable<string> Search(
        ISearchIndex searchIndex,
        string? query,
        Filter filter,
        Nullable<int> limit,
        IEnumerable<Filter> more,
        JsonElement options,
        object raw,
        [FromKeyedServices("x")] Clock clock) => [];
}
