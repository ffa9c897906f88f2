using Catalog.Classifier.Features;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Policies;

/// <summary>Finds the string parameters of a tool that take free-form shell, code or SQL, by their names.</summary>
public static class FreeFormParameters
{
    private static readonly Dictionary<string, FreeFormKind> ExactNames = new(StringComparer.Ordinal)
    {
        ["command"] = FreeFormKind.Shell,
        ["cmd"] = FreeFormKind.Shell,
        ["commands"] = FreeFormKind.Shell,
        ["commandline"] = FreeFormKind.Shell,
        ["script"] = FreeFormKind.Shell,
        ["shell"] = FreeFormKind.Shell,
        ["bash"] = FreeFormKind.Shell,
        ["powershell"] = FreeFormKind.Shell,
        ["sql"] = FreeFormKind.Sql,
        ["query"] = FreeFormKind.Sql,
        ["queries"] = FreeFormKind.Sql,
        ["statement"] = FreeFormKind.Sql,
        ["code"] = FreeFormKind.Code,
        ["sourcecode"] = FreeFormKind.Code,
        ["expression"] = FreeFormKind.Code,
        ["expr"] = FreeFormKind.Code,
    };

    // Compound names such as "shell_command", "sqlQuery" or "python_code"; "countryCode" must not count.
    private static readonly (string Suffix, FreeFormKind Kind)[] Suffixes =
    [
        ("command", FreeFormKind.Shell),
        ("script", FreeFormKind.Shell),
        ("sql", FreeFormKind.Sql),
        ("query", FreeFormKind.Sql),
    ];

    private static readonly string[] CodeLanguages = ["python", "javascript", "js", "typescript", "ts", "apex", "ruby", "lua", "r"];

    /// <summary>The free-form parameters, in schema order, each with what it carries; empty when the schema cannot be read.</summary>
    public static IReadOnlyList<(string Name, FreeFormKind Kind)> Find(ToolDefinition tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var found = new List<(string, FreeFormKind)>();
        foreach (var parameter in SchemaReader.Read(tool.InputSchema).Parameters)
        {
            if (parameter.Type is not ("string" or "") || Classify(parameter.CompactName) is not { } kind)
            {
                continue;
            }

            found.Add((parameter.Name, kind));
        }

        return found;
    }

    private static FreeFormKind? Classify(string compactName)
    {
        if (ExactNames.TryGetValue(compactName, out var exact))
        {
            return exact;
        }

        foreach (var (suffix, kind) in Suffixes)
        {
            if (compactName.Length > suffix.Length && compactName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        foreach (var language in CodeLanguages)
        {
            if (compactName == language + "code")
            {
                return FreeFormKind.Code;
            }
        }

        return null;
    }
}
