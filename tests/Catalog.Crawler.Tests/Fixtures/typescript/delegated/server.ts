import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { answerToolList } from "./answers.js";

export function createKitchenServer(pantryOnly: boolean) {
  const server = new Server({ name: "kitchen", version: "2.0.0" }, { capabilities: { tools: {} } });

  // The handler only forwards; the list lives in answers.ts.
  server.setRequestHandler(ListToolsRequestSchema, (request) =>
    answerToolList({ request, pantryOnly }),
  );

  return server;
}
