import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { asText, type NorthwindClient } from "../client.js";

export function registerCustomerTools(server: McpServer, client: NorthwindClient) {
  server.registerTool(
    "search_customers",
    {
      title: "Search customers",
      description: "Search customers by name, email address or phone number.",
      inputSchema: {
        query: z.string().min(2).describe("Free text matched against name, email and phone"),
        limit: z.number().int().min(1).max(50).default(10),
      },
    },
    async ({ query, limit }) =>
      asText(await client.request("GET", `/customers/search?q=${encodeURIComponent(query)}&limit=${limit}`)),
  );

  server.registerTool(
    "delete_customer",
    {
      title: "Delete customer",
      description: "Permanently delete a customer together with their saved cards and mandates.",
      inputSchema: {
        customer_id: z.string().startsWith("cus_"),
      },
      annotations: { destructiveHint: true },
    },
    async ({ customer_id }) => asText(await client.request("DELETE", `/customers/${customer_id}`)),
  );
}
