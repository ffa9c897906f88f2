"""Harbor Mail tools exposed over MCP."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Annotated

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import Field

from .mailbox import Settings, imap, smtp_send

mcp = FastMCP("harbor-mail")
settings = Settings.from_env()


@mcp.tool()
def list_mailboxes() -> list[dict]:
    """List the mailboxes of the signed-in account with their unread counts."""
    with imap(settings) as client:
        folders = [name for _flags, _sep, name in client.list_folders()]
        return [
            {"name": name, "unread": client.folder_status(name, ["UNSEEN"])[b"UNSEEN"]}
            for name in folders
        ]


@mcp.tool()
async def search_messages(query: str, mailbox: str = "INBOX", limit: int = 20) -> list[dict]:
    """Search messages by sender, subject or body text.

    Args:
        query: Text to look for; matched against From, Subject and the body.
        mailbox: Folder to search in.
        limit: Maximum number of messages to return, newest first.
    """
    with imap(settings) as client:
        client.select_folder(mailbox, readonly=True)
        ids = client.search(["OR", "FROM", query, "OR", "SUBJECT", query, "BODY", query])
        ids = sorted(ids, reverse=True)[:limit]
        envelopes = client.fetch(ids, ["ENVELOPE"])
        return [
            {
                "id": f"{mailbox}:{uid}",
                "from": str(data[b"ENVELOPE"].from_[0]),
                "subject": (data[b"ENVELOPE"].subject or b"").decode(errors="replace"),
                "date": data[b"ENVELOPE"].date.isoformat(),
            }
            for uid, data in envelopes.items()
        ]


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=False))
async def read_message(
    message_id: Annotated[str, Field(description="Message id as returned by search_messages, e.g. INBOX:4182")],
) -> dict:
    """Fetch the full body, headers and attachment names of one message.

    Args:
        message_id: Message id as returned by search_messages.
    """
    mailbox, uid = message_id.rsplit(":", 1)
    with imap(settings) as client:
        client.select_folder(mailbox, readonly=True)
        raw = client.fetch([int(uid)], ["RFC822"])[int(uid)][b"RFC822"]
    return {"id": message_id, "raw": raw.decode(errors="replace")}


@mcp.tool()
async def send_email(
    to: list[str],
    subject: str,
    body: str,
    cc: list[str] | None = None,
    html: bool = False,
) -> str:
    """Send an email from the signed-in account.

    Args:
        to: Recipient addresses.
        subject: Subject line.
        body: Message body, plain text unless html is true.
        cc: Addresses to copy.
        html: Send the body as HTML.
    """
    message = EmailMessage()
    message["From"] = settings.user
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Subject"] = subject
    message.set_content(body, subtype="html" if html else "plain")
    smtp_send(settings, message)
    return f"Sent to {len(to) + len(cc or [])} recipient(s)"


@mcp.tool()
def create_draft(to: list[str], subject: str, body: str) -> str:
    """Save a draft in the Drafts folder without sending it.

    Args:
        to: Recipient addresses.
        subject: Subject line.
        body: Plain-text body.
    """
    message = EmailMessage()
    message["From"] = settings.user
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message.set_content(body)
    with imap(settings) as client:
        client.append("Drafts", message.as_bytes(), flags=[b"\\Draft"])
    return "Draft saved"


@mcp.tool()
def flag_message(message_id: str, flagged: bool = True) -> str:
    """Flag or unflag a message for follow-up.

    Args:
        message_id: Message id as returned by search_messages.
        flagged: True to set the flag, False to clear it.
    """
    mailbox, uid = message_id.rsplit(":", 1)
    with imap(settings) as client:
        client.select_folder(mailbox)
        if flagged:
            client.add_flags([int(uid)], [b"\\Flagged"])
        else:
            client.remove_flags([int(uid)], [b"\\Flagged"])
    return "ok"


@mcp.tool(name="delete_message", description="Permanently delete a message, bypassing the Trash.")
def expunge_message(message_id: str) -> str:
    """Mark the message deleted and expunge it from its folder.

    Args:
        message_id: Message id as returned by search_messages.
    """
    mailbox, uid = message_id.rsplit(":", 1)
    with imap(settings) as client:
        client.select_folder(mailbox)
        client.delete_messages([int(uid)])
        client.uid_expunge([int(uid)])
    return f"Deleted {message_id}"


@mcp.tool()
async def empty_trash(older_than_days: int = 0) -> str:
    """Permanently delete every message in the Trash folder.

    Args:
        older_than_days: Only delete messages that have been in the Trash at least this many days.
    """
    with imap(settings) as client:
        client.select_folder("Trash")
        criteria = ["ALL"] if older_than_days <= 0 else ["BEFORE", _days_ago(older_than_days)]
        ids = client.search(criteria)
        client.delete_messages(ids)
        client.expunge()
    return f"Deleted {len(ids)} message(s) from Trash"


def _days_ago(days: int):
    from datetime import date, timedelta

    return date.today() - timedelta(days=days)


# Kept out of the tool list on purpose: moving between folders is done by the client UI.
# @mcp.tool()
# def move_message(message_id: str, destination: str) -> str:
#     """Move a message to another folder."""


def main() -> None:
    mcp.run()


if __name__ == "__main__":
    main()
