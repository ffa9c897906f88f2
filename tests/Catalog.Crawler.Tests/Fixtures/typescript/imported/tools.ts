import type { Tool } from "@modelcontextprotocol/sdk/types.js";

const SEARCH_DESCRIPTION = "Search the index. " +
  "Returns at most ten results.";

export const searchTool: Tool = {
  name: "search",
  description: SEARCH_DESCRIPTION,
  inputSchema: {
    type: "object",
    properties: { query: { type: "string" } },
    required: ["query"],
  },
};

export const FETCH_TOOLS: Tool[] = [
  {
    name: "fetch",
    description: `Fetch a URL.`,
    inputSchema: { type: "object", properties: { url: { type: "string", format: "uri" } } },
  },
];
