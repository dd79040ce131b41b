"""One article in, one grounded briefing out: read, strategy, merge and drop.

The article is parsed once (`briefing.attribution.read`); the prompt's
strategy (`briefing.strategies`) turns that reading into a draft in its
model passes (`briefing.extract`: instructor, re-asks, grounding); then
parties naming one actor are merged and minor ones dropped.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TypeVar

from pydantic import ValidationError

from briefing import strategies
from briefing.article import Article
from briefing.attribution import Reading, read
from briefing.attribution.items.statements import framing_parties
from briefing.backends.base import Backend
from briefing.errors import BriefingError, ExtractionError
from briefing.extract import Extractor, Options, first_error
from briefing.postprocess import drop_minor_parties, merge_duplicate_parties
from briefing.progress import QUIET, Reporter
from briefing.prompt_template import PromptTemplate
from briefing.schema import (
    ArticleInfo,
    Briefing,
    Claim,
    Concern,
    Denial,
    ItemDraft,
    Provenance,
    referenced_parties,
)

__all__ = ["Options", "brief"]


FinalT = TypeVar("FinalT", Claim, Denial, Concern)


def _placed(items: Sequence[ItemDraft], final: type[FinalT]) -> list[FinalT]:
    """The final items, each with the span its quote was located at."""
    placed = []
    for item in items:
        span = item.located
        assert span is not None, "validated items are located"
        placed.append(final(**item.model_dump(), span=(span.start, span.end)))
    return placed


def _draft(
    strategy: strategies.Strategy, context: strategies.Context, extractor: Extractor
) -> strategies.Draft:
    try:
        return strategy.run(context)
    except ValidationError as exc:  # a bound of the schema the passes did not respect
        raise ExtractionError(
            f"the answer does not make a valid briefing: {first_error(exc)}",
            attempts=extractor.recorder.attempts,
            last_error=str(exc),
        ) from exc


def brief(
    article: Article,
    backend: Backend,
    prompt: PromptTemplate,
    options: Options | None = None,
    reporter: Reporter = QUIET,
    reading: Reading | None = None,
) -> Briefing:
    """Run `prompt` on `article` with `backend`; return a validated, grounded briefing.

    `reading` is the article's reading when the caller has one (read here otherwise)."""
    options = options or Options()
    strategy = strategies.get(prompt.strategy)
    # Refused before any work or call when the article alone cannot fit (a strategy
    # calling no model has nothing to fit).
    if strategy.passes:
        backend.check_fits([{"role": "user", "content": article.text}], options.max_tokens)
    extractor = Extractor(backend, options, reporter)
    started = time.perf_counter()
    created = datetime.now(UTC)
    grounding = {"article": article.text, "fuzzy_threshold": options.fuzzy_threshold}
    if reading is None:
        reading = read(article.text)
    elif reading.text != article.text:
        raise ValueError("the reading given to brief is of another text")
    context = strategies.Context(prompt, reading, grounding, extractor.extract, reporter)
    try:
        draft = _draft(strategy, context, extractor)
    except BriefingError as exc:  # the tokens were paid for all the same
        exc.prompt_tokens = extractor.recorder.usage.prompt_tokens
        exc.completion_tokens = extractor.recorder.usage.completion_tokens
        raise
    merged = merge_duplicate_parties(
        draft.parties,
        _placed(draft.claims, Claim),
        _placed(draft.denials, Denial),
        _placed(draft.concerns, Concern),
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
        summary=draft.summary,
        parties=drop_minor_parties(merged.parties, speakers, article.text),
        claims=merged.claims,
        denials=merged.denials,
        concerns=merged.concerns,
        provenance=Provenance(
            backend=backend.name if strategy.passes else None,  # no model ran
            model=backend.model if strategy.passes else None,
            prompt=prompt.name,
            prompt_version=prompt.version,
            prompt_sha256=prompt.sha256,
            created=created,
            usage=recorder.usage,
            latency_s=round(time.perf_counter() - started, 2),
            passes=extractor.passes,
            options=options.key(),
            attempts=recorder.attempts,
            dropped=draft.dropped,
        ),
    )
