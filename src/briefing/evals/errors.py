"""The eval suite's errors; they join briefing's one exception family."""

from __future__ import annotations

from briefing.errors import BriefingError


class EvalError(BriefingError):
    """A suite, gold file or run result is missing or malformed."""
