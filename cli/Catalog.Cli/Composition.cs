using Catalog.Classifier.Combine;
using Catalog.Classifier.Policies;
using Catalog.Crawler.Repositories;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;
using Catalog.Storage;

namespace Catalog.Cli;

/// <summary>The one place that chooses implementations: which store, which classifier, which recommender.</summary>
public static class Composition
{
    public static CatalogDatabase OpenDatabase(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return CatalogDatabase.Open(file.FullName);
    }

    public static IToolClassifier Classifier() => HybridToolClassifier.CreateDefault();

    public static IPolicyRecommender Policies() => new PolicyRecommender();

    public static RepositoryScanner Scanner() => RepositoryScanner.CreateDefault();
}
