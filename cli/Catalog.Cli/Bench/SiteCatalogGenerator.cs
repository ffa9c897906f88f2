using System.Globalization;
using Catalog.Classifier.Measures;
using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;
using Catalog.Site;

namespace Catalog.Cli.Bench;

/// <summary>
/// A catalogue made up for the site benchmark: plain <see cref="CatalogServer"/> objects, streamed,
/// <see cref="ToolsPerServer"/> labelled tools each with a description, a schema and a history.
/// Server i is drawn from its own seeded generator, so every enumeration yields the same catalogue
/// (the site build reads it twice) and nothing is held between servers.
/// </summary>
public sealed class SiteCatalogGenerator(int tools, int seed = 7)
{
    public const int ToolsPerServer = 20;

    private static readonly string[] Verbs = ["get", "list", "search", "read", "fetch", "query", "create", "update", "write", "send", "upload", "move", "delete", "archive", "refund", "transfer", "run", "execute", "deploy", "restart"];
    private static readonly string[] Nouns = ["file", "issue", "user", "invoice", "message", "record", "document", "repository", "branch", "ticket", "payment", "email", "event", "table", "bucket", "secret", "note", "task", "project", "customer", "pod", "query", "report", "channel"];
    private static readonly string[] Words = ["the", "workspace", "account", "current", "remote", "selected", "matching", "records", "results", "owner", "team", "page", "limit", "cursor", "filter", "status", "label", "comment", "history", "version", "archive", "draft", "review", "public", "private", "region", "quota", "backup", "schedule", "webhook", "token", "scope", "member", "folder", "path", "content", "metadata", "summary", "detail", "error"];
    private static readonly string[] Languages = ["TypeScript", "Python", "Go", "Rust", "C#", "Java"];
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public int Tools { get; } = tools;

    public int ServerCount => (Tools + ToolsPerServer - 1) / ToolsPerServer;

    /// <summary>Each tool's definition tokens by its place in the catalogue once measured; -1 where not yet.</summary>
    private int[]? measured;

    /// <summary>
    /// Counts every definition's tokens once, as the classify stage does when it labels a definition and
    /// stores the count with the label. A store serves the site the stored count, so a benchmark of the
    /// site measures first (untimed) and the generated labels then carry the counts.
    /// </summary>
    public TimeSpan MeasureDefinitions()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var counts = new int[Tools];
        Array.Fill(counts, -1);
        measured = counts;
        Parallel.For(0, ServerCount, i => Server(i));
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    public IEnumerable<CatalogServer> Servers()
    {
        for (var i = 0; i < ServerCount; i++)
        {
            yield return Server(i);
        }
    }

    /// <summary>
    /// The catalogue as a store would serve it to the site builder: read whole, or just some servers by slug
    /// (found by their number, which ends the slug, so only those are generated). Server
    /// <paramref name="revisedIndex"/>, if any, comes in revision 1.
    /// </summary>
    public ISiteCatalog Catalog(int? revisedIndex = null) => new GeneratedCatalog(this, revisedIndex);

    /// <summary>Server <paramref name="index"/>, the same on every call; <paramref name="revision"/> changes one tool's description.</summary>
    public CatalogServer Server(int index, int revision = 0)
    {
        var random = new Random(seed * 1_000_003 + index);
        var slug = Slug(random, index);
        var count = Math.Min(ToolsPerServer, Tools - index * ToolsPerServer);
        var tools = new List<CatalogTool>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < count; t++)
        {
            var verb = random.Next(Verbs.Length);
            var noun = Nouns[random.Next(Nouns.Length)];
            var name = $"{Verbs[verb]}_{noun}";
            for (var n = 2; !names.Add(name); n++)
            {
                name = $"{Verbs[verb]}_{noun}_{n.ToString(CultureInfo.InvariantCulture)}";
            }

            var description = Sentence(random, $"{char.ToUpperInvariant(Verbs[verb][0])}{Verbs[verb][1..]}s a {noun} in the workspace.", 18 + random.Next(20));
            if (revision > 0 && t == 0)
            {
                description += $" Revised {revision.ToString(CultureInfo.InvariantCulture)}.";
            }

            var definition = new ToolDefinition
            {
                Name = name,
                Description = description,
                InputSchema = Schema(random),
                Annotations = random.Next(3) == 0 ? new ToolAnnotations(ReadOnlyHint: verb < 6, DestructiveHint: verb >= 12) : ToolAnnotations.None,
                Location = new SourceLocation("src/tools/" + noun + ".ts", 10 + t * 20),
                Method = ExtractionMethods.TsRegisterTool,

                // As a store hands over the hash it stored with the version (the crawl worked it out once): one per tool
                // and revision, so a revised tool gets a new one, without hashing every tool on every reading.
                ContentHash = StoredHash(index, t, revision),
            };
            tools.Add(new CatalogTool
            {
                Definition = definition,
                Classification = Label(verb, random) with { DefinitionTokens = Tokens(index * ToolsPerServer + t, revision, definition) },
                History = [new ToolVersionInfo(1, definition.ContentHash, Epoch.AddDays(index % 300), 1, description)],
            });
        }

        return new CatalogServer
        {
            Identity = new ServerIdentity { Slug = slug, Name = $"acme/{slug}", Repository = $"acme/{slug}" },
            Facts = new ServerFacts
            {
                Description = Sentence(random, "An MCP server for the workspace.", 12),
                Language = Languages[random.Next(Languages.Length)],
                License = "MIT",
                Stars = random.Next(5000),
                HeadCommit = "0123456789abcdef0123456789abcdef01234567",
                RepositoryUrl = $"https://github.com/acme/{slug}",
                LastCommitAt = Epoch.AddDays(index % 300),
                Topics = ["mcp"],
            },
            Source = "bench",
            Tools = tools.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(),
            UpdatedAt = Epoch.AddDays(index % 300),
        };
    }

    private int Tokens(int position, int revision, ToolDefinition definition)
    {
        if (revision == 0 && measured is { } counts && counts[position] >= 0)
        {
            return counts[position];
        }

        var count = DefinitionTokens.Count(definition);
        if (revision == 0 && measured is { } record)
        {
            record[position] = count;
        }

        return count;
    }

    /// <summary>Server <paramref name="index"/>'s stamp: it is made from these numbers alone.</summary>
    private string StoredHash(int index, int tool, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{seed:x8}{index:x8}{tool:x8}{revision:x8}");

    private ServerStamp StampOf(int index, int revision) =>
        new(Slug(new Random(seed * 1_000_003 + index), index), string.Create(CultureInfo.InvariantCulture, $"{seed}:{Tools}:{index}:{revision}"));

    private static string Slug(Random random, int index) =>
        $"{Words[random.Next(Words.Length)]}-{Nouns[random.Next(Nouns.Length)]}-mcp-{index.ToString("D6", CultureInfo.InvariantCulture)}";

    private sealed class GeneratedCatalog(SiteCatalogGenerator generator, int? revisedIndex) : ISiteCatalog
    {
        public IEnumerable<CatalogServer> ReadAll()
        {
            for (var i = 0; i < generator.ServerCount; i++)
            {
                yield return generator.Server(i, i == revisedIndex ? 1 : 0);
            }
        }

        public IEnumerable<CatalogServer> Read(IReadOnlySet<string> slugs)
        {
            foreach (var slug in slugs.Order(StringComparer.Ordinal))
            {
                if (int.TryParse(slug.AsSpan(slug.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < generator.ServerCount && generator.Server(index).Slug == slug)
                {
                    yield return generator.Server(index, index == revisedIndex ? 1 : 0);
                }
            }
        }

        /// <summary>A server is made from the seed, the catalogue size, its number and its revision, so these are its stamp.</summary>
        public IReadOnlyList<ServerStamp> ReadStamps()
        {
            var stamps = new List<ServerStamp>(generator.ServerCount);
            for (var i = 0; i < generator.ServerCount; i++)
            {
                var revision = i == revisedIndex ? 1 : 0;
                stamps.Add(generator.StampOf(i, revision));
            }

            return stamps;
        }
    }

    private static string Sentence(Random random, string start, int words)
    {
        var text = new System.Text.StringBuilder(start);
        for (var i = 0; i < words; i++)
        {
            text.Append(' ').Append(Words[random.Next(Words.Length)]);
        }

        return text.Append('.').ToString();
    }

    private static string Schema(Random random)
    {
        var count = 1 + random.Next(4);
        var properties = Enumerable.Range(0, count).Select(i => $"\"{Words[random.Next(Words.Length)]}_{i}\":{{\"type\":\"{(i % 3 == 2 ? "integer" : "string")}\",\"description\":\"The {Words[random.Next(Words.Length)]} to use.\"}}");
        return $"{{\"type\":\"object\",\"properties\":{{{string.Join(",", properties)}}},\"required\":[]}}";
    }

    /// <summary>Verbs are ordered from reading to running, so the label follows the verb like the classifier's would.</summary>
    private static ToolClassification Label(int verb, Random random) => new()
    {
        Category = verb < 6 ? ToolCategory.Read : verb < 16 ? ToolCategory.Write : ToolCategory.Execute,
        Risk = verb < 6 ? RiskLevel.Low : verb < 12 ? RiskLevel.Medium : verb < 16 ? RiskLevel.High : RiskLevel.Critical,
        Destructive = verb is 12 or 13,
        Financial = verb is 14 or 15,
        Sensitive = random.Next(10) == 0,
        Confidence = 0.5 + random.Next(50) / 100.0,
        Reasons = [new ClassificationReason("bench", "The verb decides the label in this generated catalogue.")],
        Tags = Verbs[verb] switch
        {
            "send" => ["messaging"],
            "refund" or "transfer" => ["money-movement"],
            _ => [],
        },
        ClassifierVersion = "bench-1",
    };
}
