using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Reads functions made tools by a call rather than a decorator: <c>mcp.add_tool(fn)</c>,
/// <c>mcp.add_tool(Tool.from_function(fn, name=...))</c>, <c>mcp.tool(fn)</c> and <c>mcp.tool(name=...)(fn)</c>.
/// The function is looked up in the same file, or in the sibling module it is imported from; it then reads as
/// a decorated function would (name, docstring, signature), with the call's keywords taking precedence.
/// </summary>
internal sealed class RegisteredToolReader(PythonModule module, DecoratedToolReader functions, ExtractionContext context)
{
    private TokenList Tokens => module.Tokens;

    public IEnumerable<ToolDefinition> Read()
    {
        foreach (var registration in Registrations())
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (Resolve(registration.Function) is not { } target)
            {
                continue;
            }

            // Keywords and the location belong to the registering call, even when the function lives in another file.
            var tool = target.Reader == functions
                ? functions.ReadTool(registration.At, registration.Keywords, registration.PositionalName, target.NameIndex)
                : target.Reader.ReadTool(-1, null, null, target.NameIndex) is { } imported ? Override(imported, registration) : null;
            if (tool is null)
            {
                continue;
            }

            yield return tool;
        }
    }

    private readonly record struct Registration(int At, string Function, IReadOnlyDictionary<string, TokenRange> Keywords, TokenRange? PositionalName);

    private IEnumerable<Registration> Registrations()
    {
        for (var i = 1; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            if (token.Kind != TokenKind.Identifier || token.Value is not ("add_tool" or "tool") || !Tokens.IsPunctuation(i - 1, ".")
                || !Tokens.IsPunctuation(i + 1, "(") || IsDecorator(i) || PythonCall.Read(Tokens, i + 1) is not { } call)
            {
                continue;
            }

            var at = Receiver(i);
            if (call.Positional.Count > 0 && FunctionArgument(call.Positional[0]) is { } direct)
            {
                var keywords = Merge(direct.Keywords, call.Keywords);
                var positionalName = direct.PositionalName ?? (call.Positional.Count > 1 ? call.Positional[1] : null);
                yield return new Registration(at, direct.Name, keywords, positionalName);
            }
            else if (token.Value == "tool" && Tokens.MatchingClose(i + 1) is var close and > 0 && Tokens.IsPunctuation(close + 1, "(")
                && PythonCall.Read(Tokens, close + 1) is { Positional: [var applied] } && FunctionArgument(applied) is { } curried)
            {
                // mcp.tool(name="x")(fn): the first call configures, the second applies.
                yield return new Registration(at, curried.Name, call.Keywords, call.Positional.Count > 0 ? call.Positional[0] : null);
            }
        }
    }

    private readonly record struct FunctionReference(string Name, IReadOnlyDictionary<string, TokenRange> Keywords, TokenRange? PositionalName);

    /// <summary>A function given as a plain name, or wrapped as <c>Tool.from_function(fn, ...)</c>.</summary>
    private FunctionReference? FunctionArgument(TokenRange range)
    {
        if (range.Length == 1 && Tokens[range.Start].Kind == TokenKind.Identifier)
        {
            return new FunctionReference(Tokens[range.Start].Value, new Dictionary<string, TokenRange>(), null);
        }

        var i = range.Start;
        while (Tokens[i].Kind == TokenKind.Identifier && Tokens.IsPunctuation(i + 1, ".") && i + 2 < range.End)
        {
            i += 2;
        }

        if (!Tokens.IsIdentifier(i, "from_function") || !Tokens.IsPunctuation(i + 1, "(") || Tokens.MatchingClose(i + 1) != range.End - 1
            || PythonCall.Read(Tokens, i + 1) is not { Positional.Count: > 0 } inner
            || inner.Positional[0] is not { Length: 1 } fn || Tokens[fn.Start].Kind != TokenKind.Identifier)
        {
            return null;
        }

        return new FunctionReference(Tokens[fn.Start].Value, inner.Keywords, inner.Positional.Count > 1 ? inner.Positional[1] : null);
    }

    private (DecoratedToolReader Reader, int NameIndex)? Resolve(string function)
    {
        var local = module.FunctionName(function);
        if (local >= 0)
        {
            return (functions, local);
        }

        if (!module.TryGetImport(function, out var from, out var name) || ImportedFile(from) is not { } file)
        {
            return null;
        }

        var imported = PythonModule.Parse(file, context.Cancellation);
        var index = imported.FunctionName(name);
        return index < 0 ? null : (new DecoratedToolReader(imported, new PyLiteralConverter(imported, context.Cancellation), context.Cancellation), index);
    }

    /// <summary>The sibling file a <c>from X import</c> names: relative to this file, or any file whose path ends with X's path.</summary>
    private SourceFile? ImportedFile(string from)
    {
        var dots = from.TakeWhile(c => c == '.').Count();
        var relative = from[dots..].Replace('.', '/');
        if (dots > 0)
        {
            var directory = module.File.Path.Contains('/', StringComparison.Ordinal) ? module.File.Path[..module.File.Path.LastIndexOf('/')] : "";
            for (var up = 1; up < dots && directory.Length > 0; up++)
            {
                directory = directory.Contains('/', StringComparison.Ordinal) ? directory[..directory.LastIndexOf('/')] : "";
            }

            var stem = string.Join('/', new[] { directory, relative }.Where(p => p.Length > 0));
            return context.TryGetFile(stem + ".py") ?? context.TryGetFile(stem + "/__init__.py");
        }

        return context.Files.FirstOrDefault(f => f.Path == relative + ".py" || f.Path.EndsWith("/" + relative + ".py", StringComparison.Ordinal));
    }

    private ToolDefinition Override(ToolDefinition tool, Registration registration)
    {
        var name = registration.Keywords.TryGetValue("name", out var nameRange) ? ReadString(nameRange)
            : registration.PositionalName is { } positional ? ReadString(positional) : null;
        var description = registration.Keywords.TryGetValue("description", out var descriptionRange) ? module.ReadDescription(descriptionRange) : null;
        var title = registration.Keywords.TryGetValue("title", out var titleRange) ? ReadString(titleRange) : null;
        return tool with
        {
            Name = name ?? tool.Name,
            Description = description ?? tool.Description,
            Title = title ?? tool.Title,
            Location = new SourceLocation(module.File.Path, Tokens[registration.At].Line),
        };
    }

    private string? ReadString(TokenRange range) =>
        Tokens.TryReadString(range, module.Constants, out var text, adjacentConcatenation: true) ? text : null;

    private static Dictionary<string, TokenRange> Merge(IReadOnlyDictionary<string, TokenRange> first, IReadOnlyDictionary<string, TokenRange> second)
    {
        var merged = new Dictionary<string, TokenRange>(first, StringComparer.Ordinal);
        foreach (var (key, value) in second)
        {
            merged.TryAdd(key, value);
        }

        return merged;
    }

    /// <summary>True when the call is part of a decorator line (<c>@mcp.tool(...)</c>), which the decorator reader handles.</summary>
    private bool IsDecorator(int nameIndex) => Tokens.IsPunctuation(Receiver(nameIndex) - 1, "@");

    /// <summary>The first token of the receiver chain before <c>.name</c> (mcp.server.add_tool → "mcp").</summary>
    private int Receiver(int nameIndex)
    {
        var start = nameIndex;
        while (Tokens.IsPunctuation(start - 1, ".") && Tokens[start - 2].Kind == TokenKind.Identifier)
        {
            start -= 2;
        }

        return start;
    }
}
