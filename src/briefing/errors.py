"""One exception family; only the CLI turns these into exit codes."""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: the message is one line a user can act on."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    """Tokens spent on the article before it failed (set by `pipeline.brief`)."""


class ArticleError(BriefingError):
    """The input article cannot be used (missing, empty, binary, too long)."""


class TooLongError(ArticleError):
    """A request (article and prompt) does not fit the model's context."""


class BackendError(BriefingError):
    """A model backend could not be set up or did not answer."""


class ModelStartError(BackendError):
    """The model cannot start (a missing file, a library, a load failure): no article can run."""


class PromptError(BriefingError):
    """A prompt file is missing or malformed."""


class ExtractionError(BriefingError):
    """The model's answer still failed validation after all retries."""

    def __init__(self, message: str, attempts: int, last_error: str) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_error = last_error


class CutOffError(BriefingError):
    """The model's answer was cut off at the token limit, even with more room."""

    def __init__(self, message: str, attempts: int) -> None:
        super().__init__(message)
        self.attempts = attempts


class OutputError(BriefingError):
    """An output location cannot be written (checked before any model work)."""


class OutputClosed(OutputError):
    """The reader of stdout went away (`| head`): nothing more can be written there."""


class EvalError(BriefingError):
    """An eval suite, gold file or run result is missing or malformed."""
