import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "n", version: "1" });
const registry = new Registry();

registry.tool("no_handler", "Only strings.");
registry.tool("object_last", { kind: "x" });
tool("bare_call", "No receiver.", async () => ({}));
server.tool(undefined, "No name.", async () => ({}));
server.tool(42, "A number is not a name.", async () => ({}));
server.tool(getName(), "Computed.", async () => ({}));
server.registerTool(config.name, { description: "Computed name." }, async () => ({}));
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: buildTools() }));
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [{ name: computeName(), description: "x" }] }));
