#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { NorthwindClient } from "./client.js";
import { registerPaymentTools } from "./tools/payments.js";
import { registerCustomerTools } from "./tools/customers.js";

const apiKey = process.env.NORTHWIND_API_KEY;
if (!apiKey) {
  console.error("NORTHWIND_API_KEY is not set");
  process.exit(1);
}

const client = new NorthwindClient(apiKey, process.env.NORTHWIND_API_BASE);
const server = new McpServer({ name: "northwind-payments", version: "0.7.2" });

registerPaymentTools(server, client);
registerCustomerTools(server, client);

const transport = new StdioServerTransport();
await server.connect(transport);
console.error("Northwind payments MCP server running on stdio");
