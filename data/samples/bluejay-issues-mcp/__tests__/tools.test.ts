import { describe, expect, it } from "vitest";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { registerCommentTools } from "../src/comments.js";

describe("tool registration", () => {
  it("rejects a second tool with the same name", () => {
    const server = new McpServer({ name: "test", version: "0.0.0" });
    server.tool("echo_probe", "Echo the input back.", { value: z.string() }, async ({ value }) => ({
      content: [{ type: "text", text: value }],
    }));
    expect(() =>
      server.tool("echo_probe", "Echo again.", async () => ({ content: [] })),
    ).toThrow(/already registered/);
  });

  it("registers add_comment", () => {
    const server = new McpServer({ name: "test", version: "0.0.0" });
    registerCommentTools(server, { baseUrl: "http://localhost:9", token: "t" });
    expect(server).toBeDefined();
  });
});
