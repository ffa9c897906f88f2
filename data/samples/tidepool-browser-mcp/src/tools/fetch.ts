import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import TurndownService from "turndown";
import { z } from "zod";

export function registerFetchTools(server: McpServer) {
  const turndown = new TurndownService({ headingStyle: "atx" });

  server.registerTool(
    "fetch_markdown",
    {
      title: "Fetch as Markdown",
      description: "Fetch a URL from the server and return the page as Markdown.",
      inputSchema: {
        url: z.string().url(),
        max_length: z.number().int().positive().default(20000),
      },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async ({ url, max_length }) => {
      const res = await fetch(url, { redirect: "follow" });
      const markdown = turndown.turndown(await res.text());
      return { content: [{ type: "text" as const, text: markdown.slice(0, max_length) }] };
    },
  );
}
