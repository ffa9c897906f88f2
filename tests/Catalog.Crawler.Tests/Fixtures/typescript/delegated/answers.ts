import type { ListToolsRequest, Tool } from "@modelcontextprotocol/sdk/types.js";

export async function answerToolList({
  request,
  pantryOnly,
}: {
  request: ListToolsRequest;
  pantryOnly: boolean;
}): Promise<{ tools: Tool[] }> {
  return {
    tools: [
      {
        name: "boil_water",
        description: "Boil water in the kettle",
        inputSchema: { type: "object", properties: { litres: { type: "number" } } },
      },
      {
        name: "list_pantry",
        description: "List what is left in the pantry",
        inputSchema: { type: "object", properties: {} },
      },
    ],
  };
}
