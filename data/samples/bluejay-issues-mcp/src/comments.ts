import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { bluejay, text, type BluejayConfig } from "./bluejay.js";

export function registerCommentTools(server: McpServer, config: BluejayConfig): void {
  server.tool(
    "add_comment",
    "Add a comment to an issue. Markdown is supported.",
    {
      issue_key: z.string().regex(/^[A-Z][A-Z0-9]+-\d+$/).describe("Issue key such as WEB-142"),
      body: z.string().min(1).describe("Comment text in Markdown"),
    },
    async ({ issue_key, body }) => text(await bluejay(config, "POST", `/issues/${issue_key}/comments`, { body })),
  );
}
