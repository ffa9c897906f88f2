#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { BrowserSession } from "./session.js";
import { registerBrowserTools } from "./tools/browser.js";
import { registerFetchTools } from "./tools/fetch.js";

const server = new McpServer(
  { name: "tidepool-browser", version: "0.11.0" },
  { instructions: "Take a screenshot after navigating to see what the page looks like." },
);
const session = new BrowserSession();

registerBrowserTools(server, session);
registerFetchTools(server);

process.on("SIGINT", async () => {
  await session.close();
  process.exit(0);
});

await server.connect(new StdioServerTransport());
