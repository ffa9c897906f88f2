#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { bluejay, text, type BluejayConfig } from "./bluejay.js";
import { registerCommentTools } from "./comments.js";

const config: BluejayConfig = {
  baseUrl: process.env.BLUEJAY_URL ?? "https://app.bluejay.example",
  token: process.env.BLUEJAY_TOKEN ?? "",
};

const server = new McpServer({
  name: "bluejay-issues",
  version: "0.5.0",
});

const issueKey = z.string().regex(/^[A-Z][A-Z0-9]+-\d+$/).describe("Issue key such as WEB-142");

server.tool("list_projects", "List the projects the API token can see, with their keys and leads.", async () =>
  text(await bluejay(config, "GET", "/projects")),
);

server.tool(
  "search_issues",
  "Search issues with Bluejay query syntax, e.g. 'project = WEB AND state = open'.",
  {
    query: z.string().describe("A Bluejay query"),
    limit: z.number().int().min(1).max(200).optional().default(50),
  },
  async ({ query, limit }) =>
    text(await bluejay(config, "GET", `/search?q=${encodeURIComponent(query)}&limit=${limit}`)),
);

server.tool(
  "get_issue",
  "Get one issue with its description, labels, assignee and linked issues.",
  { issue_key: issueKey },
  { readOnlyHint: true, openWorldHint: false },
  async ({ issue_key }) => text(await bluejay(config, "GET", `/issues/${issue_key}?expand=links`)),
);

// The v1 search endpoint was retired in 0.4; search_issues replaces this tool.
// server.tool("find_issues", "Find issues whose title contains a phrase.", { phrase: z.string() }, async ({ phrase }) =>
//   text(await bluejay(config, "GET", `/v1/find?title=${phrase}`)),
// );

server.tool(
  "create_issue",
  "Create an issue in a project.",
  {
    project_key: z.string().describe("Project key, e.g. WEB"),
    title: z.string().min(1).max(255),
    body: z.string().optional().describe("Description in Markdown"),
    labels: z.array(z.string()).optional(),
    assignee: z.string().optional().describe("Username of the assignee"),
  },
  async (args) => text(await bluejay(config, "POST", "/issues", args)),
);

server.tool(
  "update_issue",
  "Change the title, description, state or assignee of an issue.",
  {
    issue_key: issueKey,
    title: z.string().optional(),
    body: z.string().optional(),
    state: z.enum(["open", "in_progress", "done", "wont_do"]).optional(),
    assignee: z.string().nullable().optional(),
  },
  async ({ issue_key, ...changes }) => text(await bluejay(config, "PATCH", `/issues/${issue_key}`, changes)),
);

server.tool(
  "remove_label",
  "Remove a label from an issue.",
  { issue_key: issueKey, label: z.string() },
  async ({ issue_key, label }) =>
    text(await bluejay(config, "DELETE", `/issues/${issue_key}/labels/${encodeURIComponent(label)}`)),
);

server.tool(
  "delete_issue",
  "Delete an issue and its comments. Deleted issues cannot be restored.",
  { issue_key: issueKey },
  { destructiveHint: true, idempotentHint: true },
  async ({ issue_key }) => {
    await bluejay(config, "DELETE", `/issues/${issue_key}`);
    return text(`Deleted ${issue_key}`);
  },
);

registerCommentTools(server, config);

async function main() {
  if (!config.token) {
    throw new Error("BLUEJAY_TOKEN must be set");
  }
  await server.connect(new StdioServerTransport());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
