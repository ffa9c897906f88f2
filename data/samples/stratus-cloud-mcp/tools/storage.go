package tools

import (
	"context"
	"fmt"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/stratus-cloud/stratus-mcp/internal/api"
)

// RegisterStorage adds the object storage tools.
func RegisterStorage(s *server.MCPServer, c *api.Client) {
	s.AddTool(
		mcp.NewTool("list_buckets",
			mcp.WithDescription("List storage buckets with their region and size."),
			mcp.WithReadOnlyHintAnnotation(true),
			mcp.WithOpenWorldHintAnnotation(false),
		),
		func(ctx context.Context, _ mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return textResult(c.Do(ctx, http.MethodGet, "/buckets", nil))
		},
	)

	s.AddTool(
		mcp.NewTool("set_bucket_access",
			mcp.WithDescription("Set a bucket's access level to private or public-read."),
			mcp.WithString("bucket", mcp.Required()),
			mcp.WithString("access", mcp.Required(), mcp.Enum("private", "public-read")),
		),
		func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			bucket, err := req.RequireString("bucket")
			if err != nil {
				return mcp.NewToolResultError(err.Error()), nil
			}
			access, err := req.RequireString("access")
			if err != nil {
				return mcp.NewToolResultError(err.Error()), nil
			}
			return textResult(c.Do(ctx, http.MethodPut, "/buckets/"+bucket+"/acl", map[string]string{"access": access}))
		},
	)

	s.AddTool(
		mcp.NewTool("delete_bucket",
			mcp.WithDescription("Delete a bucket. With force, every object in it is deleted first."),
			mcp.WithString("bucket", mcp.Required(), mcp.Description("Bucket name")),
			mcp.WithBoolean("force", mcp.Description("Delete all objects before deleting the bucket")),
			mcp.WithDestructiveHintAnnotation(true),
			mcp.WithIdempotentHintAnnotation(true),
		),
		func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			bucket, err := req.RequireString("bucket")
			if err != nil {
				return mcp.NewToolResultError(err.Error()), nil
			}
			path := fmt.Sprintf("/buckets/%s?force=%t", bucket, req.GetBool("force", false))
			return textResult(c.Do(ctx, http.MethodDelete, path, nil))
		},
	)
}
