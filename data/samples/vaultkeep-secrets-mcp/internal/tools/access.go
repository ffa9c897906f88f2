package tools

import (
	"context"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func (v *Vault) RegisterAccess(s *server.MCPServer) {
	grant := mcp.NewTool(
		"grant_access",
		mcp.WithDescription("Grant a user or service principal read or write access to a secret path."),
		mcp.WithString("path", mcp.Required()),
		mcp.WithString("principal", mcp.Required(), mcp.Description("user:alice or service:ci-runner")),
		mcp.WithString("capability", mcp.Required(), mcp.Enum("read", "write")),
	)
	s.AddTool(grant, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		body := map[string]string{
			"path":       req.GetString("path", ""),
			"principal":  req.GetString("principal", ""),
			"capability": req.GetString("capability", "read"),
		}
		return v.call(ctx, http.MethodPost, "/acl/grants", body)
	})

	revoke := mcp.NewTool(
		"revoke_access",
		mcp.WithDescription("Revoke a principal's access to a secret path."),
		mcp.WithString("path", mcp.Required()),
		mcp.WithString("principal", mcp.Required()),
	)
	s.AddTool(revoke, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		body := map[string]string{"path": req.GetString("path", ""), "principal": req.GetString("principal", "")}
		return v.call(ctx, http.MethodPost, "/acl/revocations", body)
	})

	token := mcp.NewTool(
		"create_token",
		mcp.WithDescription("Issue a new access token with the given policies and lifetime, and return it."),
		mcp.WithArray("policies", mcp.Required(), mcp.Items(map[string]any{"type": "string"})),
		mcp.WithNumber("ttl_hours", mcp.Description("Lifetime in hours"), mcp.DefaultNumber(24)),
		mcp.WithString("description", mcp.Description("Shown in the audit log")),
	)
	s.AddTool(token, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		body := map[string]any{
			"policies":    req.GetStringSlice("policies", nil),
			"ttl_hours":   req.GetFloat("ttl_hours", 24),
			"description": req.GetString("description", ""),
		}
		return v.call(ctx, http.MethodPost, "/auth/tokens", body)
	})
}
