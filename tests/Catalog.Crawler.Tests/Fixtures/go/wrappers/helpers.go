package aquarium

import (
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"
)

// tankTool adds the tank argument every tank tool takes.
func tankTool(name string, description string, opts ...mcp.ToolOption) mcp.Tool {
	all := []mcp.ToolOption{
		mcp.WithDescription(fmt.Sprintf("%s (tank tools need a tank id)", description)),
		mcp.WithString("tank_id", mcp.Required(), mcp.Description("Which tank")),
	}
	return mcp.NewTool(name, append(all, opts...)...)
}

// quietTool takes its description last.
func quietTool(name, summary string) mcp.Tool {
	return mcp.NewTool(name, mcp.WithDescription(summary), mcp.WithReadOnlyHintAnnotation(true))
}

// labelFor is not a wrapper: it never builds a tool.
func labelFor(name string, suffix string) string {
	return name + suffix
}
