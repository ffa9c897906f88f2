"""Thin wrapper over IMAP and SMTP so the tools stay readable."""

from __future__ import annotations

import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

from imapclient import IMAPClient


@dataclass(frozen=True)
class Settings:
    imap_host: str
    smtp_host: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            imap_host=os.environ["HARBOR_IMAP_HOST"],
            smtp_host=os.environ["HARBOR_SMTP_HOST"],
            user=os.environ["HARBOR_USER"],
            password=os.environ["HARBOR_APP_PASSWORD"],
        )


def imap(settings: Settings) -> IMAPClient:
    client = IMAPClient(settings.imap_host, ssl=True)
    client.login(settings.user, settings.password)
    return client


def smtp_send(settings: Settings, message: EmailMessage) -> None:
    with smtplib.SMTP_SSL(settings.smtp_host) as smtp:
        smtp.login(settings.user, settings.password)
        smtp.send_message(message)
