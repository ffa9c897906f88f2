import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema, Tool, ToolSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";
import * as schemas from "./imported/schemas.js";

enum ToolName {
  ECHO = "echo",
  ADD = "add",
}

const NAMES = { SUM: "sum" } as const;
const DESCRIPTIONS = { sum: "Sums a list." };

const AddSchema = z.object({
  a: z.number().describe("First number"),
  b: z.number().describe("Second number"),
});

server.setRequestHandler(ListToolsRequestSchema, async () => {
  const tools: Tool[] = [
    {
      name: ToolName.ECHO,
      description: "Echoes back the input",
      inputSchema: zodToJsonSchema(schemas.EchoSchema) as ToolInput,
    },
    {
      name: ToolName.ADD,
      description: "Adds two numbers",
      inputSchema: zodToJsonSchema(AddSchema) as ToolInput,
    },
    { name: NAMES.SUM, description: DESCRIPTIONS.sum, inputSchema: { type: "object", properties: { values: { type: "array" } } } },
  ];

  return { tools };
});
