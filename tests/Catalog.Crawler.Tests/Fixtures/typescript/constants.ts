import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const TOOL_NAME = "summarize";
const INTRO = "Summarize a document.";
const DETAILS = `Use this for long texts.
Keeps headings.`;
export const FULL_DESCRIPTION = INTRO + " " + DETAILS;

const server = new McpServer({ name: "docs", version: "1.0.0" });

server.tool(TOOL_NAME, FULL_DESCRIPTION, { text: z.string().describe(INTRO) }, async () => ({ content: [] }));

server.tool(
  "translate",
  "Translate text " +
    "between languages. " +
    'Supports "quotes" and \'apostrophes\'.',
  { text: z.string(), target: z.string().default("en") },
  async () => ({ content: [] }),
);

server.tool(`count_words`, `Count the words \u2014 fast.`, async () => ({ content: [] }));

const dynamicName = process.env.TOOL_NAME ?? "fallback";
server.tool(dynamicName, "Never recorded.", async () => ({ content: [] }));
server.tool(`tool_${dynamicName}`, "Never recorded either.", async () => ({ content: [] }));
server.tool("concat_call", "Described by " + describe(), async () => ({ content: [] }));
