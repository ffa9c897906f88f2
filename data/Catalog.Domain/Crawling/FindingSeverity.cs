namespace Catalog.Domain.Crawling;

public enum FindingSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
