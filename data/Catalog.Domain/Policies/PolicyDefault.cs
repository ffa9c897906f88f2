namespace Catalog.Domain.Policies;

public enum PolicyDefault
{
    Allow = 0,
    Deny = 1,
}
