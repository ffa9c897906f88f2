namespace Catalog.Classifier.Policies;

/// <summary>The destructive patterns a recommended policy denies in free-form shell, code or SQL arguments.</summary>
public static class DestructivePatterns
{
    public static IReadOnlyList<DestructivePattern> All { get; } =
    [
        new(FreeFormKind.Shell, "rm -rf (recursive rm)", @"\brm\s+(-[a-zA-Z]+\s+)*-[a-zA-Z]*[rR]|\brm\s+.*--recursive"),
        new(FreeFormKind.Shell, "mkfs", @"\bmkfs(\.[a-z0-9]+)?\b"),
        new(FreeFormKind.Shell, "dd if=", @"\bdd\s+[^|;&]*\bif="),
        new(FreeFormKind.Shell, "shutdown or reboot", @"\b(shutdown|reboot|poweroff|halt|init\s+[06])\b"),
        new(FreeFormKind.Shell, "writing to a raw disk", @">\s*/dev/(sd|nvme|hd|xvd|disk)"),
        new(FreeFormKind.Shell, "a fork bomb", @":\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}"),
        new(FreeFormKind.Shell, "chmod -R 777 /", @"\bchmod\s+-R\s+0?777\s+/"),
        new(FreeFormKind.Shell, "piping a download into a shell", @"\b(curl|wget)\b[^|;]*\|\s*(sudo\s+)?(ba|z|k)?sh\b"),
        new(FreeFormKind.Sql, "DROP TABLE/DATABASE", @"(?i)\bdrop\s+(table|database|schema|index|view|user|role)\b"),
        new(FreeFormKind.Sql, "TRUNCATE", @"(?i)\btruncate\s+(table\s+)?[a-z_""`\[]"),
        new(FreeFormKind.Sql, "DELETE FROM without WHERE", @"(?i)\bdelete\s+from\s+[a-z0-9_."".`\[\]]+\s*(;|$)"),
        new(FreeFormKind.Sql, "ALTER TABLE ... DROP", @"(?i)\balter\s+table\s+\S+\s+drop\b"),
    ];

    /// <summary>The patterns that guard a parameter of the given kind: code is guarded against shell and SQL alike.</summary>
    public static IEnumerable<DestructivePattern> For(FreeFormKind kind) =>
        All.Where(pattern => kind == FreeFormKind.Code || pattern.Family == kind);
}
