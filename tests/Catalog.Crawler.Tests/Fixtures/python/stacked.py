from mcp.server.fastmcp import FastMCP

mcp = FastMCP("s")


class Server:
    def __init__(self):
        self.mcp = FastMCP("inner")

    @mcp.tool()
    @log_calls(level="debug")
    @retry
    async def fetch(self, url: str, *, timeout: float = 3.5) -> str:
        """Fetch a URL. Élan and ünïcode kept."""
        return ""


@mcp.tool(
    name="typed_return",
)
def returns_complex(a: int) -> dict[str, list[int]]:
    """Return annotation with brackets."""
    return {}
