from mcp.server.fastmcp import FastMCP
from langchain.tools import tool

mcp = FastMCP("n")


@tool
def langchain_tool():
    """Not an MCP tool."""


@mcp.resource("config://app")
def resource():
    """A resource."""


@mcp.prompt()
def prompt():
    """A prompt."""


@server.call_tool()
async def call(name, arguments):
    return []


class Tool(BaseModel):
    name: str


tool_object = Tool(name=dynamic_name, description="Computed name.")
