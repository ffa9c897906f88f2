using Catalog.Domain.Policies;

namespace Catalog.Classifier.Policies;

/// <summary>
/// The call budgets of the balanced profile. Reads are cheap to allow often; writes and messages to
/// people are budgeted per hour because a runaway agent does its damage in volume.
/// </summary>
public static class BalancedLimits
{
    public static (LimitWindow Window, int Max) Read { get; } = (LimitWindow.Minute, 60);

    public static (LimitWindow Window, int Max) SensitiveRead { get; } = (LimitWindow.Minute, 20);

    public static (LimitWindow Window, int Max) Write { get; } = (LimitWindow.Hour, 30);

    public static (LimitWindow Window, int Max) Messaging { get; } = (LimitWindow.Hour, 10);

    public static (LimitWindow Window, int Max) Execute { get; } = (LimitWindow.Minute, 10);

    /// <summary>Across every tool of a server, under the strict and balanced profiles.</summary>
    public static (LimitWindow Window, int Max) AllTools { get; } = (LimitWindow.Minute, 120);

    /// <summary>
    /// The largest single amount Intercept lets a money-moving tool send without a person's approval, in
    /// the tool's own unit (cents for most payment APIs, so usually one currency unit).
    /// </summary>
    public const int SmallAmount = 100;

    /// <summary>How many such small payments a tool may make per UTC day before approval is needed again.</summary>
    public const int SmallPaymentsPerDay = 5;

    /// <summary>The counter of one tool's calls: its name exactly as the server exposes it, then <c>.calls</c>.</summary>
    public static string CounterFor(string toolName) => toolName + ".calls";

    /// <summary>The counter shared by all tools; "*" is the policy format's name for every tool.</summary>
    public const string AllToolsCounter = "*.calls";

    public static RateLimit For(string toolName, (LimitWindow Window, int Max) budget) =>
        new(CounterFor(toolName), budget.Window, budget.Max, "grant");
}
