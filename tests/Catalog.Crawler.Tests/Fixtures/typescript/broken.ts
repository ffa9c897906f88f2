import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "b", version: "1" });

server.tool("first", "Defined before the errors.", { q: z.string() }, async () => ({ content: [] }));

function broken( {
  const x = = ;
}

server.tool("second", "Still readable after the broken function.", async () => ({ content: [] }));

server.tool("unterminated", "This string never ends, async () => ({ content: [] }));

server.tool("third", "After the unterminated string.", async () => ({ content: [] }));

const s = "and this one runs to the end of the file
server.tool("last", "No closing parenthesis", async () => {
