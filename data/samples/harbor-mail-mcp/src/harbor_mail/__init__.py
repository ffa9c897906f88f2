"""Harbor Mail MCP server."""

__version__ = "0.3.1"
