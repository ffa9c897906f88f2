import React from "react";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

export function Help() {
  return <div className="help">Don't panic, it's only JSX</div>;
}

const server = new McpServer({ name: "ui", version: "1" });
server.tool("render", "Render the help page.", async () => ({ content: [] }));
