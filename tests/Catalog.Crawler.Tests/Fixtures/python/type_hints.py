from typing import Annotated, Any, Dict, List, Literal, Optional, Union

from pydantic import Field

from mcp.server.fastmcp import FastMCP

server = FastMCP("types")


@server.tool()
def everything(
    text: str,
    count: int,
    ratio: float,
    flag: bool,
    names: list[str],
    numbers: List[int],
    data: dict,
    scores: Dict[str, float],
    maybe: Optional[str],
    other: str | None,
    mode: Literal["fast", "slow"],
    level: Literal[1, 2, 3],
    note: Annotated[str, Field(description="A note")],
    limit: int = Field(10, description="Max results"),
    query: str = Field(..., description="Search query"),
    anything: Any = None,
    either: Union[int, str] = 1,
    model: SomeModel = None,
    *rest,
    **options,
) -> dict:
    """Exercises the type hint mapping."""
    return {}
