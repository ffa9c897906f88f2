package main

import "github.com/mark3labs/mcp-go/mcp"

func broken() {
	first := mcp.NewTool("first_tool", mcp.WithDescription("Fine"), mcp.WithString("a", mcp.Required()))
	second := mcp.NewTool("second_tool", mcp.WithDescription("Unbalanced option"), mcp.WithString("b", mcp.Required())
	}
	third := mcp.NewTool("third_tool", mcp.WithDescription("Unterminated string
	fourth := mcp.NewTool("fourth_tool"
