import mcp.types as types
from mcp.server.lowlevel import Server

server = Server("db")

QUERY_DESCRIPTION = (
    "Run a read-only SQL query. "
    "Results are limited."
)


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="query",
            description=QUERY_DESCRIPTION,
            inputSchema={
                "type": "object",
                "properties": {
                    "sql": {"type": "string", "description": "SQL to run"},
                    "explain": {"type": "boolean", "default": False},
                    "timeout": {"type": ["number", "null"], "default": None},
                },
                "required": ["sql"],
                "additionalProperties": False,
            },
            annotations=types.ToolAnnotations(readOnlyHint=True),
        ),
        Tool(name="ping", description="Ping the server.", inputSchema={"type": "object", "properties": {}}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    return []
