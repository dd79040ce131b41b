"""Every path a suite names resolves against the suite file, from any working folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.errors import EvalError
from briefing.evals.folders import gold_dir
from briefing.evals.running.suite import load_suite, parse_suite, suite_path
from tests.conftest import ROOT, SEED_000, SEED_004
from tests.evals.helpers import GOLD_DIR


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder that is neither the checkout nor the suite's folder."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _suite_folder(root: Path, body: str, gold: str | None = "gold") -> Path:
    """`root/mine.toml` with seed 000 in `root/articles/`, its gold in `root/GOLD/` if given."""
    (root / "articles").mkdir(parents=True)
    shutil.copy(SEED_000, root / "articles" / SEED_000.name)
    if gold is not None:
        (root / gold).mkdir(parents=True)
        shutil.copy(GOLD_DIR / f"{SEED_000.stem}.json", root / gold)
    suite = root / "mine.toml"
    suite.write_text(f'name = "mine"\narticles = ["articles/{SEED_000.name}"]\n{body}')
    return suite


def test_articles_resolve_against_the_suite_file(tmp_path: Path, elsewhere: Path) -> None:
    suite = load_suite(str(_suite_folder(tmp_path / "s", "")))
    assert suite.article_paths() == [(tmp_path / "s" / "articles" / SEED_000.name).resolve()]
    assert not (elsewhere / "articles").exists()


def test_a_relative_suite_path_resolves_from_its_own_folder(
    tmp_path: Path, elsewhere: Path
) -> None:
    _suite_folder(elsewhere / "sub", "")
    suite = load_suite("sub/mine.toml")
    assert suite.folder == elsewhere / "sub"
    assert suite.article_paths()[0].is_file()


def test_absolute_and_parent_paths(tmp_path: Path, elsewhere: Path) -> None:
    suite_file = tmp_path / "deep" / "suites" / "x.toml"
    suite_file.parent.mkdir(parents=True)
    suite_file.write_text(f'name = "x"\narticles = ["{SEED_000}", "../../{SEED_004.name}"]\n')
    shutil.copy(SEED_004, tmp_path / SEED_004.name)
    suite = load_suite(str(suite_file))
    assert suite.article_paths() == [SEED_000, (tmp_path / SEED_004.name).resolve()]


def test_gold_beside_the_suite_is_the_default(tmp_path: Path, elsewhere: Path) -> None:
    suite = load_suite(str(_suite_folder(tmp_path / "s", "")))
    assert suite.gold_folder() == (tmp_path / "s" / "gold").resolve()


def test_without_gold_beside_it_the_projects_gold(tmp_path: Path, elsewhere: Path) -> None:
    suite = load_suite(str(_suite_folder(tmp_path / "s", "", gold=None)))
    assert suite.gold_folder() == gold_dir()


def test_the_gold_key_names_a_folder_relative_to_the_suite(tmp_path: Path, elsewhere: Path) -> None:
    path = _suite_folder(tmp_path / "s", 'gold = "labels/v2"\n', gold="labels/v2")
    (tmp_path / "s" / "gold").mkdir()  # the default folder is not used when the key is set
    suite = load_suite(str(path))
    assert suite.gold_folder() == (tmp_path / "s" / "labels" / "v2").resolve()


def test_the_baseline_key_is_relative_to_the_suite(tmp_path: Path, elsewhere: Path) -> None:
    path = _suite_folder(tmp_path / "s", 'baseline = "base/line.json"\n')
    (tmp_path / "s" / "base").mkdir()
    (tmp_path / "s" / "base" / "line.json").write_text("{}")
    suite = load_suite(str(path))
    assert suite.baseline_path() == (tmp_path / "s" / "base" / "line.json").resolve()
    assert load_suite(str(_suite_folder(tmp_path / "t", ""))).baseline_path() is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('gold = "nowhere"\n', r"mine.toml: gold: folder not found: .*/s/nowhere$"),
        (
            'baseline = "b.json"\n',
            r"mine.toml: baseline: file not found: .*/s/b.json "
            r"\(write one with `briefing eval baseline RUN -o .*/s/b.json`\)$",
        ),
        ("gold = 3\n", r"mine.toml: gold: Input should be a valid string$"),
    ],
)
def test_bad_suite_paths_are_one_line_errors(
    tmp_path: Path, elsewhere: Path, body: str, message: str
) -> None:
    with pytest.raises(EvalError, match=message) as caught:
        load_suite(str(_suite_folder(tmp_path / "s", body)))
    assert "\n" not in str(caught.value)


def test_a_missing_article_names_the_resolved_path(tmp_path: Path, elsewhere: Path) -> None:
    path = tmp_path / "s" / "mine.toml"
    path.parent.mkdir()
    path.write_text('name = "x"\narticles = ["articles/gone.txt"]\n')
    with pytest.raises(EvalError, match=r"article file\(s\) not found: .*/s/articles/gone.txt$"):
        load_suite(str(path))


SHARED = ROOT.parent / "shared" / "corpora"  # the news texts stay beside the checkout


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("seeds", ROOT / "seeds"),
        ("news", SHARED / "polnear-dev" / "text"),
        ("news-train", SHARED / "polnear-train" / "text"),
    ],
)
def test_built_in_suites_keep_their_articles_and_gold(
    name: str, texts: Path, elsewhere: Path
) -> None:
    suite = parse_suite(suite_path(name))
    assert suite.gold_folder() == GOLD_DIR
    for article in suite.article_paths():
        assert article.parent == texts.resolve()
        assert (GOLD_DIR / f"{article.stem}.json").is_file()


def test_the_seeds_suite_runs_from_any_folder(elsewhere: Path) -> None:
    assert load_suite("seeds").article_paths() == [SEED_000, SEED_004]


@pytest.mark.parametrize("given", ["nowhere/mine.toml", "mine.toml", "sub/mine"])
def test_a_missing_suite_file_is_named(given: str, elsewhere: Path) -> None:
    with pytest.raises(EvalError, match=rf"^{given}: suite file not found$"):
        load_suite(given)
