using Catalog.Crawler.Repositories;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Cli.Evaluation;

/// <summary>
/// Runs the real extraction over local checkouts and holds each against a labelled dataset. A checkout is a
/// folder named <c>owner__name</c> for the repository <c>owner/name</c>; labelled repositories without a
/// checkout are left out of the figures, and checkouts the dataset does not know are ignored.
/// </summary>
public sealed class ExtractionEvaluation
{
    private const string OwnerSeparator = "__";
    private readonly RepositoryScanner scanner;

    public ExtractionEvaluation(RepositoryScanner scanner)
    {
        ArgumentNullException.ThrowIfNull(scanner);
        this.scanner = scanner;
    }

    public ExtractionEvalReport Run(IReadOnlyList<ExpectedTool> expected, string checkoutsFolder)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(checkoutsFolder);
        var byRepository = expected
            .GroupBy(t => t.Repository, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ExpectedTool>)[.. g], StringComparer.OrdinalIgnoreCase);

        var comparisons = new List<RepositoryComparison>();
        var failures = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(checkoutsFolder).Order(StringComparer.Ordinal))
        {
            var repository = RepositoryOf(Path.GetFileName(folder));
            if (repository is null || !byRepository.TryGetValue(repository, out var labelled))
            {
                continue;
            }

            var name = labelled[0].Repository;
            try
            {
                comparisons.Add(ExtractionComparer.Compare(name, labelled, Extract(folder, name)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{name}: {ex.Message}");
            }
        }

        return new ExtractionEvalReport(comparisons, failures);
    }

    /// <summary><c>owner__name</c> to <c>owner/name</c>; null for a folder not named that way.</summary>
    public static string? RepositoryOf(string folderName)
    {
        ArgumentNullException.ThrowIfNull(folderName);
        var separator = folderName.IndexOf(OwnerSeparator, StringComparison.Ordinal);
        if (separator <= 0 || separator + OwnerSeparator.Length >= folderName.Length)
        {
            return null;
        }

        return $"{folderName[..separator]}/{folderName[(separator + OwnerSeparator.Length)..]}";
    }

    /// <summary>Every tool of every server the scanner finds in the checkout; a name found in two servers counts once.</summary>
    private List<ToolDefinition> Extract(string folder, string repository)
    {
        var descriptor = new RepositoryDescriptor
        {
            Repository = repository,
            Slug = ServerSlugs.FromRepository(repository),
            Facts = new ServerFacts(),
            Source = "local",
        };
        return [.. scanner.Scan(new LocalRepositoryContent(folder, descriptor)).SelectMany(s => s.Tools)];
    }
}
