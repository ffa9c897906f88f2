using Catalog.Domain.Catalog;

namespace Catalog.Domain.Policies;

/// <summary>Turns labelled tools into recommended policies. No formatting here: outputs render the documents.</summary>
public interface IPolicyRecommender
{
    ToolPolicyAdvice Advise(CatalogTool tool);

    /// <summary>A whole policy document for one tool alone (default deny, the tool's rule).</summary>
    PolicyDocument ForTool(CatalogTool tool);

    /// <summary>A whole policy document for a server; a tool's rule in it is always the one <see cref="ForTool"/> gives under the balanced profile.</summary>
    PolicyDocument ForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced);
}
