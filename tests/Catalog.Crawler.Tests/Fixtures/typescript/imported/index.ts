import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { searchTool, FETCH_TOOLS as fetchTools } from "./tools.js";
import { ADMIN_TOOLS } from "../imported/admin";

const localTool = {
  name: "local",
  description: "Defined in the index.",
  inputSchema: { type: "object", properties: {} },
};

const ALL_TOOLS = [searchTool, ...fetchTools, localTool];

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [...ALL_TOOLS, ...ADMIN_TOOLS],
}));
