"""Prompt files found by name and checked against their strategy.

Prompts are files: front matter plus `## section` blocks rendered with Jinja
(`briefing.prompt_template` parses and renders them):

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
`briefing.attribution.items.hints`) and what a pass adds (`{{ parties }}`,
`{{ candidates }}`).

Optional few-shot turns: `## example` (an invented article) with, per pass
section S, `## example_S` (the answer to S on the example). They are sent as
a user/assistant exchange before the real article, so a model sees the format
without mistaking the example's parties for the article's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefing import strategies
from briefing.errors import PromptError
from briefing.prompt_template import PromptTemplate, parse_template, read_template_file
from briefing.resources import project_root


def prompt_dirs(search: Sequence[Path] = ()) -> list[Path]:
    """Where prompt names are looked up, first match wins: the folders in `search`
    (the CLI's `--prompts-dir` / BRIEFING_PROMPTS_DIR), then the project's `prompts/`
    (shipped inside the package)."""
    return [*search, project_root() / "prompts"]


def parse_prompt(text: str, path: Path) -> PromptTemplate:
    """Parse a prompt file's text and check it has its strategy's sections; PromptError
    on a malformed file or an unknown strategy."""
    prompt = parse_template(text, path)
    try:
        strategy = strategies.get(prompt.strategy)
    except PromptError as exc:
        raise PromptError(f"{path}: {exc}") from None
    missing = [s for s in strategy.sections if s not in prompt.sections]
    if missing:
        raise PromptError(f"{path}: missing section(s) {', '.join(missing)}")
    return prompt


def load_prompt(name_or_path: str, search: Sequence[Path] = ()) -> PromptTemplate:
    """Load a prompt by name (from `search`, then prompts/) or by path."""
    candidate = Path(name_or_path)
    if not candidate.suffix:
        found = (folder / f"{name_or_path}.md" for folder in prompt_dirs(search))
        candidate = next((path for path in found if path.is_file()), candidate)
    if not candidate.is_file():
        known = ", ".join(p.name for p in list_prompts(search)) or "none"
        raise PromptError(f"prompt {name_or_path!r} not found (available: {known})")
    return parse_prompt(read_template_file(candidate), candidate)


def list_prompts(search: Sequence[Path] = ()) -> list[PromptTemplate]:
    """Every prompt by name; a user folder's prompt hides a packaged one of the same name."""
    files: dict[str, Path] = {}
    for folder in reversed(prompt_dirs(search)):
        files.update({path.stem: path for path in sorted(folder.glob("*.md"))})
    return [parse_prompt(read_template_file(path), path) for _, path in sorted(files.items())]
