using Catalog.Testing;

namespace Catalog.Storage.Tests;

/// <summary>A real catalogue file in a temporary folder, with a settable clock; reopenable to test persistence.</summary>
public sealed class TestCatalog : IDisposable
{
    private readonly TemporaryDirectory folder = new("catalog-storage");

    public TestCatalog()
    {
        DatabasePath = folder.Combine("db", "catalog.db");
        Database = CatalogDatabase.Open(DatabasePath, Clock);
    }

    public SettableClock Clock { get; } = new();

    public string DatabasePath { get; }

    public CatalogDatabase Database { get; private set; }

    /// <summary>Closes the file and opens it again, as a second process would.</summary>
    public CatalogDatabase Reopen()
    {
        Database.Dispose();
        Database = CatalogDatabase.Open(DatabasePath, Clock);
        return Database;
    }

    public long StartRun(string kind = "crawl") => Database.Runs.StartRun(kind, "test").Id;

    public void Dispose()
    {
        Database.Dispose();
        folder.Dispose();
    }
}
