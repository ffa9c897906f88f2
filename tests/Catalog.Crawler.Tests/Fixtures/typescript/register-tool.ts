import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "2.0.0" });

server.registerTool(
  "read_file",
  {
    title: "Read file",
    description: "Read the complete contents of a file.",
    inputSchema: {
      path: z.string().describe("Path to the file"),
      encoding: z.enum(["utf8", "base64"]).default("utf8"),
      tags: z.array(z.string()).optional(),
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  async ({ path }) => ({ content: [] }),
);

const moveConfig = {
  description: "Move a file.",
  inputSchema: { from: z.string(), to: z.string() },
  annotations: { title: "Move", destructiveHint: true },
};

server.registerTool("move_file", moveConfig, async () => ({ content: [] }));

server.registerTool("status", { description: "Server status." }, async () => ({ content: [] }));
