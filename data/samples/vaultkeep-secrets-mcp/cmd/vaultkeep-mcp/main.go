package main

import (
	"log"
	"os"

	"github.com/mark3labs/mcp-go/server"

	"github.com/vaultkeep/vaultkeep-mcp/internal/tools"
)

func main() {
	addr := os.Getenv("VAULTKEEP_ADDR")
	token := os.Getenv("VAULTKEEP_TOKEN")
	if addr == "" || token == "" {
		log.Fatal("VAULTKEEP_ADDR and VAULTKEEP_TOKEN must be set")
	}

	s := server.NewMCPServer("vaultkeep", "0.6.1", server.WithToolCapabilities(true))
	vk := tools.NewVault(addr, token)
	vk.RegisterSecrets(s)
	vk.RegisterAccess(s)

	if err := server.ServeStdio(s); err != nil {
		log.Fatal(err)
	}
}
