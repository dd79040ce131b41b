"""What `briefing batch` reads: a JSON Lines or Parquet source, read by the driver into
articles the way `briefing run` reads them.

A bad record (not JSON, no "text", an empty text) is one `BadInput`, never the
end of the batch, and two records with the same id get the hash of their source
(`FILE:LINE`, `FILE:ROW`) appended, so both are written and resume tells them
apart. The texts are held by the driver once, then handed to Ray in blocks.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.fs as pa_fs
import pyarrow.parquet as pq

from briefing.article import Article
from briefing.batch.inputs import BadInput, Item, jsonl_items, record_item, unique_ids
from briefing.errors import BriefingError

JSON_SUFFIXES = (".jsonl", ".json")
INPUT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("text", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("html", pa.bool_()),
        ("error", pa.string()),
    ]
)


def read_items(source: str) -> list[Item]:
    """Every record of `source` (a local path or a URI pyarrow can open), ids made unique;
    BriefingError when the source cannot be read at all."""
    try:
        if source.endswith(JSON_SUFFIXES):
            return unique_ids(jsonl_items(_read_bytes(source), source))
        return unique_ids(_parquet_items(source))
    except (OSError, pa.ArrowException) as exc:
        raise BriefingError(f"{source}: cannot read ({exc})") from None


def _read_bytes(source: str) -> bytes:
    filesystem, path = pa_fs.FileSystem.from_uri(source) if "://" in source else (None, source)
    if filesystem is None:
        with open(path, "rb") as file:
            return file.read()
    with filesystem.open_input_stream(path) as stream:
        return bytes(stream.read())


def _parquet_items(source: str) -> list[Item]:
    table = pq.read_table(source)
    columns = table.schema.names
    if not {"id", "text"} <= set(columns):
        raise BriefingError(f"{source}: rows need 'id' and 'text' (found: {', '.join(columns)})")
    wanted = [name for name in ("id", "text", "title", "url") if name in columns]
    rows: list[dict[str, Any]] = table.select(wanted).to_pylist()
    return [
        record_item(
            {name: value for name, value in row.items() if value is not None},
            f"{source}:{number}",
            f"row-{number}",
        )
        for number, row in enumerate(rows, start=1)
    ]


def items_table(items: list[Item]) -> pa.Table:
    """The rows Ray briefs: an article's fields (its text already extracted from HTML, so
    `html` says so), or {id, source, error} for a bad record (passed through as its failure)."""
    rows = [
        {"id": item.id, "source": item.source, "error": item.reason}
        if isinstance(item, BadInput)
        else {
            "id": item.id,
            "source": item.source,
            "text": item.text,
            "title": item.given_title,
            "url": item.url,
            "html": item.extracted_from == "html",
        }
        for item in items
    ]
    return pa.Table.from_pylist(rows, schema=INPUT_SCHEMA)


def row_article(row: dict[str, Any]) -> Article:
    """The article of a row made by `items_table`."""
    return Article(
        row["id"],
        row["source"],
        row["text"],
        row.get("title"),
        row.get("url"),
        "html" if row.get("html") else None,
    )
