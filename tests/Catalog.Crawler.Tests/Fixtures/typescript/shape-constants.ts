import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "tickets", version: "1.0.0" });
const ticketId = z.string().describe("Ticket id such as T-42");
const priority = z.enum(["low", "high"]).optional();

server.tool(
  "get_ticket",
  "Get one ticket.",
  { ticket_id: ticketId },
  { readOnlyHint: true },
  async ({ ticket_id }) => ({ content: [{ type: "text", text: ticket_id }] }),
);

server.tool(
  "set_priority",
  "Set a ticket's priority.",
  { ticket_id: ticketId, priority },
  async () => ({ content: [] }),
);
