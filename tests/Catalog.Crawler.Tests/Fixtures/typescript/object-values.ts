import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";

const CreateIssueSchema = z.object({
  title: z.string().describe("Issue title"),
  body: z.string().optional(),
});

const TOOLS = {
  createIssue: {
    name: "create_issue",
    description: "Create a new issue.",
    inputSchema: zodToJsonSchema(CreateIssueSchema),
  },
  listIssues: {
    name: "list_issues",
    description: "List issues.",
    inputSchema: { type: "object", properties: { state: { type: "string", enum: ["open", "closed"] } } },
  },
};

server.setRequestHandler(ListToolsRequestSchema, async () => {
  const tools = Object.values(TOOLS);
  return { tools };
});
