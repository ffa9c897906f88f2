import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const server = new McpServer({ name: "c", version: "1" });

// server.tool("commented_line", "Not a tool.", async () => ({ content: [] }));

/*
server.tool("commented_block", "Not a tool.", async () => ({ content: [] }));
*/

/**
 * Example: server.registerTool("doc_example", { description: "Not a tool." }, async () => {});
 */
const example = 'server.tool("in_a_string", "Not a tool.", async () => ({}))';
const template = `server.tool("in_a_template", "Not a tool.", async () => ({}))`;
const slash = /server.tool\("in_a_regex", "x", async \(\) => 1\)/;

server.tool("real", "The only real tool. // not a comment /* either */", async () => ({ content: [] })); // trailing comment
