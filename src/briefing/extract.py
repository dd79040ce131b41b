"""One model pass through instructor: re-asks on invalid answers, one retry with more room
when an answer is cut off, and what validates kept from an answer that never fully does.

The model is driven through instructor (mode JSON_SCHEMA) over an
OpenAI-shaped `create` function that each backend provides. Validation
errors are fed back for `max_retries` re-asks; after that, items that still
cannot be grounded or attributed are dropped (and listed in provenance),
never emitted.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

import instructor
from instructor.core import IncompleteOutputException, InstructorRetryException
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError

from briefing.backends.base import Backend
from briefing.errors import BriefingError, CutOffError, ExtractionError
from briefing.grounding import DEFAULT_FUZZY_THRESHOLD
from briefing.progress import QUIET, Reporter
from briefing.schema import Usage

DraftT = TypeVar("DraftT", bound=BaseModel)


@dataclass(frozen=True)
class Options:
    """Decoding and validation settings of one run."""

    max_retries: int = 1
    max_tokens: int = 2048
    temperature: float = 0.0
    seed: int = 0
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD

    def key(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CallRecorder:
    """Wraps a backend's `complete`, counting attempts, tokens and time."""

    backend: Backend
    attempts: int = 0
    usage: Usage = field(default_factory=Usage)
    latency_s: float = 0.0

    def __call__(self, **request: Any) -> ChatCompletion:
        self.attempts += 1
        started = time.perf_counter()
        try:
            answer = self.backend.complete(**request)
        finally:
            self.latency_s += time.perf_counter() - started
        if answer.usage is not None:
            self.usage = self.usage + Usage(
                prompt_tokens=answer.usage.prompt_tokens,
                completion_tokens=answer.usage.completion_tokens,
            )
        return answer


def _completion_text(completion: Any) -> str:
    try:
        return str(completion.choices[0].message.content or "")
    except (AttributeError, IndexError):
        return ""


def first_error(error: ValidationError | Exception) -> str:
    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "briefing"
        return f"{where}: {first['msg']}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class Extractor:
    """Runs the model passes of one prompt on one article, counting them (`passes`)."""

    def __init__(self, backend: Backend, options: Options, reporter: Reporter = QUIET) -> None:
        self.backend = backend
        self.options = options
        self.reporter = reporter
        self.recorder = CallRecorder(backend)
        self.create = instructor.patch(create=self.recorder, mode=instructor.Mode.JSON_SCHEMA)
        self.passes = 0

    def extract(
        self, model: type[DraftT], messages: list[dict[str, str]], context: dict[str, Any]
    ) -> DraftT:
        """One pass; an answer cut off at the token limit is asked again once, with more room."""
        limit = self.options.max_tokens
        self.backend.check_fits(messages, limit)
        self.passes += 1
        try:
            return self._create(model, messages, context, limit)
        except IncompleteOutputException:
            larger = self._more_room(messages, limit)
        self.reporter.say(f"  answer cut off at {limit} tokens; asking again with {larger}")
        try:
            return self._create(model, messages, context, larger)
        except IncompleteOutputException:
            raise CutOffError(
                f"the answer was cut off at the token limit twice ({limit}, then {larger} tokens)",
                attempts=self.recorder.attempts,
            ) from None

    def _more_room(self, messages: list[dict[str, str]], limit: int) -> int:
        """Twice the token limit, as far as the context allows; raise when it allows no more."""
        room = self.backend.answer_room(messages)
        larger = 2 * limit if room is None else min(2 * limit, room)
        if larger <= limit:
            raise CutOffError(
                f"the answer was cut off at the token limit ({limit} tokens) and the "
                f"model's {self.backend.context}-token context leaves no more room",
                attempts=self.recorder.attempts,
            )
        return larger

    def _create(
        self,
        model: type[DraftT],
        messages: list[dict[str, str]],
        context: dict[str, Any],
        max_tokens: int,
    ) -> DraftT:
        try:
            result: DraftT = self.create(
                response_model=model,
                messages=messages,
                context={**context, "on_invalid": "reask"},
                max_retries=self.options.max_retries,
                max_tokens=max_tokens,
                temperature=self.options.temperature,
                seed=self.options.seed,
            )
            return result
        except InstructorRetryException as exc:
            # instructor wraps what the backend raised: a server fault is not the model's.
            cause = exc.__cause__
            if isinstance(cause, BriefingError) or (exc.last_completion is None and cause):
                raise cause from cause.__cause__
            return self._salvage(model, exc, context)

    def _salvage(
        self, model: type[DraftT], exc: InstructorRetryException, context: dict[str, Any]
    ) -> DraftT:
        """Keep what validates in the last answer, dropping ungrounded items."""
        text = _completion_text(exc.last_completion)
        try:
            return model.model_validate_json(text, context={**context, "on_invalid": "drop"})
        except ValidationError as final:
            raise ExtractionError(
                f"the model's answer failed validation after {self.recorder.attempts} "
                f"attempt(s): {first_error(final)}",
                attempts=self.recorder.attempts,
                last_error=str(final),
            ) from exc
