import os

from fastmcp import FastMCP
from fastmcp.tools import Tool

from .ledger import close_books
from .missing import not_in_this_repository

mcp = FastMCP("bookkeeping")


def open_books(year: int) -> str:
    """Open the books for a year.

    Args:
        year: The fiscal year to open.
    """
    return "opened"


async def audit_trail(account: str, limit: int = 50) -> list[str]:
    """Show the audit trail of one account."""
    return []


def reconcile(month: str) -> str:
    """Reconcile a month against the bank statement."""
    return month


def forecast(quarters: int = 1) -> dict:
    """Forecast cash flow."""
    return {}


def helper_not_registered(x: int) -> int:
    """Never becomes a tool."""
    return x


if os.getenv("BOOKS_ENABLED", "true") == "true":
    mcp.add_tool(Tool.from_function(open_books))
    mcp.add_tool(Tool.from_function(audit_trail, name="show_audit_trail", description="Audit trail, newest first."))

mcp.add_tool(reconcile)
mcp.tool()(forecast)
mcp.tool(name="close_fiscal_year")(close_books)
mcp.add_tool(not_in_this_repository)
