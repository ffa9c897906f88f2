from fastmcp import FastMCP
from mcp.types import ToolAnnotations

app = FastMCP("files")
READ_ONLY = ToolAnnotations(readOnlyHint=True, openWorldHint=False)


@app.tool(name="read_file", description="Read a file from disk.", annotations=READ_ONLY)
def read(path: str) -> str:
    """This docstring is ignored because description= wins."""
    return ""


@app.tool("delete_file", annotations={"destructiveHint": True, "idempotentHint": False, "title": "Delete"})
async def delete(path: str, force: bool = False) -> None:
    """Delete a file."""


@app.tool(
    name="move_file",
    title="Move file",
    annotations=ToolAnnotations(
        destructiveHint=True,
        readOnlyHint=False,
    ),
)
async def move(source: str, target: str):
    """Move a file."""
