import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

enum Color { Red = "red", Blue = "blue" }

const Address = z.object({
  street: z.string(),
  zip: z.string().optional(),
});

const server = new McpServer({ name: "z", version: "1" });

server.tool(
  "everything",
  "Exercises the zod mapping.",
  {
    text: z.string().min(1).max(200).describe("Some text"),
    count: z.number().int().positive(),
    flag: z.boolean().default(false),
    mode: z.enum(["fast", "slow"]),
    color: z.nativeEnum(Color),
    items: z.array(z.number()),
    address: Address,
    kind: z.literal("fixed"),
    anything: z.any(),
    either: z.union([z.string(), z.number()]),
    labels: z.record(z.string(), z.string()).optional(),
    nested: z.object({ a: z.string(), b: z.number().nullable().optional() }),
    email: z.string().email(),
  },
  async () => ({ content: [] }),
);
