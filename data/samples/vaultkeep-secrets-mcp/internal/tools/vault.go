package tools

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
)

// Vault is a minimal client for the Vaultkeep HTTP API.
type Vault struct {
	addr  string
	token string
}

func NewVault(addr, token string) *Vault {
	return &Vault{addr: addr, token: token}
}

func (v *Vault) call(ctx context.Context, method, path string, body any) (*mcp.CallToolResult, error) {
	var reader io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		reader = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, v.addr+"/v1"+path, reader)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Vaultkeep-Token", v.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 400 {
		return mcp.NewToolResultError(fmt.Sprintf("vaultkeep: %d %s", resp.StatusCode, data)), nil
	}
	return mcp.NewToolResultText(string(data)), nil
}
