from mcp.server.fastmcp import FastMCP

mcp = FastMCP("docs")


@mcp.tool()
def numpy_style(x: int):
    """
    Compute a thing.

    Second paragraph
    continues here.

    Parameters
    ----------
    x : int
        The input.
    """


@mcp.tool()
def with_examples():
    """Show examples.
    Examples:
        >>> with_examples()
    """


@mcp.tool()
def tabs():
	"""Tabbed docstring.
	Second line.
	"""


@mcp.tool()
def formatted():
    f"""Not a docstring {1 + 1}."""


@mcp.tool()
def raw_doc():
    r"""Matches \d+ digits."""


@mcp.tool()
def one_liner(): """Short and sweet."""
