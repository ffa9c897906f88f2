import os from "node:os";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "host-info", version: "1.0.0" });
const describeLater = loadDescription();

server.tool("where_am_i", "Report the state of host " + os.hostname() + " right now", async () => ({ content: [] }));

server.registerTool(
  "uptime",
  {
    description: `Uptime of this ${process.platform} machine, in seconds`,
    inputSchema: { precise: z.boolean().optional() },
  },
  async () => ({ content: [] }),
);

// A description that is only a value computed elsewhere gives no text at all.
server.registerTool("mystery", { description: describeLater }, async () => ({ content: [] }));
