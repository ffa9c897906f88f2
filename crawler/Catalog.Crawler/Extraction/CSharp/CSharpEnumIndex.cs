using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Catalog.Crawler.Extraction.CSharp;

/// <summary>
/// Finds the members of an enum by its simple name: first in the file being read, then in the other .cs files
/// of the server. The other files are searched once per extraction context for "enum Name" with a plain text
/// scan, and only a file that declares a wanted name is parsed, once.
/// </summary>
internal sealed partial class CSharpEnumIndex
{
    private static readonly ConditionalWeakTable<ExtractionContext, ServerEnums> Servers = new();

    private readonly Dictionary<string, IReadOnlyList<string>> local = new(StringComparer.Ordinal);
    private readonly ExtractionContext context;

    public CSharpEnumIndex(SyntaxNode root, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        this.context = context;
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

        var server = Servers.GetValue(context, _ => new ServerEnums());
        lock (server)
        {
            server.DeclaringFiles ??= FindDeclarations();
            if (!server.DeclaringFiles.TryGetValue(name, out var path))
            {
                return null;
            }

            if (!server.ParsedFiles.TryGetValue(path, out var enums))
            {
                var text = context.TryGetFile(path)?.Text ?? string.Empty;
                var root = CSharpSyntaxTree.ParseText(text, cancellationToken: context.Cancellation).GetRoot(context.Cancellation);
                enums = [];
                foreach (var (enumName, enumMembers) in Enums(root))
                {
                    enums.TryAdd(enumName, enumMembers);
                }

                server.ParsedFiles[path] = enums;
            }

            return enums.GetValueOrDefault(name);
        }
    }

    // The first file (by path) whose text says "enum Name", for every such name of the server.
    private Dictionary<string, string> FindDeclarations()
    {
        var declarations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in context.Files.Where(f => f.Extension == ".cs").OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            foreach (Match match in EnumDeclaration().Matches(file.Text))
            {
                declarations.TryAdd(match.Groups[1].Value, file.Path);
            }
        }

        return declarations;
    }

    private static IEnumerable<(string Name, IReadOnlyList<string> Members)> Enums(SyntaxNode root) =>
        root.DescendantNodes(n => n is not BaseMethodDeclarationSyntax)
            .OfType<EnumDeclarationSyntax>()
            .Select(e => (e.Identifier.ValueText, (IReadOnlyList<string>)e.Members.Select(m => m.Identifier.ValueText).ToList()));

    [GeneratedRegex(@"\benum\s+@?([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex EnumDeclaration();

    private sealed class ServerEnums
    {
        public Dictionary<string, string>? DeclaringFiles { get; set; }

        public Dictionary<string, Dictionary<string, IReadOnlyList<string>>> ParsedFiles { get; } = new(StringComparer.Ordinal);
    }
}
