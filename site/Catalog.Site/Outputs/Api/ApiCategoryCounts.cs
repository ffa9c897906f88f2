namespace Catalog.Site.Outputs.Api;

public sealed record ApiCategoryCounts(int Read, int Write, int Execute);
