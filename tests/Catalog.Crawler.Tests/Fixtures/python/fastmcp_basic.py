from mcp.server.fastmcp import FastMCP, Context

mcp = FastMCP("weather")


@mcp.tool()
async def get_forecast(latitude: float, longitude: float, ctx: Context) -> str:
    """Get the weather forecast for a location.

    Uses the national weather service.

    Args:
        latitude: Latitude of the location
        longitude: Longitude of the location
    """
    return "sunny"


@mcp.tool
def add(a: int, b: int = 2) -> int:
    """Add two numbers."""
    return a + b


@mcp.tool()
def no_docstring(*args, **kwargs):
    return None


class Tools:
    @mcp.tool()
    def search(self, query: str, limit: int = 10):
        '''
        Search the catalogue.
          Indented line kept relative.
        Returns:
            A list of results.
        '''
        return []
