import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const server = new Server({ name: "garden", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, listGardenTools);

function listGardenTools(): { tools: object[] } {
  return {
    tools: [{ name: "water_plants", description: "Water every plant once" }],
  };
}
