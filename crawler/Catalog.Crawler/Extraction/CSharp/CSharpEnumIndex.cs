using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Catalog.Crawler.Extraction.CSharp;

/// <summary>
/// Finds the members of an enum by its simple name: first in the file being read, then in the other .cs
/// files of the server. Other files are parsed only when their text mentions "enum Name", and answers
/// are kept per extraction context so a server's files are not searched again for every tool.
/// </summary>
internal sealed class CSharpEnumIndex
{
    private static readonly ConditionalWeakTable<ExtractionContext, Dictionary<string, IReadOnlyList<string>?>> Caches = new();

    private readonly Dictionary<string, IReadOnlyList<string>> local = new(StringComparer.Ordinal);
    private readonly ExtractionContext context;
    private readonly string currentPath;

    public CSharpEnumIndex(SyntaxNode root, string currentPath, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        this.context = context;
        this.currentPath = currentPath;
        foreach (var (name, members) in Enums(root))
        {
            local.TryAdd(name, members);
        }
    }

    public IReadOnlyList<string>? Find(string name)
    {
        if (local.TryGetValue(name, out var members))
        {
            return members;
        }

        var cache = Caches.GetValue(context, _ => new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal));
        lock (cache)
        {
            if (!cache.TryGetValue(name, out var found))
            {
                found = SearchOtherFiles(name);
                cache[name] = found;
            }

            return found;
        }
    }

    private IReadOnlyList<string>? SearchOtherFiles(string name)
    {
        var needle = "enum " + name;
        foreach (var file in context.Files)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (file.Extension != ".cs" || file.Path == currentPath || !file.Text.Contains(needle, StringComparison.Ordinal))
            {
                continue;
            }

            var root = CSharpSyntaxTree.ParseText(file.Text, cancellationToken: context.Cancellation).GetRoot(context.Cancellation);
            foreach (var (enumName, members) in Enums(root))
            {
                if (enumName == name)
                {
                    return members;
                }
            }
        }

        return null;
    }

    private static IEnumerable<(string Name, IReadOnlyList<string> Members)> Enums(SyntaxNode root) =>
        root.DescendantNodes(n => n is not BaseMethodDeclarationSyntax)
            .OfType<EnumDeclarationSyntax>()
            .Select(e => (e.Identifier.ValueText, (IReadOnlyList<string>)e.Members.Select(m => m.Identifier.ValueText).ToList()));
}
