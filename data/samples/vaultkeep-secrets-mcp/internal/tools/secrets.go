package tools

import (
	"context"
	"fmt"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func (v *Vault) RegisterSecrets(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("list_secrets",
		mcp.WithDescription("List the secret names under a path. Values are never returned."),
		mcp.WithString("path", mcp.Description("Folder path such as apps/checkout/"), mcp.DefaultString("/")),
		mcp.WithBoolean("recursive", mcp.Description("Include sub-folders")),
		mcp.WithReadOnlyHintAnnotation(true),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		path := req.GetString("path", "/")
		return v.call(ctx, http.MethodGet, fmt.Sprintf("/metadata%s?recursive=%t", path, req.GetBool("recursive", false)), nil)
	})

	s.AddTool(mcp.NewTool("read_secret",
		mcp.WithDescription("Read the value of a secret, optionally at an older version."),
		mcp.WithString("path", mcp.Required(), mcp.Description("Full path of the secret")),
		mcp.WithNumber("version", mcp.Description("Version number; the latest when omitted")),
		mcp.WithReadOnlyHintAnnotation(true),
		mcp.WithOpenWorldHintAnnotation(false),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		path, err := req.RequireString("path")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		query := ""
		if version := req.GetInt("version", 0); version > 0 {
			query = fmt.Sprintf("?version=%d", version)
		}
		return v.call(ctx, http.MethodGet, "/data"+path+query, nil)
	})

	s.AddTool(mcp.NewTool("write_secret",
		mcp.WithDescription("Store a new version of a secret. Older versions are kept."),
		mcp.WithString("path", mcp.Required()),
		mcp.WithString("value", mcp.Required(), mcp.Description("The secret value")),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		path, err := req.RequireString("path")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		value, err := req.RequireString("value")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		return v.call(ctx, http.MethodPost, "/data"+path, map[string]string{"value": value})
	})

	// Deleting with all_versions destroys the history as well; the API has no undo for it.
	s.AddTool(mcp.NewTool("delete_secret",
		mcp.WithDescription("Delete a secret. With all_versions, its whole history is destroyed as well."),
		mcp.WithString("path", mcp.Required()),
		mcp.WithBoolean("all_versions", mcp.DefaultBool(false)),
		mcp.WithDestructiveHintAnnotation(true),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		path, err := req.RequireString("path")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		if req.GetBool("all_versions", false) {
			return v.call(ctx, http.MethodDelete, "/metadata"+path, nil)
		}
		return v.call(ctx, http.MethodDelete, "/data"+path, nil)
	})
}
