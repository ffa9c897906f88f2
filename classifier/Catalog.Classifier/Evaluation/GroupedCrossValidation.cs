using Catalog.Classifier.Model;

namespace Catalog.Classifier.Evaluation;

/// <summary>
/// k-fold cross-validation grouped by repository: all tools of one repository fall in the same fold,
/// so no labeler is ever tested on a repository whose naming style it was built from. Fold assignment
/// is deterministic for a given seed and data set.
/// </summary>
public sealed class GroupedCrossValidation
{
    public GroupedCrossValidation(int folds = 5, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        Folds = folds;
        Seed = seed;
    }

    public int Folds { get; }

    public int Seed { get; }

    /// <summary>
    /// The fold (0..k-1) of every row, by position. Repositories are shuffled with the seed, then
    /// placed largest first into the fold with the fewest rows so far, which keeps the folds close in
    /// size even when one repository holds a sixth of the data; the shuffle breaks ties between sizes.
    /// </summary>
    public IReadOnlyList<int> AssignFolds(IReadOnlyList<LabelledTool> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sizes = data.GroupBy(t => t.Repo, StringComparer.Ordinal)
            .Select(g => (Repo: g.Key, Size: g.Count()))
            .OrderBy(g => g.Repo, StringComparer.Ordinal)
            .ToList();
        var random = new Random(Seed);
        var shuffled = sizes.Select(g => (g.Repo, g.Size, Key: random.Next())).ToList();
        var ordered = shuffled.OrderByDescending(g => g.Size).ThenBy(g => g.Key).ThenBy(g => g.Repo, StringComparer.Ordinal);

        var foldRows = new int[Folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (repo, size, _) in ordered)
        {
            var smallest = 0;
            for (var fold = 1; fold < Folds; fold++)
            {
                if (foldRows[fold] < foldRows[smallest])
                {
                    smallest = fold;
                }
            }

            foldOf[repo] = smallest;
            foldRows[smallest] += size;
        }

        return data.Select(t => foldOf[t.Repo]).ToList();
    }

    /// <summary>
    /// Builds a labeler from each fold's training rows with <paramref name="labelerFactory"/>, labels the
    /// held-out rows, and reports on all held-out predictions together (every row is predicted exactly once).
    /// </summary>
    public EvaluationReport Run(
        IReadOnlyList<LabelledTool> data,
        Func<IReadOnlyList<LabelledTool>, IToolLabeler> labelerFactory,
        string title = "Grouped cross-validation")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(labelerFactory);
        var folds = AssignFolds(data);
        var outcomes = new LabelledOutcome?[data.Count];
        var results = new List<FoldResult>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = new List<LabelledTool>();
            var testIndexes = new List<int>();
            for (var i = 0; i < data.Count; i++)
            {
                if (folds[i] == fold)
                {
                    testIndexes.Add(i);
                }
                else
                {
                    train.Add(data[i]);
                }
            }

            if (testIndexes.Count == 0)
            {
                continue;
            }

            var labeler = labelerFactory(train);
            foreach (var i in testIndexes)
            {
                outcomes[i] = new LabelledOutcome(data[i], labeler.Label(data[i]));
            }

            var foldReport = EvaluationReport.Create($"fold {fold}", testIndexes.Select(i => outcomes[i]!).ToList());
            var repositories = testIndexes.Select(i => data[i].Repo).Distinct(StringComparer.Ordinal).Count();
            results.Add(new FoldResult(fold, repositories, train.Count, testIndexes.Count, foldReport.CategoryMacroF1, foldReport.RiskExact));
        }

        return EvaluationReport.Create($"{title}, {Folds} folds grouped by repository, seed {Seed}", outcomes.Select(o => o!).ToList(), results);
    }
}
