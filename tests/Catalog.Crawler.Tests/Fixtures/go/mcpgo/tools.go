package main

import (
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func register(s *server.MCPServer) {
	search := mcp.NewTool("search_issues",
		mcp.WithDescription("Searches issues"),
		mcp.WithTitleAnnotation("Search issues"),
		mcp.WithString("query",
			mcp.Required(),
			mcp.Description("Search text"),
		),
		mcp.WithString("state", mcp.Enum("open", "closed"), mcp.DefaultString("open")),
		mcp.WithNumber("limit", mcp.Description("At most this many"), mcp.Min(1)),
		mcp.WithInteger("page"),
		mcp.WithBoolean("archived", mcp.Required()),
		mcp.WithArray("labels", mcp.WithStringItems()),
		mcp.WithArray("ids", mcp.Items(map[string]any{"type": "number"})),
		mcp.WithObject("filter"),
		mcp.WithReadOnlyHintAnnotation(true),
		mcp.WithDestructiveHintAnnotation(false),
		mcp.WithIdempotentHintAnnotation(true),
		mcp.WithOpenWorldHintAnnotation(true),
	)
	s.AddTool(search, handleSearch)

	s.AddTool(mcp.NewTool("close_issue",
		mcp.WithDescription("Closes an issue"),
		mcp.WithToolAnnotation(mcp.ToolAnnotation{
			Title:           "Close issue",
			ReadOnlyHint:    mcp.ToBoolPtr(false),
			DestructiveHint: mcp.ToBoolPtr(true),
		}),
		mcp.WithNumber("number", mcp.Required()),
	), handleClose)

	s.AddTool(mcp.NewTool("typed_tool", mcp.WithDescription("Typed"), mcp.WithInputSchema[TypedArgs]()), handleTyped)

	raw := mcp.NewToolWithRawSchema("raw_tool", "Raw schema", json.RawMessage(`{"type":"object","properties":{"x":{"type":"string"}},"required":["x"]}`))
	s.AddTool(raw, handleRaw)
}

type TypedArgs struct {
	Path string `json:"path" jsonschema:"description=File path, relative to the root,required"`
	Mode string `json:"mode,omitempty"`
}
