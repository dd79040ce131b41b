"""The label server's API: where the page starts, autosave, saves checked by the gold loader."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import httpx
import pytest
from starlette.testclient import TestClient

from briefing.errors import BriefingError
from briefing.evals.scoring.gold import load_gold
from briefing.labelling.server import bind, make_app, url_of
from tests.conftest import ROOT
from tests.labelling.helpers import TEXT, parties_only, session, with_denial, write_article


def test_the_page_and_its_script_are_served_from_the_package(tmp_path) -> None:
    client = TestClient(make_app(session(tmp_path)))
    page = client.get("/")
    assert page.status_code == 200 and '<script src="/page/label.js">' in page.text
    assert "function toGold" in client.get("/page/label.js").text
    assert client.get("/page/../server.py").status_code == 404


def test_state_starts_from_the_draft_then_the_gold_then_the_autosave(tmp_path) -> None:
    labelling = session(tmp_path)
    client = TestClient(make_app(labelling))
    first = client.get("/api/state").json()
    assert first["origin"] == "draft" and first["text"] == TEXT and first["problem"] is None
    assert client.post("/api/save", json=with_denial()).status_code == 200
    saved = client.get("/api/state").json()
    assert saved["origin"] == "gold" and saved["spans"]["d1"] == [
        TEXT.index("tolls would rise"),
        TEXT.index("tolls would rise") + len("tolls would rise"),
    ]
    edited = with_denial()
    edited["denials"][0]["denied"] = "Edited."
    client.post("/api/autosave", json=edited)
    restored = client.get("/api/state").json()
    assert restored["origin"] == "autosave"
    assert restored["gold"]["denials"][0]["denied"] == "Edited."


def test_a_save_the_loader_refuses_writes_no_gold_but_keeps_the_edit(tmp_path) -> None:
    labelling = session(tmp_path)
    client = TestClient(make_app(labelling))
    bad = with_denial()
    bad["denials"][0]["quote"] = "tolls will surely rise"
    bad["denials"][0]["denier"] = "nobody"
    answer = client.post("/api/save", json=bad)
    assert answer.status_code == 422
    assert answer.json()["problem"] == "bridge.json: d1 actor 'nobody' is not an id in the file"
    assert not labelling.gold_path.exists()
    assert json.loads(labelling.autosave_path.read_text(encoding="utf-8")) == bad
    bad["denials"][0]["denier"] = "ana-ruiz"
    problem = client.post("/api/autosave", json=bad).json()["problem"]
    assert "d1: quote is not in the article: 'tolls will surely rise'" in problem
    assert client.post("/api/save", content=b"[1, 2").status_code == 400


def test_a_saved_file_is_gold_the_loader_accepts_and_the_autosave_is_gone(tmp_path) -> None:
    labelling = session(tmp_path)
    client = TestClient(make_app(labelling))
    gold = with_denial()
    gold["claims"] = [
        {"id": "c1", "claimant": "city-council", "statement": "Reopens in May.",
         "quote": "the old bridge will reopen in May after repairs. Residents", "required": False}
    ]  # fmt: skip
    assert client.post("/api/save", json=gold).status_code == 422  # not the article's words
    gold["claims"][0]["quote"] = "the old bridge will reopen in May after repairs.\u00a0<b>"
    assert client.post("/api/save", json=gold).status_code == 422
    gold["claims"][0]["quote"] = "Residents fear that the repairs will run late again.\u00a0<b>"
    answer = client.post("/api/save", json=gold)
    assert answer.status_code == 200, answer.json()
    written = labelling.gold_path.read_text(encoding="utf-8")
    assert "\\u00a0" in written and '"span"' not in written
    loaded = load_gold("bridge", TEXT, labelling.gold_path.parent)
    assert [c.required for c in loaded.claims] == [False]
    assert list(loaded.denials[0].span or ()) == answer.json()["spans"]["d1"]
    assert not labelling.autosave_path.exists()
    assert sorted(p.name for p in labelling.gold_path.parent.iterdir()) == ["bridge.json"]


def test_it_listens_on_loopback_only_and_names_a_taken_port(tmp_path) -> None:
    sock = bind(0)
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
        assert url_of(sock).startswith("http://127.0.0.1:")
        with pytest.raises(BriefingError, match="pass --port 0 for any free port"):
            bind(sock.getsockname()[1])
    finally:
        sock.close()


@pytest.mark.parametrize("given", [True, False], ids=["gold-file", "rules-draft"])
def test_briefing_label_prints_its_url_serves_and_stops_on_ctrl_c(tmp_path, given) -> None:
    article = write_article(tmp_path)
    gold = tmp_path / "mine.json"
    gold.write_text(json.dumps(parties_only()), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-c", "from briefing.cli import app; app()", "label", str(article)]
    command += ["--port", "0", *(["--gold", str(gold)] if given else [])]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split(" at ")[1].split()[0]
        state = httpx.get(url + "api/state", timeout=10).json()
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=15)
    finally:
        process.kill()
    assert process.returncode == 0, err
    expected = str(gold) if given else "gold/bridge.json"
    assert (state["origin"], state["gold_path"]) == ("gold" if given else "draft", expected)
    assert state["problem"] is None  # the rules draft is gold the loader accepts as it is
    assert given or "tolls would rise" in [d["quote"] for d in state["gold"]["denials"]]
    assert f"stopped; gold in {expected}" in " ".join(err.split())
    assert given == ("an eval reads this article's gold as bridge.json" in " ".join(err.split()))
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "api/state", timeout=2)
