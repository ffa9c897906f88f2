namespace Catalog.Domain.Policies;

public enum LimitWindow
{
    Minute = 0,
    Hour = 1,
    Day = 2,
}
