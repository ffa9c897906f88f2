#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "plain", version: "1" });
const quoteRegex = /["'`]/g;
const ratio = total / count / 2;

server.tool("strip_quotes", 'Removes "quotes" from text.', { text: z.string() }, async ({ text }) => ({
  content: [{ type: "text", text: text.replace(quoteRegex, "") }],
}));

server
  .tool("chained", "Registered on a new line.", async () => ({ content: [] }));
