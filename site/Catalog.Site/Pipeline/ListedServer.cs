using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>What the listings, the home page and the API index need of one server.</summary>
internal sealed record ListedServer(ServerRow Row, ApiServerSummary Api);
