namespace Catalog.Testing.GitHub;

/// <summary>The endpoints the fake server answers, for counting requests per kind.</summary>
public enum EndpointKind
{
    Other = 0,
    Repository,
    Commit,
    Branch,
    Tree,
    Blob,
    Contents,
    Readme,
    SearchRepositories,
    SearchCode,
    RateLimit,
    Registry,
}
