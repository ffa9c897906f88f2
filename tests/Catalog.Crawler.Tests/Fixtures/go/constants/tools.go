package tools

import "github.com/mark3labs/mcp-go/mcp"

var readDescription = "Reads a file " + suffix

const suffix = "from disk."

func tools() []mcp.Tool {
	return []mcp.Tool{
		mcp.NewTool(ReadToolName,
			mcp.WithDescription(readDescription),
			mcp.WithString(pathParam, mcp.Required(), mcp.Description(`Path of the "file"`)),
		),
		mcp.NewTool("write_"+"file",
			mcp.WithDescription(`Writes a file.
Overwrites without asking.`),
		),
		mcp.NewTool(fmt.Sprintf("dynamic_%d", 1), mcp.WithDescription("name is computed")),
		mcp.NewTool(toolPrefix+"delete", mcp.WithDescription(prefixNote+"deletes")),
	}
}
