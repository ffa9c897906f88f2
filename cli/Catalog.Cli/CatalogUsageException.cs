namespace Catalog.Cli;

/// <summary>The user asked for something that cannot be done as asked (a missing file, an unknown server); exit code 2 with the message.</summary>
public sealed class CatalogUsageException(string message) : Exception(message);
