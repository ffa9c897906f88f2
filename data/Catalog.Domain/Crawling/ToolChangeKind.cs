namespace Catalog.Domain.Crawling;

public enum ToolChangeKind
{
    Added = 0,
    Changed = 1,
    Removed = 2,
}
