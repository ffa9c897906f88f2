package main

import (
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"example.com/other"
)

func setup(server *mcp.Server) {
	mcp.AddTool(server, &mcp.Tool{Name: "elsewhere", Description: "Arguments type from another package"}, other.Handle)
	mcp.AddTool(server, &mcp.Tool{Name: "missing", Description: "Handler not in the package"}, missingHandler)
	mcp.AddTool(server, &mcp.Tool{Name: "untyped", Description: "Arguments type not declared"}, handleUntyped)
	server.AddTool(&mcp.Tool{Name: "low_level", Description: "Raw handler", InputSchema: schema}, rawHandler)
	mcp.AddTool(server, &mcp.Tool{Name: toolName(), Description: "computed name"}, handleUntyped)
}

func handleUntyped(ctx context.Context, req *mcp.CallToolRequest, args other.Args) (*mcp.CallToolResult, any, error) {
	return nil, nil, nil
}
