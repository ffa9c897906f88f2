namespace Catalog.Storage.Tests;

/// <summary>A clock the test moves by hand, so stored timestamps can be asserted exactly.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 30, 0, TimeSpan.Zero);

    public SettableClock()
        : this(Start)
    {
    }

    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public DateTimeOffset Advance(TimeSpan by) => Now += by;
}
