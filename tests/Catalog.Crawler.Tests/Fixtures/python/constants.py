from mcp.server.fastmcp import FastMCP

mcp = FastMCP("k")

TOOL_NAME = "summarize"
PREFIX = "Summarize "
DESCRIPTION = (PREFIX +
               "a document "
               'in plain words.')


@mcp.tool(name=TOOL_NAME, description=DESCRIPTION)
def summarize(text: str):
    return text


@mcp.tool(name=make_name("x"))
def computed():
    """Never recorded: the name is computed."""


@mcp.tool(description="Described " f"{PREFIX}")
def partly_computed():
    """Docstring not used since description= is given."""
