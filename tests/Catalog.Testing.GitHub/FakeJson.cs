using System.Globalization;
using System.Text.Json.Nodes;

namespace Catalog.Testing.GitHub;

/// <summary>GitHub's JSON shapes, reduced to the members a crawler (and Octokit's models) read.</summary>
internal static class FakeJson
{
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Repository(FakeRepository repository, int stars, string? description, IReadOnlyList<string> topics) =>
        RepositoryNode(repository, stars, description, topics).ToJsonString();

    public static JsonObject RepositoryNode(FakeRepository repository, int stars, string? description, IReadOnlyList<string> topics) => new()
    {
        ["id"] = repository.Id,
        ["node_id"] = $"R_{repository.Id}",
        ["name"] = repository.Name,
        ["full_name"] = repository.FullName,
        ["owner"] = new JsonObject { ["login"] = repository.Owner, ["id"] = Math.Abs(repository.Owner.GetHashCode(StringComparison.Ordinal)) % 1_000_000, ["type"] = "User" },
        ["private"] = false,
        ["html_url"] = $"https://github.com/{repository.FullName}",
        ["description"] = description,
        ["fork"] = false,
        ["url"] = $"https://api.github.com/repos/{repository.FullName}",
        ["created_at"] = Time(repository.CreatedAt),
        ["updated_at"] = Time(repository.PushedAt),
        ["pushed_at"] = Time(repository.PushedAt),
        ["size"] = 1,
        ["stargazers_count"] = stars,
        ["watchers_count"] = stars,
        ["language"] = repository.Language,
        ["forks_count"] = 0,
        ["archived"] = repository.Archived,
        ["disabled"] = false,
        ["open_issues_count"] = 0,
        ["license"] = repository.License is null ? null : new JsonObject { ["key"] = "mit", ["name"] = repository.License, ["spdx_id"] = "MIT", ["node_id"] = "L_1" },
        ["topics"] = new JsonArray([.. topics.Select(t => (JsonNode)JsonValue.Create(t))]),
        ["visibility"] = "public",
        ["default_branch"] = repository.DefaultBranch,
    };

    public static JsonObject Message(string message) => new() { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest" };
}
