using System.ComponentModel;
using ModelContextProtocol.Server;

namespace Ledgerline.Mcp.Tools;

[McpServerToolType]
public sealed class CustomerTools(LedgerlineClient client)
{
    [McpServerTool(ReadOnly = true)]
    [Description("List customers with their billing email, address and outstanding balance.")]
    public Task<string> ListCustomers(
        [Description("Text matched against the customer name and email")] string? search = null,
        CancellationToken cancellationToken = default)
    {
        var path = search is null ? "v1/customers" : $"v1/customers?search={Uri.EscapeDataString(search)}";
        return client.GetAsync(path, cancellationToken);
    }
}
