import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { asText, type NorthwindClient } from "../client.js";

const currency = z.string().length(3).describe("Three-letter ISO currency code, e.g. usd");

export function registerPaymentTools(server: McpServer, client: NorthwindClient) {
  server.registerTool(
    "list_payments",
    {
      title: "List payments",
      description: "List recent payments, newest first, with amount, currency, status and the customer's email.",
      inputSchema: {
        limit: z.number().int().min(1).max(100).default(20).describe("How many payments to return"),
        status: z.enum(["succeeded", "pending", "failed", "refunded"]).optional(),
        created_after: z.string().datetime().optional().describe("Only payments created after this ISO timestamp"),
      },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async ({ limit, status, created_after }) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (status) query.set("status", status);
      if (created_after) query.set("created[gt]", created_after);
      return asText(await client.request("GET", `/payments?${query}`));
    },
  );

  server.registerTool(
    "get_payment",
    {
      title: "Get payment",
      description: "Retrieve a single payment by its id, including the card brand, the last four digits and the billing address.",
      inputSchema: {
        payment_id: z.string().startsWith("pay_").describe("The payment id, e.g. pay_3Fq..."),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ payment_id }) => asText(await client.request("GET", `/payments/${payment_id}`)),
  );

  server.registerTool(
    "create_payment_link",
    {
      title: "Create payment link",
      description: "Create a shareable checkout link for a fixed amount that customers can pay by card.",
      inputSchema: {
        amount: z.number().int().positive().describe("Amount in the smallest currency unit (cents)"),
        currency,
        description: z.string().max(500).describe("Shown to the customer on the checkout page"),
        expires_in_hours: z.number().int().min(1).max(720).optional(),
      },
    },
    async (args) => asText(await client.request("POST", "/payment_links", args)),
  );

  server.registerTool(
    "create_refund",
    {
      title: "Refund a payment",
      description:
        "Refund a captured payment in full or in part. The money is returned to the customer's card and cannot be pulled back.",
      inputSchema: {
        payment_id: z.string().startsWith("pay_"),
        amount: z.number().int().positive().optional().describe("Amount to refund in cents; the full amount when omitted"),
        reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
      },
      annotations: {
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: false,
        openWorldHint: true,
      },
    },
    async ({ payment_id, amount, reason }) =>
      asText(await client.request("POST", "/refunds", { payment: payment_id, amount, reason })),
  );

  server.registerTool(
    "create_transfer",
    {
      title: "Transfer funds",
      description: "Send funds from the Northwind balance to a connected account or an external bank account.",
      inputSchema: {
        destination: z.string().describe("Connected account id (acct_...) or bank account id (ba_...)"),
        amount: z.number().int().positive().describe("Amount in cents"),
        currency,
        memo: z.string().max(140).optional(),
      },
    },
    async (args) => asText(await client.request("POST", "/transfers", args)),
  );
}
