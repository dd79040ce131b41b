"""Gold loading, suite files and the briefing cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.article import read_article
from briefing.errors import EvalError, ExtractionError
from briefing.evals.running.cache import BriefingCache, cache_key
from briefing.evals.running.runner import brief_cached
from briefing.evals.running.suite import load_suite
from briefing.evals.scoring.gold import FIELDS, load_gold
from briefing.evals.scoring.match import Thresholds
from briefing.pipeline import Options
from briefing.prompt_template import PromptTemplate
from briefing.prompts import load_prompt
from tests.conftest import ROOT, SEED_000, SEED_004, FakeBackend
from tests.evals.helpers import GOLD_DIR, perfect_answer, write_prompt

# --- gold ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "counts"),
    [(SEED_000, (19, 7, 1, 3)), (SEED_004, (32, 17, 2, 5))],
)
def test_real_gold_files_load_with_spans(seed: Path, counts: tuple[int, ...]) -> None:
    text = seed.read_text(encoding="utf-8")
    gold = load_gold(seed.stem, text)
    assert (len(gold.parties), len(gold.claims), len(gold.denials), len(gold.concerns)) == counts
    for field in FIELDS:
        for entry in gold.items(field):
            assert entry.span is not None
            assert text[entry.span[0] : entry.span[1]] == entry.quote


def test_gold_span_of_the_denial_in_000() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    gold = load_gold(SEED_000.stem, text)
    assert gold.denials[0].quote == "exaggerated"
    start = text.index("exaggerated")
    assert gold.denials[0].span == (start, start + 11)


def _write_gold(folder: Path, change: dict[str, object]) -> None:
    data = json.loads((GOLD_DIR / f"{SEED_000.stem}.json").read_text(encoding="utf-8"))
    data.update(change)
    folder.mkdir(exist_ok=True)
    (folder / f"{SEED_000.stem}.json").write_text(json.dumps(data), encoding="utf-8")


def test_gold_quote_not_in_article_is_an_error(tmp_path: Path) -> None:
    data = json.loads((GOLD_DIR / f"{SEED_000.stem}.json").read_text(encoding="utf-8"))
    data["claims"][0]["quote"] = "Bolivia wants submarines"
    _write_gold(tmp_path, {"claims": data["claims"]})
    with pytest.raises(EvalError, match="c1: quote is not in the article: 'Bolivia wants"):
        load_gold(SEED_000.stem, SEED_000.read_text(encoding="utf-8"), tmp_path)


def test_gold_unresolved_reference_is_an_error(tmp_path: Path) -> None:
    data = json.loads((GOLD_DIR / f"{SEED_000.stem}.json").read_text(encoding="utf-8"))
    data["denials"][0]["denier"] = "kirby"
    data["denials"][0]["responds_to"] = "k9"
    _write_gold(tmp_path, {"denials": data["denials"]})
    with pytest.raises(EvalError) as caught:
        load_gold(SEED_000.stem, SEED_000.read_text(encoding="utf-8"), tmp_path)
    assert "d1 actor 'kirby' is not an id in the file" in str(caught.value)
    assert "d1.responds_to 'k9' is not an id in the file" in str(caught.value)


def test_missing_gold_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no gold file for article nope"):
        load_gold("nope", "text", tmp_path)


# --- suites -------------------------------------------------------------------


def test_seeds_suite() -> None:
    suite = load_suite("seeds")
    assert suite.name == "seeds"
    assert suite.prompts == ["default"]
    assert suite.models == ["local"]
    assert suite.thresholds == Thresholds(iou=0.5, token_f1=0.5)
    assert suite.floors == {}
    assert suite.article_paths() == [SEED_000, SEED_004]


def _write_suite(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_suite_by_path_with_thresholds_and_floors(tmp_path: Path) -> None:
    path = _write_suite(
        tmp_path,
        f'name = "mine"\narticles = ["{SEED_000}"]\n'
        'prompts = ["a", "b"]\nmodels = ["local", "openai/gpt-4o-mini"]\n'
        "[thresholds]\niou = 0.6\n[floors]\nclaims_f1 = 0.4\ngrounding = 1.0\n",
    )
    suite = load_suite(str(path))
    assert suite.prompts == ["a", "b"]
    assert suite.models == ["local", "openai/gpt-4o-mini"]
    assert suite.thresholds == Thresholds(iou=0.6, token_f1=0.5)
    assert suite.floors == {"claims_f1": 0.4, "grounding": 1.0}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('name = "x"\narticles = ["seeds/none.txt"]\n', "article file(s) not found"),
        ('name = "x"\narticles = []\n', "articles: List should have at least 1 item"),
        (
            'name = "x"\narticles = ["seeds/000_ca5623d69bcd5fb1.txt"]\n[floors]\nspeed = 1\n',
            "unknown metric(s) speed",
        ),
        ('name = "x"\narticles = ["a"]\ncolour = "red"\n', "colour: Extra inputs"),
        ("name = \n", "not valid TOML"),
    ],
)
def test_bad_suites(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(EvalError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_suite(str(_write_suite(tmp_path, body)))


def test_suite_article_beside_the_repo(tmp_path: Path) -> None:
    # The news suite lists ../../../shared/corpora/... : texts that stay outside the clone.
    suites = tmp_path / "repo" / "evals" / "suites"
    suites.mkdir(parents=True)
    text = tmp_path / "shared" / "text" / "a1.txt"
    text.parent.mkdir(parents=True)
    text.write_text("Some article.", encoding="utf-8")
    body = 'name = "x"\narticles = ["../../../shared/text/a1.txt"]\n'
    suite = load_suite(str(_write_suite(suites, body)))
    [path] = suite.article_paths()
    assert path == text.resolve()
    assert read_article(str(path)).id == "a1"


def test_unknown_suite_lists_the_available_ones() -> None:
    with pytest.raises(EvalError, match=r"suite 'nope' not found \(available: .*seeds"):
        load_suite("nope")


# --- cache --------------------------------------------------------------------


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[BriefingCache, PromptTemplate]:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    return BriefingCache(), load_prompt("default", [write_prompt(tmp_path / "prompts")])


def test_cache_lives_under_briefing_home(
    setup: tuple[BriefingCache, PromptTemplate], tmp_path: Path
) -> None:
    cache, _ = setup
    assert cache.root == tmp_path / "home" / "cache"


def test_cache_miss_then_hit_then_no_cache(setup: tuple[BriefingCache, PromptTemplate]) -> None:
    cache, prompt = setup
    article = read_article(str(SEED_000))
    backend = FakeBackend(perfect_answer(SEED_000.stem), perfect_answer(SEED_000.stem))
    first, cached = brief_cached(article, backend, prompt, Options(), cache)
    assert not cached
    assert len(backend.requests) == 1
    key = cache_key(backend, prompt, article, Options())
    assert cache.path(key).is_file()

    again, cached = brief_cached(article, backend, prompt, Options(), cache)
    assert cached
    assert len(backend.requests) == 1  # no model call
    assert again == first

    bypass = BriefingCache(cache.root, read=False)
    fresh, cached = brief_cached(article, backend, prompt, Options(), bypass)
    assert not cached
    assert len(backend.requests) == 2  # called the model again ...
    stored = cache.get(key)
    assert stored is not None
    assert stored.provenance.created == fresh.provenance.created  # ... and stored the answer


def test_cache_key_changes_with_what_changes_the_answer(
    setup: tuple[BriefingCache, PromptTemplate],
) -> None:
    _, prompt = setup
    article = read_article(str(SEED_000))
    other_article = read_article(str(SEED_004))
    backend = FakeBackend()
    key = cache_key(backend, prompt, article, Options())
    assert key == cache_key(backend, prompt, article, Options())
    assert key != cache_key(backend, prompt, other_article, Options())
    assert key != cache_key(backend, prompt, article, Options(max_retries=3))
    backend.model = "other-model"
    assert key != cache_key(backend, prompt, article, Options())


def test_failures_are_not_cached(setup: tuple[BriefingCache, PromptTemplate]) -> None:
    cache, prompt = setup
    article = read_article(str(SEED_000))
    backend = FakeBackend(*["not json"] * 5)
    with pytest.raises(ExtractionError):
        brief_cached(article, backend, prompt, Options(), cache)
    assert not list(cache.root.rglob("*.json"))


def test_unreadable_cache_entry_is_a_miss(setup: tuple[BriefingCache, PromptTemplate]) -> None:
    cache, _ = setup
    cache.path("ab" + "0" * 62).parent.mkdir(parents=True)
    cache.path("ab" + "0" * 62).write_text("{half", encoding="utf-8")
    assert cache.get("ab" + "0" * 62) is None


def test_repo_root_fixture_matches() -> None:
    assert (ROOT / "evals" / "suites" / "seeds.toml").is_file()
