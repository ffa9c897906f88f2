package main

import (
	"context"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "greeter"}, nil)

	mcp.AddTool(server, &mcp.Tool{
		Name:        "greet",
		Title:       "Greeter",
		Description: "Says hi to someone",
		Annotations: &mcp.ToolAnnotations{ReadOnlyHint: true, DestructiveHint: jsonschema.Ptr(false), IdempotentHint: true, OpenWorldHint: ptr(false)},
	}, SayHi)

	lookup := &mcp.Tool{Name: "lookup", Description: "Looks up a record"}
	mcp.AddTool(server, lookup, svc.lookup)

	mcp.AddTool(server, &mcp.Tool{Name: "inline", Description: "Inline handler"},
		func(ctx context.Context, req *mcp.CallToolRequest, args struct {
			Query string `json:"query" jsonschema:"what to find"`
			Limit int    `json:"limit,omitempty"`
		}) (*mcp.CallToolResult, any, error) {
			return nil, nil, nil
		})

	mcp.AddTool(server, &mcp.Tool{Name: "legacy", Description: "Old handler shape"}, legacy)
}

func SayHi(ctx context.Context, req *mcp.CallToolRequest, args HiArgs) (*mcp.CallToolResult, any, error) {
	return nil, nil, nil
}

func legacy(ctx context.Context, ss *mcp.ServerSession, params *mcp.CallToolParamsFor[LegacyArgs]) (*mcp.CallToolResultFor[any], error) {
	return nil, nil
}
