from mcp.server.fastmcp import FastMCP

mcp = FastMCP("b")


@mcp.tool()
def first(q: str):
    """Defined before the errors."""


def broken(:
    x = = 1
    return "unterminated

@mcp.tool()
def second():
    """Still found after the broken function."""


@mcp.tool()
def third(
    a: int,
    """Unclosed signature, never closed.
