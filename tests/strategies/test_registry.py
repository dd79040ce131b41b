from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import cli, strategies
from briefing.errors import PromptError
from briefing.prompts import list_prompts, load_prompt
from briefing.strategies import STRATEGIES, Context, Draft, register

PROMPT = "---\nname: x\nversion: 1\nstrategy: {strategy}\n---\n## system\nHi.\n"


def test_every_strategy_is_registered_under_its_name_with_its_sections():
    assert set(STRATEGIES) >= {"rules", "one-pass", "multi-pass", "cue-rules"}
    for name, strategy in STRATEGIES.items():
        assert strategy.name == name and strategy.description
        assert strategy.passes == 0 or "system" in strategy.sections
    assert STRATEGIES["rules"].passes == 0 and STRATEGIES["multi-pass"].passes == 2


def test_every_shipped_prompt_names_a_registered_strategy():
    assert {p.strategy for p in list_prompts()} <= set(STRATEGIES)


def test_an_unknown_strategy_is_one_line_naming_the_known_ones(tmp_path: Path):
    path = tmp_path / "x.md"
    path.write_text(PROMPT.format(strategy="two-pass"))
    with pytest.raises(PromptError) as raised:
        load_prompt(str(path))
    known = ", ".join(sorted(STRATEGIES))
    assert str(raised.value) == f"{path}: unknown strategy 'two-pass' (known: {known})"


def test_a_prompt_missing_a_section_its_strategy_renders_is_refused(tmp_path: Path):
    path = tmp_path / "x.md"
    path.write_text(PROMPT.format(strategy="multi-pass"))
    with pytest.raises(PromptError, match="missing section"):
        load_prompt(str(path))


def test_a_strategy_registered_twice_is_refused():
    class Twice:
        name = "rules"
        description = "again"
        sections: tuple[str, ...] = ()
        passes = 0

        def run(self, context: Context) -> Draft:
            raise NotImplementedError

    with pytest.raises(ValueError, match="registered twice"):
        register(Twice)
    assert type(strategies.get("rules")).__name__ == "Rules"


def test_briefing_prompts_shows_each_prompts_strategy_and_passes():
    out = CliRunner().invoke(cli.app, ["prompts"]).stdout
    rows = {line.split()[0]: line.split()[2:4] for line in out.splitlines()}
    assert rows["default"] == ["summary-rules", "1"]
    assert rows["model-parties"] == ["cue-rules", "1"]
    assert rows["multipass"] == ["multi-pass", "2"]
    assert rows["rules"] == ["rules", "no"]
