package com.example.sdk;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;

public class Server {
    private static final String ECHO_SCHEMA = "{\"type\":\"object\"," +
            "\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"]}";

    void register(McpSyncServer server) {
        String schema = """
                {
                  "type": "object",
                  "properties": {
                    "operation": {"type": "string", "description": "add or sub"},
                    "a": {"type": "number"}
                  },
                  "required": ["operation"]
                }
                """;
        var calculator = new McpSchema.Tool("calculator", "Basic calculator", schema);

        var echo = new Tool("echo", "Echo", "Echoes text", ECHO_SCHEMA, null,
                new ToolAnnotations("Echo", true, false, true, false, false), null);

        var built = McpSchema.Tool.builder()
                .name("built_tool")
                .title("Built")
                .description("Made with " + "the builder")
                .inputSchema(jsonMapper, ECHO_SCHEMA)
                .annotations(new McpSchema.ToolAnnotations(null, false, true, null, true, null))
                .build();

        var broken = new McpSchema.Tool("bad_schema", "Schema is not JSON", "{not json");
        var computed = new McpSchema.Tool(prefix() + "x", "Computed name", ECHO_SCHEMA);
        var objectSchema = new McpSchema.Tool("object_schema", "Schema object", new JsonSchema("object", null, null, null, null, null));
    }
}
