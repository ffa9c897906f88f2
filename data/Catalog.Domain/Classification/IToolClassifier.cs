using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Domain.Classification;

/// <summary>Labels tool definitions. Pure: the same tool and context always give the same label.</summary>
public interface IToolClassifier
{
    /// <summary>Changes whenever the rules or the model change; stored beside every label.</summary>
    string Version { get; }

    /// <param name="tool">The tool to label.</param>
    /// <param name="server">The server it belongs to, as context (its name and description); may be null.</param>
    ToolClassification Classify(ToolDefinition tool, ServerIdentity? server = null);
}
