using System.Security.Cryptography;
using System.Text.Json;
using Catalog.Domain.Catalog;

namespace Catalog.Site.Tests;

/// <summary>
/// A catalogue that reports stamps as a store does (here the hash of each server's JSON, which keeps the
/// contract: equal stamps, equal servers) and records what the builder read of it.
/// </summary>
internal sealed class StampedCatalog(IReadOnlyList<CatalogServer> servers) : ISiteCatalog
{
    /// <summary>How many times the whole catalogue was read.</summary>
    public int WholeReads { get; private set; }

    /// <summary>The slugs read one by one, over every call.</summary>
    public List<string> SlugsRead { get; } = [];

    public IEnumerable<CatalogServer> ReadAll()
    {
        WholeReads++;
        return servers;
    }

    public IEnumerable<CatalogServer> Read(IReadOnlySet<string> slugs)
    {
        SlugsRead.AddRange(slugs.Order(StringComparer.Ordinal));
        return servers.Where(s => slugs.Contains(s.Slug));
    }

    public IReadOnlyList<ServerStamp> ReadStamps() =>
        servers.Select(s => new ServerStamp(s.Slug, Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(s))))).ToList();
}
