"""Keeping secrets out of everything briefing prints, logs or saves.

A backend registers its secrets (the API key, credentials in a base URL)
when it is built; `redact` then replaces each of them wherever it appears, so
a server's error body that echoes the key is safe to show. `redact_url`
drops a URL's user and password.
"""

from __future__ import annotations

import base64
import logging
import os
import re
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

MASK = "***"
_MIN_SECRET = 4  # shorter values would mask ordinary words
_SECRET_PARAMETER = re.compile(r"key|token|secret|pass|pwd|sig|auth|credential", re.I)
_secrets: set[str] = set()


def register(*values: str | None) -> None:
    """Remember values that must never be shown."""
    _secrets.update(v for v in values if v and len(v) >= _MIN_SECRET)


def redact(text: str) -> str:
    """`text` with every registered secret, and OPENAI_API_KEY, replaced by ***.

    The key is read at each call, so a worker process that did not build the
    backend still masks it.
    """
    secrets = set(_secrets)
    key = os.environ.get("OPENAI_API_KEY")
    if key and len(key) >= _MIN_SECRET:
        secrets.add(key)
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def url_secrets(url: str) -> list[str]:
    """The credentials written into `url`: its password and `user:password`, as
    written, decoded and as the base64 of HTTP Basic auth (a bare user name is
    masked only inside URLs); and the values of query parameters named like a
    key (`?api-key=…`, `?token=…`)."""
    parts = urlsplit(url)
    query = [
        value
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if _SECRET_PARAMETER.search(name)
    ]
    userinfo = parts.netloc.rpartition("@")[0]
    if not userinfo:
        return query
    _, _, password = userinfo.partition(":")
    basic = [base64.b64encode(form.encode()).decode() for form in (userinfo, unquote(userinfo))]
    return [userinfo, unquote(userinfo), password, unquote(password), *basic, *query]


def has_credentials(url: str | None) -> bool:
    """True when `url` carries a user and password (sent as HTTP Basic auth)."""
    return bool(url) and "@" in urlsplit(url or "").netloc


def redact_url(url: str) -> str:
    """`url` without its user and password: http://user:pass@host/v1 -> http://***@host/v1."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return redact(url)
    host = parts.netloc.rpartition("@")[2]
    return redact(urlunsplit(parts._replace(netloc=f"{MASK}@{host}")))


class RedactingFilter(logging.Filter):
    """Redacts a record's message and traceback before a handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
