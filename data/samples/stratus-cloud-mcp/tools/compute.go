package tools

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/stratus-cloud/stratus-mcp/internal/api"
)

func textResult(body string, err error) (*mcp.CallToolResult, error) {
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(body), nil
}

// RegisterCompute adds the instance and volume tools.
func RegisterCompute(s *server.MCPServer, c *api.Client) {
	listInstances := mcp.NewTool("list_instances",
		mcp.WithDescription("List compute instances in a region, optionally filtered by state."),
		mcp.WithString("region", mcp.Description("Region code such as eu-central-1; defaults to the configured region")),
		mcp.WithString("state", mcp.Enum("running", "stopped", "pending", "terminated")),
		mcp.WithReadOnlyHintAnnotation(true),
	)
	s.AddTool(listInstances, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		q := url.Values{}
		if region := req.GetString("region", ""); region != "" {
			q.Set("region", region)
		}
		if state := req.GetString("state", ""); state != "" {
			q.Set("state", state)
		}
		return textResult(c.Do(ctx, http.MethodGet, "/instances?"+q.Encode(), nil))
	})

	getInstance := mcp.NewTool("get_instance",
		mcp.WithDescription("Get the details of one instance: type, image, IP addresses, tags and state."),
		mcp.WithString("instance_id", mcp.Required(), mcp.Description("Instance id, e.g. i-0a12bc34")),
		mcp.WithReadOnlyHintAnnotation(true),
	)
	s.AddTool(getInstance, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		id, err := req.RequireString("instance_id")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		return textResult(c.Do(ctx, http.MethodGet, "/instances/"+id, nil))
	})

	s.AddTool(mcp.NewTool("start_instance",
		mcp.WithDescription("Start a stopped instance."),
		mcp.WithString("instance_id", mcp.Required()),
	), instanceAction(c, "start"))

	s.AddTool(mcp.NewTool("stop_instance",
		mcp.WithDescription("Stop a running instance. Its disks are kept."),
		mcp.WithString("instance_id", mcp.Required()),
		mcp.WithBoolean("force", mcp.Description("Power off without waiting for a clean shutdown")),
	), instanceAction(c, "stop"))

	s.AddTool(mcp.NewTool("reboot_instance",
		mcp.WithDescription("Reboot an instance."),
		mcp.WithString("instance_id", mcp.Required()),
	), instanceAction(c, "reboot"))

	terminate := mcp.NewTool("terminate_instance",
		mcp.WithDescription("Terminate an instance and delete its boot disk. Terminated instances cannot be recovered."),
		mcp.WithString("instance_id", mcp.Required()),
		mcp.WithBoolean("keep_data_disks", mcp.Description("Detach and keep attached data disks"), mcp.DefaultBool(true)),
		mcp.WithDestructiveHintAnnotation(true),
	)
	s.AddTool(terminate, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		id, err := req.RequireString("instance_id")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		keep := req.GetBool("keep_data_disks", true)
		return textResult(c.Do(ctx, http.MethodDelete, fmt.Sprintf("/instances/%s?keep_data_disks=%t", id, keep), nil))
	})

	runCommand := mcp.NewTool("run_instance_command",
		mcp.WithDescription("Run a shell command on an instance through the Stratus agent and return stdout and stderr."),
		mcp.WithString("instance_id", mcp.Required()),
		mcp.WithString("command", mcp.Required(), mcp.Description("Command line, run with /bin/sh -c as root")),
		mcp.WithNumber("timeout_seconds", mcp.Description("Give up after this many seconds"), mcp.DefaultNumber(60)),
	)
	s.AddTool(runCommand, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		id, err := req.RequireString("instance_id")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		command, err := req.RequireString("command")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		body := map[string]any{"command": command, "timeout": req.GetFloat("timeout_seconds", 60)}
		return textResult(c.Do(ctx, http.MethodPost, "/instances/"+id+"/agent/run", body))
	})

	snapshot := mcp.NewTool("create_snapshot",
		mcp.WithDescription("Create a snapshot of a volume."),
		mcp.WithString("volume_id", mcp.Required()),
		mcp.WithString("name", mcp.Description("Snapshot name; generated when empty")),
	)
	s.AddTool(snapshot, func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		id, err := req.RequireString("volume_id")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		body := map[string]any{"volume_id": id, "name": req.GetString("name", "")}
		return textResult(c.Do(ctx, http.MethodPost, "/snapshots", body))
	})
}

func instanceAction(c *api.Client, action string) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		id, err := req.RequireString("instance_id")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		body := map[string]any{"force": req.GetBool("force", false)}
		return textResult(c.Do(ctx, http.MethodPost, "/instances/"+id+"/"+action, body))
	}
}
