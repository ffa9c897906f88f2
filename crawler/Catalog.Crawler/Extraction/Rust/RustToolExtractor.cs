using System.Text;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>
/// Reads rmcp tools: <c>#[tool(description = "...")]</c> functions inside <c>#[tool_router]</c> (or older
/// <c>#[tool(tool_box)]</c>) impl blocks. The input schema comes from the <c>Parameters&lt;T&gt;</c> (or
/// <c>#[tool(aggr)]</c>) struct found anywhere in the crate, or from <c>#[tool(param)]</c> arguments. Source is
/// tokenized, never compiled; a description may also come from the function's doc comment, as rmcp does. Servers
/// that build their tool list by hand with <c>Tool::new</c> or a <c>Tool { .. }</c> literal are read too.
/// </summary>
public sealed class RustToolExtractor : IToolExtractor
{
    public string Name => "rust";

    public bool Accepts(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Extension == ".rs";
    }

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        var crate = RustCrateIndex.For(file, context);
        var tokens = crate.TokensOf(file.Path);
        var reader = new Reader(file, tokens, crate, context.Cancellation);
        var tools = new List<ToolDefinition>();
        var toolImplEnds = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                context.Cancellation.ThrowIfCancellationRequested();
            }

            while (toolImplEnds.Count > 0 && i > toolImplEnds.Peek())
            {
                toolImplEnds.Pop();
            }

            var token = tokens[i];
            if (!token.IsPunctuation("#") && token.Kind != TokenKind.DocComment && !token.IsIdentifier("impl") && !token.IsIdentifier("fn"))
            {
                continue;
            }

            var prelude = RustPrelude.Read(tokens, i, tokens.Count);
            var item = prelude.Next;
            if (tokens.IsIdentifier(item, "impl") && IsToolRouter(tokens, prelude) && ImplBodyEnd(tokens, item) is var end and > 0)
            {
                toolImplEnds.Push(end);
            }
            else if (tokens.IsIdentifier(item, "fn") && toolImplEnds.Count > 0 && prelude.Find("tool") is { } attribute)
            {
                tools.Add(reader.Read(item, attribute, prelude));
            }

            i = Math.Max(i, item - 1);
        }

        tools.AddRange(new RustToolConstructorReader(file, tokens, crate.Constants, context.Cancellation).Read());
        return tools;
    }

    private static bool IsToolRouter(TokenList tokens, RustPrelude prelude) =>
        prelude.Attributes.Any(a => a.Name == "tool_router" || (a.Name == "tool" && a.Arguments(tokens).ContainsKey("tool_box")));

    private static int ImplBodyEnd(TokenList tokens, int implIndex)
    {
        for (var i = implIndex + 1; i < tokens.Count; i++)
        {
            if (tokens.IsPunctuation(i, "<"))
            {
                var close = tokens.MatchingAngle(i);
                i = close > i ? close : i;
            }
            else if (tokens.IsPunctuation(i, "{"))
            {
                // An impl left open by a broken file runs to the end, so the tools before the damage still count.
                var close = tokens.MatchingClose(i);
                return close < 0 ? tokens.Count : close;
            }
            else if (tokens.IsPunctuation(i, ";") || tokens.IsPunctuation(i, "}"))
            {
                return -1;
            }
        }

        return -1;
    }

    private sealed class Reader(SourceFile file, TokenList tokens, RustCrateIndex crate, CancellationToken cancellation)
    {
        // concat! of constants that double at every step stops being text worth keeping past this length.
        private const int MaxConcatLength = 1 << 20;

        public ToolDefinition Read(int fnIndex, RustAttribute attribute, RustPrelude prelude)
        {
            var arguments = attribute.Arguments(tokens);
            var fnName = tokens[fnIndex + 1].Value;
            var annotations = arguments.TryGetValue("annotations", out var nested) ? RustAttribute.ArgumentsAt(tokens, nested.Start) : [];
            var title = Text(arguments, "title") ?? Text(annotations, "title");
            return new ToolDefinition
            {
                Name = Text(arguments, "name") ?? fnName,
                Title = title,
                Description = Text(arguments, "description") ?? prelude.Doc ?? string.Empty,
                InputSchema = InputSchema(fnIndex + 1),
                Annotations = new ToolAnnotations(
                    Hint(annotations, "read_only_hint"), Hint(annotations, "destructive_hint"), Hint(annotations, "idempotent_hint"), Hint(annotations, "open_world_hint")),
                Location = new SourceLocation(file.Path, tokens[attribute.Hash].Line),
                Method = ExtractionMethods.RustRmcp,
            };
        }

        private string InputSchema(int nameIndex)
        {
            var open = nameIndex + 1;
            if (tokens.IsPunctuation(open, "<"))
            {
                var close = tokens.MatchingAngle(open);
                open = close < 0 ? -1 : close + 1;
            }

            if (open < 0 || !tokens.IsPunctuation(open, "("))
            {
                return ToolDefinition.EmptyInputSchema;
            }

            var schemas = new RustTypeSchema(crate, file.Path, cancellation);
            var loose = new ObjectSchemaBuilder();
            foreach (var parameter in tokens.SplitArguments(open))
            {
                var prelude = RustPrelude.Read(tokens, parameter.Start, parameter.End);
                var colon = TopLevelColon(prelude.Next, parameter.End);
                if (colon < 0)
                {
                    continue;
                }

                var toolArguments = prelude.Find("tool") is { } tool ? tool.Arguments(tokens) : [];
                if (toolArguments.ContainsKey("aggr") || IsParametersWrapper(colon + 1, parameter.End, out _))
                {
                    var typeIndex = toolArguments.ContainsKey("aggr") ? colon + 1 : WrappedTypeIndex(colon + 1, parameter.End);
                    return StructSchema(schemas, typeIndex, parameter.End) ?? ToolDefinition.EmptyInputSchema;
                }

                if (toolArguments.ContainsKey("param") && tokens[colon - 1].IsIdentifier())
                {
                    AddParameter(schemas, loose, tokens[colon - 1].Value, colon + 1, parameter.End, prelude);
                }
            }

            return loose.ToText();
        }

        private void AddParameter(RustTypeSchema schemas, ObjectSchemaBuilder schema, string name, int typeStart, int end, RustPrelude prelude)
        {
            var (property, optional) = schemas.Type(tokens, typeStart, end, 0);
            var description = prelude.Attributes.Where(a => a.Name == "schemars")
                .Select(a => Text(a.Arguments(tokens), "description")).FirstOrDefault(d => d is not null) ?? prelude.Doc;
            if (!string.IsNullOrEmpty(description))
            {
                property["description"] = description;
            }

            schema.Add(name, property, required: !optional);
        }

        private string? StructSchema(RustTypeSchema schemas, int typeIndex, int end)
        {
            while (typeIndex < end && (tokens.IsPunctuation(typeIndex, "&") || tokens.IsIdentifier(typeIndex, "mut")))
            {
                typeIndex++;
            }

            while (tokens.IsPunctuation(typeIndex + 1, "::") && typeIndex + 2 < end)
            {
                typeIndex += 2;
            }

            return tokens[typeIndex].IsIdentifier() ? schemas.ForStruct(tokens[typeIndex].Value)?.ToText() : null;
        }

        // Parameters<T>, rmcp::handler::server::wrapper::Parameters<T>
        private bool IsParametersWrapper(int typeStart, int end, out int lastSegment)
        {
            lastSegment = typeStart;
            while (tokens.IsPunctuation(lastSegment + 1, "::") && lastSegment + 2 < end)
            {
                lastSegment += 2;
            }

            return tokens.IsIdentifier(lastSegment, "Parameters") && tokens.IsPunctuation(lastSegment + 1, "<");
        }

        private int WrappedTypeIndex(int typeStart, int end)
        {
            IsParametersWrapper(typeStart, end, out var lastSegment);
            return lastSegment + 2;
        }

        // The ":" between a pattern (which may hold brackets: Parameters(Req { a, b })) and its type.
        private int TopLevelColon(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (tokens.IsPunctuation(i, ":"))
                {
                    return i;
                }

                if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Value is "(" or "[" or "{")
                {
                    var close = tokens.MatchingClose(i);
                    i = close > i ? close : i;
                }
            }

            return -1;
        }

        private bool? Hint(Dictionary<string, TokenRange> arguments, string key) =>
            arguments.TryGetValue(key, out var range) && range.Length == 1 && tokens[range.Start].Kind == TokenKind.Identifier
                ? tokens[range.Start].Value switch { "true" => true, "false" => false, _ => null }
                : null;

        // A string literal, a constant, a '+'-free concat!("a", CONST, ...) of those.
        private string? Text(Dictionary<string, TokenRange> arguments, string key)
        {
            if (!arguments.TryGetValue(key, out var range) || range.IsEmpty)
            {
                return null;
            }

            if (tokens.TryReadString(range, crate.Constants, out var value))
            {
                return value;
            }

            if (tokens.IsIdentifier(range.Start, "concat") && tokens.IsPunctuation(range.Start + 1, "!") && tokens.IsPunctuation(range.Start + 2, "("))
            {
                var builder = new StringBuilder();
                foreach (var part in tokens.SplitArguments(range.Start + 2))
                {
                    if (!tokens.TryReadString(part, crate.Constants, out var text))
                    {
                        return null;
                    }

                    builder.Append(text);
                    if (builder.Length > MaxConcatLength)
                    {
                        return null;
                    }
                }

                return builder.ToString();
            }

            return null;
        }
    }
}
