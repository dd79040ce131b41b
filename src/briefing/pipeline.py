"""One article in, one grounded briefing out.

The model is driven through instructor (mode JSON_SCHEMA) over an
OpenAI-shaped `create` function that each backend provides. Validation
errors are fed back for `max_retries` re-asks; after that, items that still
cannot be grounded or attributed are dropped (and listed in provenance),
never emitted.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import instructor
from instructor.core import IncompleteOutputException, InstructorRetryException
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError

from briefing.article import Article
from briefing.attribution import Reading, read
from briefing.attribution.hints import variables
from briefing.attribution.parties import parties_of, speaker_parties
from briefing.attribution.statements import framing_parties, statements_from, validate
from briefing.backends.base import Backend
from briefing.errors import BriefingError, CutOffError, ExtractionError
from briefing.grounding import DEFAULT_FUZZY_THRESHOLD
from briefing.postprocess import (
    as_named,
    drop_minor_parties,
    mentioned_parties,
    merge_duplicate_parties,
)
from briefing.progress import QUIET, Reporter
from briefing.prompts import PromptTemplate
from briefing.schema import (
    ArticleInfo,
    Briefing,
    BriefingDraft,
    Claim,
    Concern,
    Denial,
    FoundStatements,
    PartiesDraft,
    Party,
    Provenance,
    StatementsDraft,
    Usage,
    referenced_parties,
)

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
        return {
            "max_retries": self.max_retries,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "seed": self.seed,
            "fuzzy_threshold": self.fuzzy_threshold,
        }


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


def _first_error(error: ValidationError | Exception) -> str:
    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "briefing"
        return f"{where}: {first['msg']}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class _Extractor:
    """Runs the passes of one prompt on one article."""

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
                f"attempt(s): {_first_error(final)}",
                attempts=self.recorder.attempts,
                last_error=str(final),
            ) from exc


def _messages(
    prompt: PromptTemplate, section: str, reading: Reading, **extra: str
) -> list[dict[str, str]]:
    """System turn, the optional worked example, then the article's turn.

    Templates see the reading's variables (`article`, `cues`, `speakers`,
    `names`: `briefing.attribution.hints`) and whatever the pass adds
    (`parties`, `choices`). The example's turn sees the example's own reading,
    so its hints match its text.
    """
    seen = {**variables(reading), **extra}
    messages = [{"role": "system", "content": prompt.render("system", **seen)}]
    example_answer = f"example_{section}"
    if "example" in prompt.sections and example_answer in prompt.sections:
        example = {**variables(read(prompt.render("example"))), **extra}
        messages += [
            {"role": "user", "content": prompt.render(section, **example)},
            {"role": "assistant", "content": prompt.render(example_answer)},
        ]
    messages.append({"role": "user", "content": prompt.render(section, **seen)})
    return messages


def _with_span(item: Any, kind: type[Claim] | type[Denial] | type[Concern]) -> Any:
    span = item.located
    assert span is not None, "validated items are located"
    return kind(**item.model_dump(), span=(span.start, span.end))


def _run_passes(
    extractor: _Extractor,
    prompt: PromptTemplate,
    reading: Reading,
    grounding: dict[str, Any],
    reporter: Reporter,
) -> tuple[str, list[Party], StatementsDraft | BriefingDraft]:
    """Summary, parties and validated statements: in no model pass, one, or two."""
    if prompt.strategy == "rules":
        parties = parties_of(reading)
        return reading.lead(), parties, _rule_statements(reading, parties, grounding)
    if prompt.strategy == "one-pass":
        draft = extractor.extract(BriefingDraft, _messages(prompt, "briefing", reading), grounding)
        return draft.summary, draft.parties, draft
    reporter.say("  pass 1: parties")
    first = extractor.extract(PartiesDraft, _messages(prompt, "parties", reading), grounding)
    parties = mentioned_parties(first.parties, reading.text)
    if prompt.strategy == "cue-rules":
        parties = [as_named(p, reading.text) for p in speaker_parties(reading, parties)]
        reporter.say(f"  attributions: {len(reading.candidates)} found, {len(parties)} parties")
        return first.summary, parties, _rule_statements(reading, parties, grounding)
    reporter.say(f"  pass 2: statements of {len(parties)} parties")
    party_list = json.dumps([p.model_dump(exclude_none=True) for p in parties])
    statements = extractor.extract(
        StatementsDraft,
        _messages(prompt, "statements", reading, parties=party_list),
        {**grounding, "parties": parties},
    )
    return first.summary, parties, statements


def _rule_statements(
    reading: Reading, parties: list[Party], grounding: dict[str, Any]
) -> FoundStatements:
    """Each attribution candidate whose source names a party, grounded (no model call)."""
    context = {**grounding, "parties": parties, "on_invalid": "drop"}
    return validate(statements_from(reading, parties), context)


def brief(
    article: Article,
    backend: Backend,
    prompt: PromptTemplate,
    options: Options | None = None,
    reporter: Reporter = QUIET,
) -> Briefing:
    """Run `prompt` on `article` with `backend`; return a validated, grounded briefing."""
    options = options or Options()
    # Refused before any work or call when the article alone cannot fit (a rules prompt
    # calls no model: nothing to fit).
    if prompt.strategy != "rules":
        backend.check_fits([{"role": "user", "content": article.text}], options.max_tokens)
    extractor = _Extractor(backend, options, reporter)
    started = time.perf_counter()
    created = datetime.now(UTC)
    grounding = {"article": article.text, "fuzzy_threshold": options.fuzzy_threshold}
    reading = read(article.text)
    try:
        summary, parties, statements = _run_passes(extractor, prompt, reading, grounding, reporter)
    except ValidationError as exc:  # a bound of the schema the passes did not respect
        raise ExtractionError(
            f"the answer does not make a valid briefing: {_first_error(exc)}",
            attempts=extractor.recorder.attempts,
            last_error=str(exc),
        ) from exc
    merged = merge_duplicate_parties(
        parties,
        [_with_span(c, Claim) for c in statements.claims],
        [_with_span(d, Denial) for d in statements.denials],
        [_with_span(c, Concern) for c in statements.concerns],
    )
    speakers = referenced_parties([*merged.claims, *merged.denials, *merged.concerns])
    speakers |= framing_parties(reading, merged.parties)
    recorder = extractor.recorder
    return Briefing(
        article=ArticleInfo(
            id=article.id,
            source=article.source,
            sha256=article.sha256,
            length=len(article.text),
            title=article.title,
            url=article.url,
            extracted_from=article.extracted_from,
            text=article.text if article.extracted_from else None,
        ),
        summary=summary,
        parties=drop_minor_parties(merged.parties, speakers, article.text),
        claims=merged.claims,
        denials=merged.denials,
        concerns=merged.concerns,
        provenance=Provenance(
            backend=backend.name,
            model=backend.model,
            prompt=prompt.name,
            prompt_version=prompt.version,
            prompt_sha256=prompt.sha256,
            created=created,
            usage=recorder.usage,
            latency_s=round(time.perf_counter() - started, 2),
            passes=extractor.passes,
            options=options.key(),
            attempts=recorder.attempts,
            dropped=statements.dropped,
        ),
    )
