using System.Runtime.CompilerServices;

namespace Catalog.Crawler.Sources.AwesomeLists;

/// <summary>Discovers the GitHub repositories an awesome list (a repository whose README is a curated list) links to.</summary>
public sealed class AwesomeListDiscovery : IRepositoryDiscovery
{
    private readonly IReadmeReader reader;
    private readonly string list;

    /// <param name="reader">Reads the list's README.</param>
    /// <param name="listRepository">The list, as <c>owner/name</c>.</param>
    public AwesomeListDiscovery(IReadmeReader reader, string listRepository)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(listRepository);
        this.reader = reader;
        list = listRepository;
    }

    public string Name => $"awesome:{list}";

    public bool IsCurated => true;

    public async IAsyncEnumerable<DiscoveredRepository> DiscoverAsync(DiscoveryContext context, [EnumeratorCancellation] CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var markdown = await reader.ReadReadmeAsync(list, cancellation).ConfigureAwait(false);
        if (markdown is null)
        {
            context.Fail(Name, "the list has no README");
            yield break;
        }

        foreach (var entry in AwesomeListParser.Parse(markdown, list))
        {
            yield return new DiscoveredRepository { Repository = entry.Repository, Tags = entry.Tags, Source = Name };
        }
    }
}
