import asyncio

from acme_deploy.server import mcp


def test_every_tool_has_a_description():
    tools = asyncio.run(mcp.list_tools())
    assert tools
    assert all(tool.description for tool in tools)


def test_extra_tool_can_be_added_for_smoke_tests():
    @mcp.tool(name="smoke_ping")
    def smoke_ping() -> str:
        return "pong"

    names = [t.name for t in asyncio.run(mcp.list_tools())]
    assert "smoke_ping" in names
