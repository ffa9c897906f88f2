const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const TOOLS = [
  { name: "start", description: "Start the machine." },
  { name: "stop", description: "Stop the machine." },
];

const server = new McpServer({ name: "machine", version: "1" });

for (const t of TOOLS) {
  server.tool(t.name, t.description, async () => ({ content: [] }));
}

[{ name: "restart", description: "Restart it." }].forEach((tool) => {
  server.tool(tool.name, tool.description, async () => ({ content: [] }));
});
