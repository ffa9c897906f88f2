namespace Catalog.Site.Search;

/// <summary>The size of the written search index; a query downloads the manifest and one shard per word (at most <see cref="LargestShard"/> each).</summary>
public sealed record SearchIndexStats(int Documents, int Terms, int Shards, int LargestShard, int ManifestBytes);
