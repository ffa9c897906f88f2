using Catalog.Crawler.Extraction;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Crawler.Tests.Orchestration;

/// <summary>An extractor for tests: each line "tool NAME" of a .fake file is a tool; "throw" throws; "spin" loops until cancelled.</summary>
internal sealed class FakeExtractor(string extension = ".fake", string method = ExtractionMethods.TsServerTool) : IToolExtractor
{
    public string Name => "fake";

    public bool Accepts(SourceFile file) => file.Extension == extension;

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        var lines = file.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "throw")
            {
                throw new InvalidOperationException("cannot read this file");
            }

            if (line == "spin")
            {
                while (true)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                }
            }

            if (line.StartsWith("tool ", StringComparison.Ordinal))
            {
                yield return ToolDefinitionBuilder.Tool(line[5..], path: file.Path, line: i + 1, method: method);
            }
        }
    }
}
