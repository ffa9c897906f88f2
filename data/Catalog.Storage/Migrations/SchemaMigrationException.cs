namespace Catalog.Storage.Migrations;

/// <summary>
/// The database schema cannot be brought to what this build expects: the database is newer than the
/// code, its journal disagrees with the embedded scripts, or a script failed (and was rolled back).
/// </summary>
public sealed class SchemaMigrationException : Exception
{
    public SchemaMigrationException(string message)
        : base(message)
    {
    }

    public SchemaMigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
