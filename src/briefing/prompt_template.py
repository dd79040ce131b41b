"""A prompt file parsed: front matter plus `## section` blocks rendered with Jinja.

The file format is described in `briefing.prompts`, which finds prompt files by
name and checks each against its strategy; this module only parses and renders,
so that strategies can use templates without importing the loader.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Literal

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, ValidationError

from briefing.errors import PromptError

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


def parse_template(text: str, path: Path) -> PromptTemplate:
    """Parse a prompt file's text (its strategy unchecked); PromptError on a malformed file."""
    if not text.startswith("---\n"):
        raise PromptError(f"{path}: a prompt file starts with '---' front matter")
    front, sep, body = text[4:].partition("\n---\n")
    if not sep:
        raise PromptError(f"{path}: front matter is not closed with '---'")
    parts = _SECTION.split(body)
    pairs = zip(parts[1::2], parts[2::2], strict=True)
    sections = {name: content.strip() for name, content in pairs}
    try:
        return PromptTemplate(
            **_parse_front_matter(front, path),
            sections=sections,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            path=str(path),
        )
    except ValidationError as exc:
        raise PromptError(f"{path}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc


def read_template_file(path: Path) -> str:
    """A prompt file's text; PromptError when it cannot be read as UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PromptError(f"{path}: not valid UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise PromptError(f"{path}: cannot read ({exc.strerror})") from None
