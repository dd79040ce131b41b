"""`--verbose`: details of failures and retries on stderr, with secrets redacted."""

from __future__ import annotations

import logging
import sys

from briefing.redact import RedactingFilter

log = logging.getLogger("briefing")
_HANDLER_NAME = "briefing-verbose"


def setup(verbose: bool) -> None:
    """Without --verbose only the one-line errors show; with it, retries and tracebacks.

    Called once per command; a handler left by an earlier call (tests run
    several commands in one process) is replaced, so it writes to today's stderr.
    """
    logging.getLogger("instructor").setLevel(logging.ERROR if verbose else logging.CRITICAL)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    if not verbose:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    log.setLevel(logging.DEBUG)


def details(message: str, exc: BaseException) -> None:
    """Log a failure with its chain of causes (shown with --verbose)."""
    log.debug(message, exc_info=(type(exc), exc, exc.__traceback__))
