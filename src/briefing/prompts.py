"""Prompts are files: front matter plus `## section` blocks rendered with Jinja.

    ---
    name: default
    version: 3
    description: what this prompt does differently
    strategy: cue-rules       # a strategy's name: briefing.strategies
    parties_form: lists       # optional: the parties pass's answer form (PromptTemplate)
    ---
    ## system
    ...
    ## parties                # a section the strategy renders
    ...{{ article }}...

The strategy (`briefing.strategies`) decides which sections a prompt needs
(`briefing prompts` lists them) and what each pass is asked; loading a
prompt checks that it has them. Templates see `{{ article }}`, `{{ body }}`
(the article without photo credits, ad lines and repeated sentences), the parse's
hints (`{{ cues }}`, `{{ speakers }}`, `{{ names }}`, `{{ principals }}`:
`briefing.attribution.hints`) and what a pass adds (`{{ parties }}`,
`{{ candidates }}`).

Optional few-shot turns: `## example` (an invented article) with, per pass
section S, `## example_S` (the answer to S on the example). They are sent as
a user/assistant exchange before the real article, so a model sees the format
without mistaking the example's parties for the article's.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any, Literal

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, ValidationError

from briefing import strategies
from briefing.errors import PromptError
from briefing.resources import project_root

_SECTION = re.compile(r"^## +([a-z_-]+) *$", re.MULTILINE)
_ENV = SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=False)


class PromptTemplate(BaseModel):
    """A parsed prompt file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    version: str
    description: str = ""
    strategy: str = "one-pass"  # a name in briefing.strategies.STRATEGIES
    # The parties pass's answer: "full" parties (name, kind, role, affiliation, aliases),
    # or "lists": names by kind, roles and aliases from the parse (fewer tokens to decode).
    parties_form: Literal["full", "lists"] = "full"
    sections: dict[str, str]
    sha256: str
    path: str

    def render(self, section: str, **variables: Any) -> str:
        try:
            return _ENV.from_string(self.sections[section]).render(**variables).strip()
        except TemplateError as exc:
            raise PromptError(f"prompt {self.name}, section {section}: {exc}") from exc


def prompt_dirs() -> list[Path]:
    """Where prompt names are looked up, first match wins: the folders in
    BRIEFING_PROMPTS_DIR (`--prompts-dir`; several joined by ':'), then the
    project's `prompts/` (shipped inside the package)."""
    override = os.environ.get("BRIEFING_PROMPTS_DIR", "")
    users = [Path(folder) for folder in override.split(os.pathsep) if folder]
    return [*users, project_root() / "prompts"]


def _parse_front_matter(block: str, path: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in block.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise PromptError(f"{path}: front matter line without ':': {line!r}")
        fields[key.strip()] = value.strip()
    return fields


def parse_prompt(text: str, path: Path) -> PromptTemplate:
    """Parse a prompt file's text; raise PromptError on a malformed file."""
    if not text.startswith("---\n"):
        raise PromptError(f"{path}: a prompt file starts with '---' front matter")
    front, sep, body = text[4:].partition("\n---\n")
    if not sep:
        raise PromptError(f"{path}: front matter is not closed with '---'")
    parts = _SECTION.split(body)
    pairs = zip(parts[1::2], parts[2::2], strict=True)
    sections = {name: content.strip() for name, content in pairs}
    try:
        prompt = PromptTemplate(
            **_parse_front_matter(front, path),
            sections=sections,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            path=str(path),
        )
    except ValidationError as exc:
        raise PromptError(f"{path}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc
    try:
        strategy = strategies.get(prompt.strategy)
    except PromptError as exc:
        raise PromptError(f"{path}: {exc}") from None
    missing = [s for s in strategy.sections if s not in sections]
    if missing:
        raise PromptError(f"{path}: missing section(s) {', '.join(missing)}")
    return prompt


def load_prompt(name_or_path: str) -> PromptTemplate:
    """Load a prompt by name (from prompts/) or by path."""
    candidate = Path(name_or_path)
    if not candidate.suffix:
        found = (folder / f"{name_or_path}.md" for folder in prompt_dirs())
        candidate = next((path for path in found if path.is_file()), candidate)
    if not candidate.is_file():
        known = ", ".join(p.name for p in list_prompts()) or "none"
        raise PromptError(f"prompt {name_or_path!r} not found (available: {known})")
    return parse_prompt(_read(candidate), candidate)


def list_prompts() -> list[PromptTemplate]:
    """Every prompt by name; a user folder's prompt hides a packaged one of the same name."""
    files: dict[str, Path] = {}
    for folder in reversed(prompt_dirs()):
        files.update({path.stem: path for path in sorted(folder.glob("*.md"))})
    return [parse_prompt(_read(path), path) for _, path in sorted(files.items())]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PromptError(f"{path}: not valid UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise PromptError(f"{path}: cannot read ({exc.strerror})") from None
