namespace Catalog.Site.Outputs;

/// <summary>The JSON Schema of policy.json v1, compiled into this assembly and published with the site.</summary>
internal static class PolicySchema
{
    private const string ResourceName = "Catalog.Site.Schemas.policy.v1.json";

    public static byte[] Content()
    {
        using var stream = typeof(PolicySchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from the site assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
