using System.Globalization;
using System.Text.RegularExpressions;

namespace Catalog.Storage.Migrations;

/// <summary>One schema step: a script named <c>NNNN_name.sql</c>, applied once, in its own transaction.</summary>
public sealed partial record Migration
{
    public required int Version { get; init; }

    /// <summary>The part of the file name after the number, e.g. <c>initial</c>; journaled to catch a renumbered file.</summary>
    public required string Name { get; init; }

    public required string Sql { get; init; }

    /// <summary>Reads the version and name from a file name such as <c>0002_tool_findings.sql</c>.</summary>
    /// <exception cref="ArgumentException">The name does not have the <c>NNNN_name.sql</c> shape.</exception>
    public static Migration FromFile(string fileName, string sql)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(sql);
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new ArgumentException($"Migration file '{fileName}' is not named NNNN_name.sql (four digits, an underscore, letters, digits or underscores).", nameof(fileName));
        }

        return new Migration
        {
            Version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
            Name = match.Groups["name"].Value,
            Sql = sql,
        };
    }

    public override string ToString() => $"{Version:D4}_{Name}";

    [GeneratedRegex(@"^(?<version>[0-9]{4})_(?<name>[A-Za-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
