import io
import sys

import pytest

from briefing.article import decode_article, read_article
from briefing.errors import ArticleError
from tests.conftest import SEED_000


def test_reads_a_seed_with_id_from_file_stem():
    article = read_article(str(SEED_000))
    assert article.id == "000_ca5623d69bcd5fb1"
    assert article.text.startswith("Bolivia’s defense minister")
    assert len(article.sha256) == 64


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00\x01binary", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_bad_input_gets_a_one_line_error_naming_the_source(raw, message):
    with pytest.raises(ArticleError, match=message) as info:
        decode_article(raw, "bad.txt")
    assert str(info.value).startswith("bad.txt:")
    assert "\n" not in str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(str(tmp_path))


def test_stdin_gets_a_hash_id(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Some news text.")))
    article = read_article("-")
    assert article.source == "<stdin>"
    assert article.id.startswith("stdin-") and len(article.id) == len("stdin-") + 12


def test_title_is_a_standalone_first_line():
    article = decode_article(b"Drones for Bolivia\n\nThe minister said so.", "a.txt", "a")
    assert article.title == "Drones for Bolivia"
    assert decode_article(b"The minister said so. Then more.", "b.txt", "b").title is None
