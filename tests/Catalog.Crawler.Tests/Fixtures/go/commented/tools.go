package main

import "github.com/mark3labs/mcp-go/mcp"

// mcp.NewTool("line_comment_tool", mcp.WithDescription("no"))

/*
	tool := mcp.NewTool("block_comment_tool",
		mcp.WithDescription("no"),
	)
*/

const help = `usage: mcp.NewTool("raw_string_tool")`
var doc = "call mcp.NewTool(\"string_tool\") to add one"

func NewTool(name string) {}

func real() {
	_ = NewTool("not_qualified")
	_ = mcp.NewTool("real_tool", mcp.WithDescription("The only tool // with slashes /* and stars */"))
}
