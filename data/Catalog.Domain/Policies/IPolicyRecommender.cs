using Catalog.Domain.Catalog;

namespace Catalog.Domain.Policies;

/// <summary>
/// Turns labelled tools into recommended policies. No formatting here: outputs render the documents.
/// Each tool gets one decision, which both formats (policy.json and Intercept YAML) express, so the
/// two never disagree.
/// </summary>
public interface IPolicyRecommender
{
    ToolPolicyAdvice Advise(CatalogTool tool);

    /// <summary>A whole policy document for one tool alone (default deny, the tool's rule).</summary>
    PolicyDocument ForTool(CatalogTool tool);

    /// <summary>A whole policy document for a server; a tool's rule in it is always the one <see cref="ForTool"/> gives under the balanced profile.</summary>
    PolicyDocument ForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced);

    /// <summary>The same recommendation as <see cref="ForTool"/>, in the Intercept YAML model.</summary>
    InterceptPolicy InterceptForTool(CatalogTool tool);

    /// <summary>The same recommendation as <see cref="ForServer"/>, in the Intercept YAML model; a tool's rules in it are the ones <see cref="InterceptForTool"/> gives under the balanced profile.</summary>
    InterceptPolicy InterceptForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced);
}
