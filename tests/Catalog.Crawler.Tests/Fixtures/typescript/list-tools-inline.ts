import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const server = new Server({ name: "db", version: "0.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => {
  return {
    tools: [
      {
        name: "query",
        description: "Run a read-only SQL query.",
        inputSchema: {
          type: "object",
          properties: {
            sql: { type: "string", description: "The SQL to run" },
            limit: { type: "number", default: 100, minimum: -1 },
          },
          required: ["sql"],
        },
        annotations: { readOnlyHint: true },
      },
      {
        name: "list_tables",
        description: "List the tables.",
        inputSchema: { type: "object", properties: {} },
      },
    ],
  };
});

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  return { tools: [{ name: "not_a_listing", description: "ignored" }] };
});
