import pytest
from mcp.server.fastmcp import FastMCP


@pytest.fixture
def server() -> FastMCP:
    return FastMCP("harbor-mail-test")


@pytest.mark.asyncio
async def test_registered_tool_is_listed(server: FastMCP):
    @server.tool()
    def ping() -> str:
        """Answer pong."""
        return "pong"

    tools = await server.list_tools()
    assert [t.name for t in tools] == ["ping"]


@pytest.mark.asyncio
async def test_explicit_name_wins(server: FastMCP):
    server.tool(name="fake_send", description="Pretend to send.")(lambda: "sent")
    tools = await server.list_tools()
    assert tools[0].name == "fake_send"
