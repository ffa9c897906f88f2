using System.Security.Cryptography;
using System.Text;

namespace Catalog.Domain.Tools;

/// <summary>
/// A stable hash of the agent-visible parts of a tool definition. Fields are length-prefixed so that
/// moving text from one field to another can never produce the same hash.
/// </summary>
public static class ToolContentHash
{
    public static string Compute(ToolDefinition tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var builder = new StringBuilder();
        Append(builder, tool.Name);
        Append(builder, tool.Title);
        Append(builder, tool.Description);
        Append(builder, tool.InputSchema);
        Append(builder, Hint(tool.Annotations.ReadOnlyHint));
        Append(builder, Hint(tool.Annotations.DestructiveHint));
        Append(builder, Hint(tool.Annotations.IdempotentHint));
        Append(builder, Hint(tool.Annotations.OpenWorldHint));
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(digest);
    }

    private static string? Hint(bool? value) => value switch { true => "true", false => "false", null => null };

    private static void Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:");
            return;
        }

        builder.Append(value.Length).Append(':').Append(value);
    }
}
