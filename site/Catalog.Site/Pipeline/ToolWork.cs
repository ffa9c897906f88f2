using Catalog.Domain.Catalog;
using Catalog.Domain.Policies;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>One tool of the server being built, with its addresses and its recommendation, computed once and shared by the steps.</summary>
internal sealed record ToolWork(CatalogTool Tool, ToolAddresses Addresses, ToolPolicyAdvice Advice, string PolicyJson, ToolRow Row);
