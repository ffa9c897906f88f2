using System.Net;
using Octokit;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>A cached body handed to Octokit as the answer to a request GitHub answered 304.</summary>
internal sealed class ReplayedResponse(string body, IReadOnlyDictionary<string, string> headers, ApiInfo apiInfo) : IResponse
{
    public object Body { get; } = body;

    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    public ApiInfo ApiInfo { get; } = apiInfo;

    public HttpStatusCode StatusCode => HttpStatusCode.OK;

    public string ContentType => "application/json";
}
