"""What a strategy is, and the registry of them.

A strategy turns one article's reading into a draft briefing (summary,
parties, grounded items) in some number of model passes. It has a `name`
(what a prompt's `strategy:` front matter says), the prompt `sections` it
renders, its `passes` (model calls, re-asks aside) and `run(context)`.
Each lives in its own module of this package and registers itself with
`@register`; `get(name)` looks one up, and `STRATEGIES` is the table that
prompt loading, `briefing prompts` and the eval runner read.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from briefing.attribution import Reading, read
from briefing.attribution.items.hints import variables
from briefing.errors import PromptError
from briefing.progress import QUIET, Reporter
from briefing.prompt_template import PromptTemplate
from briefing.schema import (
    BriefingDraft,
    ClaimDraft,
    ConcernDraft,
    DenialDraft,
    Dropped,
    ItemDraft,
    Party,
    StatementsDraft,
)

DraftT = TypeVar("DraftT", bound=BaseModel)


class Extract(Protocol):
    """One model pass (`briefing.extract.Extractor.extract`): the answer, validated."""

    def __call__(
        self, model: type[DraftT], messages: list[dict[str, str]], context: dict[str, Any]
    ) -> DraftT: ...


def messages(
    prompt: PromptTemplate,
    section: str,
    article: Mapping[str, str],
    example: Mapping[str, str] | None = None,
    **extra: str,
) -> list[dict[str, str]]:
    """System turn, the optional worked example, then the article's turn.

    Templates see the article's variables (`article`, `body`, `cues`, `speakers`,
    `names`, `principals`: `briefing.attribution.items.hints`) and whatever the pass
    adds (`parties`, `candidates`). The example's turn sees the example's own
    variables (`example_variables`), so its hints match its text.
    """
    seen = {**article, **extra}
    turns = [{"role": "system", "content": prompt.render("system", **seen)}]
    example_answer = f"example_{section}"
    if example is not None and example_answer in prompt.sections:
        shown = {**example, **extra}
        turns += [
            {"role": "user", "content": prompt.render(section, **shown)},
            {"role": "assistant", "content": prompt.render(example_answer)},
        ]
    turns.append({"role": "user", "content": prompt.render(section, **seen)})
    return turns


@functools.lru_cache(maxsize=16)
def example_variables(example: str) -> Mapping[str, str]:
    """The template variables of a prompt's worked example, read once per process (the
    same few examples recur in every call)."""
    return variables(read(example))


def prompt_variables(
    prompt: PromptTemplate, reading: Reading
) -> tuple[Mapping[str, str], Mapping[str, str] | None]:
    """What the prompt's templates see of the article, and of its worked example (None
    when it has none)."""
    has_example = "example" in prompt.sections
    example = example_variables(prompt.render("example")) if has_example else None
    return variables(reading), example


@dataclass(frozen=True)
class Context:
    """What a strategy runs on: the prompt, the article's one reading, the grounding
    settings (`article`, `fuzzy_threshold`) and `extract`, the way to ask the model.
    What the templates see of the article is made at the first pass, once for every pass
    (a strategy that asks no model never makes it)."""

    prompt: PromptTemplate
    reading: Reading
    grounding: dict[str, Any]
    extract: Extract
    reporter: Reporter = QUIET

    @functools.cached_property
    def variables(self) -> tuple[Mapping[str, str], Mapping[str, str] | None]:
        """`prompt_variables`: the article's, and the worked example's (or None)."""
        return prompt_variables(self.prompt, self.reading)

    def ask(
        self,
        model: type[DraftT],
        section: str,
        checks: Mapping[str, Any] | None = None,
        **variables: str,
    ) -> DraftT:
        """One pass rendering `section` (`variables`: what the pass adds to the template);
        `checks` add to the validation context (`parties`: what speakers resolve to)."""
        context = {**self.grounding, **(checks or {})}
        article, example = self.variables
        turns = messages(self.prompt, section, article, example, **variables)
        return self.extract(model, turns, context)


@dataclass(frozen=True)
class Draft:
    """A strategy's result: items validated and grounded, not yet merged or placed."""

    summary: str
    parties: list[Party]
    claims: list[ClaimDraft]
    denials: list[DenialDraft]
    concerns: list[ConcernDraft]
    dropped: list[Dropped]

    @classmethod
    def of(
        cls, summary: str, parties: list[Party], statements: StatementsDraft | BriefingDraft
    ) -> Draft:
        return cls(
            summary,
            parties,
            list(statements.claims),
            list(statements.denials),
            list(statements.concerns),
            statements.dropped,
        )

    def items(self) -> list[ItemDraft]:
        return [*self.claims, *self.denials, *self.concerns]


class Strategy(Protocol):
    """How a prompt gets from an article's reading to a draft briefing."""

    name: str
    description: str
    sections: tuple[str, ...]  # the prompt sections it renders (`system` included)
    passes: int  # model calls it makes, re-asks aside

    def run(self, context: Context) -> Draft: ...


StrategyT = TypeVar("StrategyT", bound=Strategy)
STRATEGIES: dict[str, Strategy] = {}


def register(cls: type[StrategyT]) -> type[StrategyT]:
    """Class decorator: add a strategy to the registry under its name."""
    strategy = cls()
    if strategy.name in STRATEGIES:
        raise ValueError(f"strategy {strategy.name!r} is registered twice")
    STRATEGIES[strategy.name] = strategy
    return cls


def get(name: str) -> Strategy:
    """The registered strategy `name`; PromptError naming the known ones otherwise."""
    try:
        return STRATEGIES[name]
    except KeyError:
        known = ", ".join(sorted(STRATEGIES))
        raise PromptError(f"unknown strategy {name!r} (known: {known})") from None
