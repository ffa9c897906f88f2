package main

import (
	"fmt"
	"os"

	"github.com/mark3labs/mcp-go/server"

	"github.com/stratus-cloud/stratus-mcp/internal/api"
	"github.com/stratus-cloud/stratus-mcp/tools"
)

var version = "0.9.0"

func main() {
	token := os.Getenv("STRATUS_TOKEN")
	if token == "" {
		fmt.Fprintln(os.Stderr, "STRATUS_TOKEN is required")
		os.Exit(1)
	}
	client := api.NewClient(token, os.Getenv("STRATUS_REGION"))

	s := server.NewMCPServer(
		"stratus-cloud",
		version,
		server.WithToolCapabilities(false),
		server.WithRecovery(),
	)

	tools.RegisterCompute(s, client)
	tools.RegisterStorage(s, client)

	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintf(os.Stderr, "server error: %v\n", err)
		os.Exit(1)
	}
}
