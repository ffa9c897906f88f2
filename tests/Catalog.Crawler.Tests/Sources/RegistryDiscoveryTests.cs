using Catalog.Crawler.Sources;
using Catalog.Crawler.Sources.Registry;
using Catalog.Testing.GitHub;

namespace Catalog.Crawler.Tests.Sources;

public sealed class RegistryDiscoveryTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private FakeGitHubServer server = null!;

    public async Task InitializeAsync() => server = await FakeGitHubServer.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Discover_SeveralPages_FollowsTheCursorToTheEnd()
    {
        // Given five registry servers and pages of two
        for (var i = 0; i < 5; i++)
        {
            server.AddRegistryEntry(new FakeRegistryEntry($"io.github.acme/server-{i}", $"https://github.com/acme/server-{i}", RepositoryId: (500 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        // When the registry is read
        var run = await DiscoveryRun.Of(Registry(pageSize: 2));

        // Then every server is found, with GitHub's id, in three requests
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"acme/server-{i}"), run.Found.Select(f => f.Repository));
        Assert.Equal(500, run.Found[0].GitHubId);
        Assert.Equal(3, server.Requests.Of(EndpointKind.Registry));
    }

    [Fact]
    public async Task Discover_StatusAndSource_DeletedWithdrawnDeprecatedTaggedOthersNoted()
    {
        server.AddRegistryEntry(new FakeRegistryEntry("a.deleted", "https://github.com/acme/gone", Status: "deleted"));
        server.AddRegistryEntry(new FakeRegistryEntry("b.deprecated", "https://github.com/acme/old", Status: "deprecated"));
        server.AddRegistryEntry(new FakeRegistryEntry("c.gitlab", "https://gitlab.com/acme/elsewhere", Source: "gitlab"));
        server.AddRegistryEntry(new FakeRegistryEntry("d.remote-only", null));

        var run = await DiscoveryRun.Of(Registry());

        var found = Assert.Single(run.Found);
        Assert.Equal("acme/old", found.Repository);
        Assert.Equal(["deprecated"], found.Tags);
        Assert.True(run.Context.IsSuppressed("acme/gone"));
        Assert.Contains(run.Reports, r => r.Subject == "registry c.gitlab" && r.Reason.Contains("not on GitHub", StringComparison.Ordinal));
        Assert.Contains(run.Reports, r => r.Subject == "registry d.remote-only");
        Assert.DoesNotContain(run.Reports, r => r.Failure);
    }

    [Fact]
    public async Task Discover_ServerErrorBurst_Retries()
    {
        server.AddRegistryEntry(new FakeRegistryEntry("x", "https://github.com/acme/x"));
        server.Faults.ServerErrors(2, only: EndpointKind.Registry, status: 503);

        var run = await DiscoveryRun.Of(Registry());

        Assert.Single(run.Found);
        Assert.Equal(3, server.Requests.Of(EndpointKind.Registry));
    }

    [Fact]
    public async Task Discover_MalformedPage_IsUnavailableWithAReason()
    {
        server.AddRegistryEntry(new FakeRegistryEntry("x", "https://github.com/acme/x"));
        server.Faults.MalformedJson(1, only: EndpointKind.Registry);

        var failure = await Assert.ThrowsAsync<SourceUnavailableException>(() => DiscoveryRun.Of(Registry()));

        Assert.Contains("page 1", failure.Message, StringComparison.Ordinal);
    }

    private RegistryDiscovery Registry(int pageSize = 100) =>
        new(http, new RegistryOptions { BaseUrl = server.RegistryUrl, PageSize = pageSize, RetryBaseDelay = TimeSpan.FromMilliseconds(5) });
}
