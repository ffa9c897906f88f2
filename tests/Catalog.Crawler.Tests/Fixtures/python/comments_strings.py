from mcp.server.fastmcp import FastMCP

mcp = FastMCP("c")

# @mcp.tool()
# def commented():
#     """Not a tool."""

EXAMPLE = """
@mcp.tool()
def in_a_string():
    '''Not a tool.'''
    types.Tool(name="string_tool", description="Not a tool.")
"""

text = '@mcp.tool() types.Tool(name="x")'


@mcp.tool()  # a trailing comment with @mcp.tool()
def real():
    """The only tool. # not a comment"""
