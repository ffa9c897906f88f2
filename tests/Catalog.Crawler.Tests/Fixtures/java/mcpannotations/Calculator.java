package com.example.calc;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import org.springaicommunity.mcp.annotation.McpTool;
import org.springaicommunity.mcp.annotation.McpToolParam;
import org.springaicommunity.mcp.annotation.McpProgressToken;

public class Calculator {

    private static final String AREA_PREFIX = "Calculate the area ";

    @McpTool(name = ToolNames.AREA, description = AREA_PREFIX + "of a " + "rectangle",
            annotations = @McpTool.McpAnnotations(title = "Rectangle Area", readOnlyHint = true, destructiveHint = false, idempotentHint = true))
    public double area(
            @McpToolParam(description = "Width", required = true) double width,
            @McpToolParam(description = "Height", required = false) Double height,
            McpSyncServerExchange exchange,
            @McpProgressToken String progressToken) {
        return width * height;
    }

    @McpTool(name = "explain", description = """
            Explains a calculation.
              Indented "detail" line.
            """, annotations = @McpTool.McpAnnotations(openWorldHint = false))
    public String explain(@McpToolParam(description = ToolNames.EXPR_DESCRIPTION) String expression) {
        return expression;
    }
}
