package main

func TestTool(t *testing.T) {
	mcp.AddTool(server, &mcp.Tool{Name: "test_only"}, nil)
}
