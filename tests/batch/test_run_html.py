"""`briefing run -f html`: a page per article, an index for a folder, resume, refusals."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

import briefing.cli as cli
from tests.conftest import SEED_000, SEED_004

runner = CliRunner()
IDS = ["000_ca5623d69bcd5fb1", "004_7c793c227ccf8d88"]


def brief(*args: str):
    return runner.invoke(cli.app, ["run", "-p", "rules", "-f", "html", *args])


def test_several_articles_make_one_page_each_and_an_index(tmp_path) -> None:
    out = tmp_path / "pages"
    first = brief(str(SEED_000), str(SEED_004), "-o", str(out))
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in out.iterdir()) == [f"{i}.html" for i in IDS] + ["index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{i}.html"' in index for i in IDS)
    page = (out / f"{IDS[0]}.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<mark class="k-' in page
    again = brief(str(SEED_000), str(SEED_004), "-o", str(out))
    assert again.exit_code == 0 and "skipped 2 already briefed" in again.output


def test_the_index_keeps_pages_of_earlier_runs(tmp_path) -> None:
    out = tmp_path / "pages"
    assert brief(str(SEED_000), "-o", f"{out}/").exit_code == 0
    assert brief(str(SEED_004), "-o", f"{out}/").exit_code == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{i}.html"' in index for i in IDS)
    assert "Briefings (2)" in index


def test_one_article_to_stdout_is_one_page_several_are_refused() -> None:
    one = brief(str(SEED_000), "-q")
    assert one.exit_code == 0 and one.stdout.startswith("<!DOCTYPE html>")
    several = brief(str(SEED_000), str(SEED_004))
    assert several.exit_code == 1
    assert "several HTML pages need a folder" in several.output


def test_an_article_named_index_is_refused_not_written_over_the_index(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "index.txt")
    shutil.copy(SEED_004, folder)
    out = tmp_path / "pages"
    result = brief(str(folder), "-o", str(out))
    assert result.exit_code != 0 and "index page" in result.output
    assert f'href="{IDS[1]}.html"' in (out / "index.html").read_text(encoding="utf-8")
