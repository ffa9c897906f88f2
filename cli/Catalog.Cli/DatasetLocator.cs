namespace Catalog.Cli;

/// <summary>Finds the shared labelled dataset, which lives beside the repository (../shared/datasets), never inside it.</summary>
public static class DatasetLocator
{
    public const string TrainingFileName = "mcp-tools-train.jsonl";

    public static FileInfo TrainingFile()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = new FileInfo(Path.Combine(dir.FullName, "shared", "datasets", TrainingFileName));
            if (candidate.Exists)
            {
                return candidate;
            }
        }

        throw new CatalogUsageException($"no shared/datasets/{TrainingFileName} found above {Environment.CurrentDirectory}; pass --data.");
    }
}
