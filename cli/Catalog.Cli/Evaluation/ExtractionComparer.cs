using Catalog.Domain.Tools;

namespace Catalog.Cli.Evaluation;

/// <summary>
/// Holds the tools extracted from one repository against the labelled ones: names are compared exactly
/// (case and punctuation count, as an agent would call them); descriptions after both are put in the
/// dataset's form (<see cref="DescriptionText.Normalize"/>).
/// </summary>
public static class ExtractionComparer
{
    public static RepositoryComparison Compare(string repository, IReadOnlyList<ExpectedTool> expected, IReadOnlyList<ToolDefinition> found)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);

        // A dataset or a monorepo can name a tool twice; the first occurrence speaks for the name.
        var expectedByName = new Dictionary<string, ExpectedTool>(StringComparer.Ordinal);
        foreach (var tool in expected)
        {
            expectedByName.TryAdd(tool.Name, tool);
        }

        var foundByName = new Dictionary<string, ToolDefinition>(StringComparer.Ordinal);
        foreach (var tool in found)
        {
            foundByName.TryAdd(tool.Name, tool);
        }

        var exact = 0;
        var placeholder = 0;
        var different = new List<DescriptionMismatch>();
        foreach (var (name, want) in expectedByName.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!foundByName.TryGetValue(name, out var got))
            {
                continue;
            }

            var wanted = DescriptionText.Normalize(want.Description);
            var actual = DescriptionText.Normalize(got.Description);
            switch (Outcome(wanted, actual))
            {
                case DescriptionOutcome.Exact:
                    exact++;
                    break;
                case DescriptionOutcome.Placeholder:
                    placeholder++;
                    break;
                default:
                    different.Add(new DescriptionMismatch(name, wanted, actual));
                    break;
            }
        }

        return new RepositoryComparison
        {
            Repository = repository,
            ExpectedCount = expectedByName.Count,
            FoundCount = foundByName.Count,
            MatchedCount = expectedByName.Keys.Count(foundByName.ContainsKey),
            ExactDescriptions = exact,
            PlaceholderDescriptions = placeholder,
            Missed = [.. expectedByName.Keys.Where(n => !foundByName.ContainsKey(n)).Order(StringComparer.Ordinal)],
            Extra =
            [
                .. foundByName.Values
                    .Where(t => !expectedByName.ContainsKey(t.Name))
                    .OrderBy(t => t.Name, StringComparer.Ordinal)
                    .Select(t => new ExtraTool(t.Name, t.Location.ToString(), t.Method)),
            ],
            DifferentDescriptions = different,
        };
    }

    public static DescriptionOutcome Outcome(string expected, string found)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);
        if (string.Equals(expected, found, StringComparison.Ordinal))
        {
            return DescriptionOutcome.Exact;
        }

        return DescriptionText.MatchesWithPlaceholders(expected, found) ? DescriptionOutcome.Placeholder : DescriptionOutcome.Different;
    }
}
