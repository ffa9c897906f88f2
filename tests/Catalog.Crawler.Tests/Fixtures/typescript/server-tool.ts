import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "weather", version: "1.0.0" });

server.tool(
  "get_forecast",
  "Get the weather forecast for a location.",
  {
    latitude: z.number().min(-90).max(90).describe("Latitude of the location"),
    longitude: z.number().describe("Longitude of the location"),
    days: z.number().int().optional(),
  },
  async ({ latitude, longitude }) => {
    return { content: [{ type: "text", text: `${latitude},${longitude}` }] };
  },
);

server.tool("ping", async () => ({ content: [] }));

server.tool("echo", { message: z.string() }, async ({ message }) => ({ content: [{ type: "text", text: message }] }));

server.tool(
  "delete_file",
  "Deletes a file from disk.",
  { path: z.string() },
  { title: "Delete file", readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  async ({ path }) => ({ content: [] }),
);

class WeatherServer {
  private server = new McpServer({ name: "w", version: "1" });

  register() {
    this.server.tool("alerts", 'Active alerts for a US state.', { state: z.string().length(2) }, this.handleAlerts.bind(this));
  }
}

const mcpServer = new McpServer({ name: "x", version: "1" });
mcpServer.tool("list_stations", "Lists stations.", handlers.listStations);
