import json

from briefing.batch.inputs import BadInput, expand, names_several, safe_id
from tests.conftest import SEED_000

PAGE = """<!DOCTYPE html>
<html><head><title>Bridge row</title><link rel="canonical" href="https://news.example/bridge"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge row</h1>
<p>The mayor of Harbor City, Ana Ruiz, said on Monday that the new bridge is safe
and will open in May.</p>
<p>The city council denied that the vote on the bridge was rushed, according to a statement.</p>
</article><footer>Copyright 2026 News Example</footer></body></html>
"""


def test_folders_globs_and_files_in_order(tmp_path):
    (tmp_path / "a.txt").write_text("Ana Ruiz said the bridge is safe.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("The council denied it.")
    (tmp_path / ".hidden.txt").write_text("skipped")
    (tmp_path / "notes.csv").write_text("skipped")
    items = expand([str(tmp_path), str(tmp_path / "*.txt"), str(SEED_000)])
    assert [(item.id, item.source) for item in items] == [
        ("a", str(tmp_path / "a.txt")),
        ("b", str(tmp_path / "sub" / "b.md")),
        ("a", str(tmp_path / "a.txt")),
        ("000_ca5623d69bcd5fb1", str(SEED_000)),
    ]


def test_bad_inputs_are_items_with_a_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n")
    items = expand([str(tmp_path / "missing.txt"), str(empty), str(tmp_path / "no*.txt")])
    assert items == [
        BadInput("missing", str(tmp_path / "missing.txt"), "no such file"),
        BadInput("empty", str(empty), "the article is empty"),
        BadInput("no", str(tmp_path / "no*.txt"), "no file matches this pattern"),
    ]


def test_json_lines_records_and_bad_lines(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"id": "x1", "text": "Ruiz said the bridge is safe.", "title": "Bridge", "url": "u"},
        {"id": 7, "text": "The council denied it."},
        {"text": "no id"},
        {"id": "../../etc/passwd", "text": "An id that is a path."},
        {"id": "e", "text": "  "},
    ]
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n\nnot json\n")
    items = expand([str(feed)])
    assert [(item.id, item.source) for item in items] == [
        ("x1", f"{feed}:1"),
        ("7", f"{feed}:2"),
        ("feed-3", f"{feed}:3"),
        ("etc-passwd", f"{feed}:4"),
        ("e", f"{feed}:5"),
        ("feed-7", f"{feed}:7"),
    ]
    first = items[0]
    assert not isinstance(first, BadInput)
    assert (first.text, first.title, first.url) == ("Ruiz said the bridge is safe.", "Bridge", "u")
    assert (
        isinstance(items[2], BadInput)
        and items[2].reason == 'not an article record (no "id" field)'
    )
    assert isinstance(items[4], BadInput) and items[4].reason == "the article is empty"
    assert isinstance(items[5], BadInput) and items[5].reason.startswith("not an article record (")


def test_same_stem_from_two_folders_gets_distinct_ids(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Text of {folder}.")
    ids = [item.id for item in expand([str(tmp_path / "one"), str(tmp_path / "two")])]
    assert len(set(ids)) == 2
    assert all(i.startswith("story-") and len(i) == len("story-") + 8 for i in ids)


def test_html_page_is_extracted_with_title_and_url(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    as_text = tmp_path / "page2.txt"
    as_text.write_text(PAGE)
    for item in expand([str(page), str(as_text)]):
        assert not isinstance(item, BadInput)
        assert item.extracted_from == "html"
        assert item.title == "Bridge row"
        assert item.url == "https://news.example/bridge"
        assert "<" not in item.text and "Home" not in item.text
        assert "Ana Ruiz, said on Monday that the new bridge is safe" in item.text


def test_html_with_no_text_is_refused_in_one_line(tmp_path):
    page = tmp_path / "blank.html"
    page.write_text("<html><body><script>var x = 1;</script></body></html>")
    assert expand([str(page)]) == [
        BadInput("blank", str(page), "an HTML page with no article text that can be extracted")
    ]


def test_safe_ids_and_several():
    assert safe_id("a b/c") == "a-b-c" and safe_id("..") == "article"
    assert names_several(["a.txt", "b.txt"]) and names_several(["x.jsonl"])
    assert names_several(["*.txt"]) and not names_several(["a.txt"])
