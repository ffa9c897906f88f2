import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const BILLING_URL = process.env.ACME_BILLING_URL ?? "http://billing.internal.acme:8080";

async function billing(path: string, init?: RequestInit) {
  const res = await fetch(`${BILLING_URL}${path}`, {
    ...init,
    headers: { "content-type": "application/json", "x-service-account": "billing-assistant" },
  });
  const body = await res.text();
  return { content: [{ type: "text" as const, text: body }], isError: !res.ok };
}

const server = new McpServer({ name: "acme-billing", version: "2.0.1" });

server.tool(
  "get_subscription",
  "Get a customer's subscription: plan, status, renewal date and payment method.",
  { customer_id: z.string().uuid() },
  { readOnlyHint: true },
  async ({ customer_id }) => billing(`/customers/${customer_id}/subscription`),
);

server.tool(
  "list_invoices",
  "List the invoices of a customer with amounts and payment status.",
  {
    customer_id: z.string().uuid(),
    status: z.enum(["open", "paid", "void", "uncollectible"]).optional(),
  },
  async ({ customer_id, status }) =>
    billing(`/customers/${customer_id}/invoices${status ? `?status=${status}` : ""}`),
);

server.tool(
  "apply_coupon",
  "Apply a coupon code to a subscription from the next billing period.",
  { subscription_id: z.string(), coupon_code: z.string().toUpperCase() },
  async ({ subscription_id, coupon_code }) =>
    billing(`/subscriptions/${subscription_id}/coupons`, { method: "POST", body: JSON.stringify({ coupon_code }) }),
);

server.tool(
  "issue_refund",
  "Refund an invoice payment, fully or partially, to the original payment method.",
  {
    invoice_id: z.string(),
    amount_cents: z.number().int().positive().optional(),
    reason: z.string().max(200),
  },
  async ({ invoice_id, amount_cents, reason }) =>
    billing(`/invoices/${invoice_id}/refunds`, { method: "POST", body: JSON.stringify({ amount_cents, reason }) }),
);

await server.connect(new StdioServerTransport());
