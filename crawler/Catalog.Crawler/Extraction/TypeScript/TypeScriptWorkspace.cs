using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// The modules one extraction may look into: the file itself and the siblings it imports from, each scanned
/// once. Imports are followed only through relative specifiers to files the context holds.
/// </summary>
internal sealed class TypeScriptWorkspace
{
    private static readonly string[] ExtensionCandidates = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx"];

    private readonly ExtractionContext context;
    private readonly Dictionary<string, TypeScriptModule?> modules = new(StringComparer.Ordinal);

    public TypeScriptWorkspace(SourceFile root, ExtractionContext context)
    {
        this.context = context;
        Root = TypeScriptModule.Parse(root, context.Cancellation);
        modules[root.Path] = Root;
    }

    public TypeScriptModule Root { get; }

    public CancellationToken Cancellation => context.Cancellation;

    /// <summary>
    /// Where <paramref name="name"/>, used in <paramref name="module"/>, is declared: a local declaration or an
    /// imported one in a sibling. Returns the module and the index of the value's first token.
    /// </summary>
    public (TypeScriptModule Module, int ValueStart)? Resolve(TypeScriptModule module, string name, int hops = 0)
    {
        var local = module.DeclarationValue(name);
        if (local >= 0)
        {
            return (module, local);
        }

        if (hops > 4 || !module.TryGetImport(name, out var from, out var exported))
        {
            return null;
        }

        var target = Load(module.File.Path, from);
        return target is null ? null : Resolve(target, exported, hops + 1);
    }

    /// <summary>The declaration of <paramref name="name"/> exported by the module <paramref name="specifier"/> imports, seen from <paramref name="importer"/>.</summary>
    public (TypeScriptModule Module, int ValueStart)? ResolveExport(TypeScriptModule importer, string specifier, string name)
    {
        var target = Load(importer.File.Path, specifier);
        return target is null ? null : Resolve(target, name, 1);
    }

    /// <summary>The sibling module <paramref name="specifier"/> names, seen from <paramref name="importer"/>; null when it is not a file of the context.</summary>
    public TypeScriptModule? Module(TypeScriptModule importer, string specifier) => Load(importer.File.Path, specifier);

    /// <summary>
    /// The function <paramref name="name"/> means in <paramref name="module"/>: a <c>function</c> declaration, or a const
    /// whose value is an arrow or function expression, here or imported from a sibling. Its module and tokens.
    /// </summary>
    public (TypeScriptModule Module, TokenRange Range)? ResolveFunction(TypeScriptModule module, string name, int hops = 0)
    {
        if (module.FunctionDeclaration(name) is { } declared)
        {
            return (module, declared);
        }

        var local = module.DeclarationValue(name);
        if (local >= 0)
        {
            return (module, module.ExpressionAt(local));
        }

        if (hops > 4 || !module.TryGetImport(name, out var from, out var exported))
        {
            return null;
        }

        var target = Load(module.File.Path, from);
        return target is null ? null : ResolveFunction(target, exported, hops + 1);
    }

    private TypeScriptModule? Load(string importerPath, string specifier)
    {
        if (!specifier.StartsWith("./", StringComparison.Ordinal) && !specifier.StartsWith("../", StringComparison.Ordinal))
        {
            return null;
        }

        var directory = importerPath.Contains('/', StringComparison.Ordinal) ? importerPath[..importerPath.LastIndexOf('/')] : string.Empty;
        var joined = Normalize(directory.Length == 0 ? specifier : directory + "/" + specifier);
        if (joined is null)
        {
            return null;
        }

        foreach (var candidate in Candidates(joined))
        {
            if (modules.TryGetValue(candidate, out var cached))
            {
                return cached;
            }

            var file = context.TryGetFile(candidate);
            if (file is not null)
            {
                var module = TypeScriptModule.Parse(file, context.Cancellation);
                modules[candidate] = module;
                return module;
            }
        }

        return null;
    }

    /// <summary>The files an import specifier may mean: TypeScript sources are imported with the .js name they compile to.</summary>
    private static IEnumerable<string> Candidates(string path)
    {
        var extension = Path.GetExtension(path);
        var stem = extension.Length > 0 ? path[..^extension.Length] : path;
        switch (extension)
        {
            case ".js" or ".jsx":
                yield return stem + ".ts";
                yield return stem + ".tsx";
                yield return path;
                break;
            case ".mjs":
                yield return stem + ".mts";
                yield return path;
                break;
            case ".cjs":
                yield return stem + ".cts";
                yield return path;
                break;
            case ".ts" or ".tsx" or ".mts" or ".cts":
                yield return path;
                break;
            default:
                foreach (var candidate in ExtensionCandidates)
                {
                    yield return path + candidate;
                }

                foreach (var candidate in ExtensionCandidates)
                {
                    yield return path + "/index" + candidate;
                }

                break;
        }
    }

    /// <summary>Folds "." and ".." segments; null when the path climbs above the repository root.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }
}
