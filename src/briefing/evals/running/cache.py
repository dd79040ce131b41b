"""An on-disk cache of briefings, so re-running a suite only calls the model for what changed.

Entries live in `briefing.paths.home() / "cache"` (BRIEFING_HOME moves it),
one JSON briefing per key. The key hashes everything that can change the
answer: backend, model, base URL, prompt text, Briefing schema, the
pipeline's own code (everything in `briefing` but the eval package), article
text and decoding options. Writes are atomic, so concurrent runs never leave half
a file; failures are never stored.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from briefing.article import Article
from briefing.backends.base import Backend
from briefing.output import write_atomic
from briefing.paths import home
from briefing.pipeline import Options
from briefing.prompt_template import PromptTemplate
from briefing.schema import Briefing


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def schema_hash() -> str:
    """sha256 of the Briefing JSON Schema: a schema change invalidates the cache."""
    return _sha256(json.dumps(Briefing.model_json_schema(mode="serialization"), sort_keys=True))


@cache
def pipeline_code_hash() -> str:
    """sha256 of the pipeline's source: a code change (a pre-pass, a bound) invalidates too."""
    package = Path(__file__).resolve().parents[2]  # briefing/
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        if "evals" not in source.relative_to(package).parts:
            digest.update(source.relative_to(package).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()


def cache_key(backend: Backend, prompt: PromptTemplate, article: Article, options: Options) -> str:
    parts = {
        "backend": backend.name,
        "model": backend.model,
        "base_url": getattr(backend, "base_url", None),
        "prompt_sha256": prompt.sha256,
        "schema_sha256": schema_hash(),
        "code_sha256": pipeline_code_hash(),
        "article_sha256": article.sha256,
        "options": options.key(),
    }
    return _sha256(json.dumps(parts, sort_keys=True))


class BriefingCache:
    """Briefings by cache key; `read=False` bypasses lookups but still stores."""

    def __init__(self, root: Path | None = None, read: bool = True) -> None:
        self.root = root or home() / "cache"
        self.read = read

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str, article_sha256: str | None = None) -> Briefing | None:
        """The stored briefing, or None: also for an unreadable entry (not UTF-8, not a
        briefing) and for one of another article than `article_sha256`."""
        path = self.path(key)
        if not self.read or not path.is_file():
            return None
        try:
            stored = Briefing.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValidationError):
            return None
        if article_sha256 is not None and stored.article.sha256 != article_sha256:
            return None
        return stored

    def put(self, key: str, briefing: Briefing) -> None:
        write_atomic(self.path(key), briefing.model_dump_json(indent=2) + "\n")
