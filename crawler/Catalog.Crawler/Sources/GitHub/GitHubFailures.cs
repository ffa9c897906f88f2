using System.Net;
using Octokit;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// The boundary where Octokit's exceptions end: each becomes a typed <see cref="FetchOutcome"/> whose reason reads
/// well in the run's record. Nothing past the GitHub adapter sees an Octokit type.
/// </summary>
internal static class GitHubFailures
{
    private const int MaxReasonLength = 300;

    public static FetchOutcome ToOutcome(Exception exception, string repository) => exception switch
    {
        GitHubRateLimitedException limited => FetchOutcome.Failure(FetchStatus.RateLimited, repository, limited.Message, limited.Until),
        RateLimitExceededException limited => FetchOutcome.Failure(FetchStatus.RateLimited, repository, $"GitHub rate limit exhausted until {limited.Reset.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC", limited.Reset),
        RequestBudgetExhaustedException budget => FetchOutcome.Failure(FetchStatus.BudgetExhausted, repository, budget.Message),
        NotFoundException => FetchOutcome.Failure(FetchStatus.Gone, repository, "not found (404): deleted, renamed away or private"),
        ApiException { StatusCode: HttpStatusCode.Gone } => FetchOutcome.Failure(FetchStatus.Gone, repository, "gone (410)"),
        ApiException { StatusCode: HttpStatusCode.UnavailableForLegalReasons } => FetchOutcome.Failure(FetchStatus.Gone, repository, "blocked for legal reasons (451)"),
        _ => FetchOutcome.Failure(FetchStatus.Failed, repository, Describe(exception)),
    };

    /// <summary>Why a request failed, in one short line; GitHub's own message is quoted, cut to length.</summary>
    public static string Describe(Exception exception)
    {
        var reason = exception switch
        {
            SecondaryRateLimitExceededException => "GitHub kept refusing with its secondary rate limit",
            AuthorizationException => "unauthorized (401): the token is missing, wrong or expired",
            ForbiddenException forbidden => $"forbidden (403): {forbidden.Message}",
            ApiException { StatusCode: >= HttpStatusCode.InternalServerError } api => $"server error {(int)api.StatusCode} after every retry",
            ApiException api => $"HTTP {(int)api.StatusCode}: {api.Message}",
            GitHubRequestFailedException failed => failed.Message,
            _ => $"unreadable response ({exception.GetType().Name}: {exception.Message})",
        };

        reason = reason.ReplaceLineEndings(" ");
        return reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 1)] + "…";
    }

    /// <summary>How GitHub answers a question about the default branch of a repository with no commit: 404 for the branch, 409 for its commits.</summary>
    public static bool IsEmptyRepository(Exception exception) => exception is NotFoundException or ApiException { StatusCode: HttpStatusCode.Conflict };
}
