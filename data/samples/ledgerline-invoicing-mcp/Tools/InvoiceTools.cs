using System.ComponentModel;
using ModelContextProtocol.Server;

namespace Ledgerline.Mcp.Tools;

[McpServerToolType]
public sealed class InvoiceTools(LedgerlineClient client)
{
    public sealed record LineItem(
        [property: Description("What was sold")] string Description,
        [property: Description("Quantity")] decimal Quantity,
        [property: Description("Unit price in the invoice currency")] decimal UnitPrice);

    [McpServerTool(Name = "list_invoices", ReadOnly = true, Destructive = false)]
    [Description("List invoices, optionally filtered by status and customer.")]
    public Task<string> ListInvoices(
        [Description("draft, open, paid, overdue or void")] string? status = null,
        [Description("Only invoices of this customer")] string? customerId = null,
        [Description("Maximum number of invoices")] int limit = 25)
    {
        var query = $"v1/invoices?limit={limit}";
        if (status is not null) query += $"&status={Uri.EscapeDataString(status)}";
        if (customerId is not null) query += $"&customer={Uri.EscapeDataString(customerId)}";
        return client.GetAsync(query);
    }

    [McpServerTool]
    [Description("Get an invoice with its line items, totals and payment history.")]
    public Task<string> GetInvoice(
        [Description("Invoice id, e.g. inv_2025_00481")] string invoiceId,
        CancellationToken cancellationToken)
        => client.GetAsync($"v1/invoices/{Uri.EscapeDataString(invoiceId)}", cancellationToken);

    [McpServerTool(Name = "create_invoice")]
    [Description("Create and finalize an invoice for a customer from a list of line items.")]
    public Task<string> CreateInvoice(
        [Description("Customer id")] string customerId,
        [Description("The lines of the invoice")] LineItem[] lineItems,
        [Description("Days until payment is due")] int dueDays = 14)
        => client.PostAsync("v1/invoices", new { customer = customerId, lines = lineItems, due_days = dueDays, finalize = true });

    [McpServerTool]
    [Description("Email a payment reminder for an overdue invoice to the customer's billing contact.")]
    public Task<string> SendInvoiceReminder(
        [Description("Invoice id")] string invoiceId,
        [Description("Optional personal note added above the standard reminder text")] string? message = null)
        => client.PostAsync($"v1/invoices/{Uri.EscapeDataString(invoiceId)}/remind", new { message });

    [McpServerTool(Name = "void_invoice", Destructive = true, Idempotent = true)]
    [Description("Void an open invoice so it can no longer be paid. A voided invoice cannot be reopened.")]
    public Task<string> VoidInvoice(
        [Description("Invoice id")] string invoiceId,
        [Description("Reason recorded on the invoice")] string reason)
        => client.PostAsync($"v1/invoices/{Uri.EscapeDataString(invoiceId)}/void", new { reason });

    // Refunds go out through the payment provider immediately; there is no approval step.
    [McpServerTool(Name = "issue_credit_note")]
    [Description("Issue a credit note for a paid invoice and refund the amount to the customer's original payment method.")]
    public Task<string> IssueCreditNote(
        [Description("Id of the paid invoice")] string invoiceId,
        [Description("Amount to credit; the full invoice total when omitted")] decimal? amount = null,
        [Description("Reason shown on the credit note")] string? reason = null)
        => client.PostAsync("v1/credit_notes", new { invoice = invoiceId, amount, reason, refund = true });
}
