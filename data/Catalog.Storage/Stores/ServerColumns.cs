using Catalog.Domain.Servers;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>
/// A server row's identity and facts in their stored form. Comparing two of these answers "did the facts
/// change?" exactly as the database would see it, topics JSON and timestamp text included.
/// </summary>
internal sealed record ServerColumns(
    string Name,
    string Repository,
    string Subfolder,
    string Source,
    string? Description,
    string? Language,
    string? License,
    long? Stars,
    string? DefaultBranch,
    string? HeadCommit,
    string? LastCommitAt,
    string? RepositoryUrl,
    bool Archived,
    string Topics)
{
    private static readonly string[] Names =
    [
        "name", "repository", "subfolder", "source", "description", "language", "license", "stars", "default_branch",
        "head_commit", "last_commit_at", "repository_url", "archived", "topics",
    ];

    /// <summary>The column names, comma-separated, in the order <see cref="Read"/> expects them.</summary>
    public static string ColumnList { get; } = string.Join(", ", Names);

    /// <summary>Matching parameter list for an insert: <c>$name, $repository, ...</c>.</summary>
    public static string ParameterList { get; } = string.Join(", ", Names.Select(n => "$" + n));

    /// <summary>Matching <c>SET</c> clause for an update.</summary>
    public static string UpdateList { get; } = string.Join(", ", Names.Select(n => $"{n} = ${n}"));

    public static int Count => Names.Length;

    /// <summary>The columns qualified by a table alias, for queries that join other tables.</summary>
    public static string SelectList(string alias) => string.Join(", ", Names.Select(n => $"{alias}.{n}"));

    public static ServerColumns From(ServerSnapshot snapshot)
    {
        var identity = snapshot.Identity;
        var facts = snapshot.Facts;
        return new ServerColumns(
            identity.Name,
            identity.Repository,
            identity.Subfolder,
            snapshot.Source,
            facts.Description,
            facts.Language,
            facts.License,
            facts.Stars,
            facts.DefaultBranch,
            facts.HeadCommit,
            StoredTime.Write(facts.LastCommitAt),
            facts.RepositoryUrl,
            facts.Archived,
            JsonColumns.WriteStrings(facts.Topics ?? []));
    }

    /// <summary>Reads the <see cref="ColumnList"/> columns starting at <paramref name="first"/>.</summary>
    public static ServerColumns Read(SqliteDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3),
        reader.GetStringOrNull(first + 4),
        reader.GetStringOrNull(first + 5),
        reader.GetStringOrNull(first + 6),
        reader.GetInt64OrNull(first + 7),
        reader.GetStringOrNull(first + 8),
        reader.GetStringOrNull(first + 9),
        reader.GetStringOrNull(first + 10),
        reader.GetStringOrNull(first + 11),
        reader.GetFlag(first + 12),
        reader.GetString(first + 13));

    public SqliteCommand BindTo(SqliteCommand command) => command
        .Set("$name", Name)
        .Set("$repository", Repository)
        .Set("$subfolder", Subfolder)
        .Set("$source", Source)
        .Set("$description", Description)
        .Set("$language", Language)
        .Set("$license", License)
        .Set("$stars", Stars)
        .Set("$default_branch", DefaultBranch)
        .Set("$head_commit", HeadCommit)
        .Set("$last_commit_at", LastCommitAt)
        .Set("$repository_url", RepositoryUrl)
        .Set("$archived", Archived)
        .Set("$topics", Topics);

    public ServerIdentity ToIdentity(string slug) => new()
    {
        Slug = slug,
        Name = Name,
        Repository = Repository,
        Subfolder = Subfolder,
    };

    public ServerFacts ToFacts() => new()
    {
        Description = Description,
        Language = Language,
        License = License,
        Stars = Stars is { } stars ? checked((int)stars) : null,
        DefaultBranch = DefaultBranch,
        HeadCommit = HeadCommit,
        LastCommitAt = LastCommitAt is { } at ? StoredTime.Read(at) : null,
        RepositoryUrl = RepositoryUrl,
        Archived = Archived,
        Topics = JsonColumns.ReadStrings(Topics),
    };
}
