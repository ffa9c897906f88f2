namespace Catalog.Crawler.Sources;

/// <summary>A discovery source could not be read to the end; the message says why in words fit for the run's record.</summary>
public sealed class SourceUnavailableException : Exception
{
    public SourceUnavailableException(string message)
        : base(message)
    {
    }

    public SourceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
