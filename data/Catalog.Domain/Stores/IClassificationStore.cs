using Catalog.Domain.Classification;

namespace Catalog.Domain.Stores;

/// <summary>Where the classify stage reads work and writes labels; incremental by classifier version.</summary>
public interface IClassificationStore
{
    /// <summary>Current tool versions with no label from <paramref name="classifierVersion"/>.</summary>
    IReadOnlyList<PendingClassification> ListPending(string classifierVersion);

    /// <summary>Stores labels in one transaction; a label already stored for the same version and classifier is replaced.</summary>
    void SaveClassifications(long runId, IReadOnlyList<(long ToolVersionId, ToolClassification Classification)> labels);
}
