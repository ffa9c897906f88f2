using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary>Runs <c>catalog nightly</c> over the bundled samples once, into a temporary folder, for every test of the class to inspect.</summary>
public sealed class NightlySiteFixture : IDisposable
{
    private readonly TemporaryDirectory temp = new("catalog-e2e");

    public NightlySiteFixture()
    {
        Database = temp.Combine("catalog.db");
        Site = temp.Combine("site");
        FirstRun = CliProcess.Run(temp.Path, "nightly", "--source", RepositoryPaths.Samples, "--db", Database, "--out", Site);
    }

    public string Root => temp.Path;
    public string Database { get; }
    public string Site { get; }
    public CliResult FirstRun { get; }

    public void Dispose() => temp.Dispose();
}
