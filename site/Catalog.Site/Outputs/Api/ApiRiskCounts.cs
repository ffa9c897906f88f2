namespace Catalog.Site.Outputs.Api;

public sealed record ApiRiskCounts(int Low, int Medium, int High, int Critical);
