"""`--verbose`: details of failures and retries on stderr, with secrets redacted."""

from __future__ import annotations

import logging
import sys

from briefing.redact import RedactingFilter

log = logging.getLogger("briefing")


def setup(verbose: bool) -> None:
    """Without --verbose only the one-line errors show; with it, retries and tracebacks."""
    logging.getLogger("instructor").setLevel(logging.ERROR if verbose else logging.CRITICAL)
    if not verbose:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    log.setLevel(logging.DEBUG)


def details(message: str, exc: BaseException) -> None:
    """Log a failure with its chain of causes (shown with --verbose)."""
    log.debug(message, exc_info=(type(exc), exc, exc.__traceback__))
