"""`briefing batch` on a local Ray cluster (2 CPUs, `local_ray` in tests/conftest.py,
shared with tests/faults/test_batch.py) against two fake servers.

Skipped without the extra briefing[ray], except under `make test`, which installs
it and sets BRIEFING_REQUIRE_RAY=1: there a missing or broken Ray fails.
"""

import json

import pytest
from typer.testing import CliRunner

import briefing.cli as cli
from tests.conftest import SEED_000, SEED_004, require_ray
from tests.fake_server import fake_server

require_ray()
pytestmark = [pytest.mark.ray, pytest.mark.timeout(300)]
runner = CliRunner()


@pytest.fixture
def dataset(tmp_path):
    rows = [{"id": f"s0-{n}", "text": SEED_000.read_text()} for n in range(3)]
    rows += [{"id": f"s4-{n}", "text": SEED_004.read_text(), "title": "T"} for n in range(3)]
    rows.append({"id": "blank", "text": "  "})
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_batch_on_ray_briefs_resumes_and_spreads_over_servers(local_ray, dataset, tmp_path, fmt):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from briefing.batch.ray_job import briefing_rows, read_outcomes

    out = tmp_path / "out"
    with fake_server() as (one, first), fake_server() as (two, second):
        args = ["batch", str(dataset), "-o", str(out), "-m", "fake", "-f", fmt]
        args += ["--base-url", one, "--base-url", two, "--actors", "2", "--actor-cpus", "0.5"]
        result = runner.invoke(cli.app, args)
        assert result.exit_code == 3, result.output  # the blank row failed
        assert "6 done, 0 skipped, 1 failed" in result.stderr
        assert "tokens: 6000 prompt, 1200 completion" in result.stderr
        assert f"  {dataset}:7: the article is empty" in result.stderr
        assert first.requests + second.requests == 6
        assert first.requests > 0 and second.requests > 0
        again = runner.invoke(cli.app, args)
        assert again.exit_code == 3
        assert "0 done, 6 skipped, 1 failed" in again.stderr
        assert first.requests + second.requests == 6
    outcomes = read_outcomes(out)
    briefed = sorted(article_id for article_id, _ in outcomes.briefed)
    assert briefed == ["s0-0", "s0-1", "s0-2", "s4-0", "s4-1", "s4-2"]
    assert outcomes.failed == {"blank": f"{dataset}:7: the article is empty"}
    rows = briefing_rows(out)
    assert sorted(row["article"]["id"] for row in rows) == sorted(briefed)
    no_text = tmp_path / "no_text.parquet"  # a table without the column (JSON Lines: per row)
    pq.write_table(pa.table({"id": ["x"], "body": ["y"]}), no_text)
    result = runner.invoke(cli.app, ["batch", str(no_text), "-o", str(out), "--base-url", "u"])
    # (Ray's logger may also complain about CliRunner's closed stderr: the last line counts)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        1,
        f"error: {no_text}: rows need 'id' and 'text' (found: id, body)",
    )
    assert {row["article"]["title"] for row in rows if row["article"]["id"].startswith("s4")} == {
        "T"
    }
