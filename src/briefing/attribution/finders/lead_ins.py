"""Claims a saying verb leads into: 'telling reporters: "C"', 'X told AFP, "C"' (and
'"C?" X told AFP', the parser ending the sentence at the quotation's "?").

The quotation opens right after the verb (and whom it is told to), set off by a comma or
a colon. The general verb shape (`shapes.verb_cues`) finds it only as a quotation
somewhere in the sentence, which `keep` seldom trusts; here the speaker is named and
the quotation follows the verb, so the rules keep it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.content import long_enough, quote_before
from briefing.attribution.cues.shapes import Found
from briefing.attribution.finders.labels import named_source, speaker
from briefing.attribution.text.spans import Offsets, doc_text, name_span, token_offsets, trim

LEADING = frozenset(
    {"say", "tell", "add", "write", "explain", "declare", "state", "insist", "tweet", "reply"}
)
# a quotation closed, or left open at its paragraph's end (it runs on in the next one)
_OPENING = re.compile(r"\s*[,:]\s*(“[^“”]+”|\"[^\"\n]+\"|“[^“”\n]+(?=\n))")
SHAPE = "lead-in"
_TOLD = frozenset({"dobj", "dative", "npadvmod"})  # "telling reporters", "said Tuesday"


def _quotation(verb: Token) -> Offsets | None:
    """The quotation opening after the verb and its object, past a comma or colon."""
    told = [c for c in verb.children if c.dep_ in _TOLD and c.i > verb.i]
    last = max((t for c in told for t in c.subtree), key=lambda t: t.i, default=verb)
    if any(verb.i < t.i < last.i and t.is_punct for t in verb.doc[verb.i : last.i]):
        return None
    text = doc_text(verb.doc)
    match = _OPENING.match(text, last.idx + len(last))
    if match is None:
        return None
    start, end = match.span(1)
    closed = text[end - 1] in '”"'
    whole = trim(text, start + 1, end - 1 if closed else end)
    # one sentence at most, the rest runs on (`quotes`); unless it is a word ("Absolutely.")
    first = min([end, *(s.end_char for s in verb.doc.sents if s.start_char <= start < s.end_char)])
    cut = trim(text, start + 1, first - 1) if first < end else whole
    return cut if long_enough(text, cut) else whole


def _told_before(verb: Token, sentence: Span) -> Offsets | None:
    """'"C?" Trump told the station': whom it is told to is no content, the quotation
    before the sentence is."""
    if verb.lemma_.lower() != "tell":
        return None
    found = quote_before(verb, sentence)
    return found[0] if found is not None else None


def lead_in_cues(sentence: Span) -> Iterator[Found]:
    """Claims quoted after a saying verb with a named speaker (kept by the rules)."""
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.lower() not in LEADING:
            continue
        if any(c.dep_ in ("ccomp", "neg") for c in token.children):
            continue  # its clause is its content (`verb_cues`); "did not say"
        content = _quotation(token) or _told_before(token, sentence)
        source = speaker(token) if content is not None else None
        if content is None or source is None or source.pos_ == "PRON" or not named_source(source):
            continue  # "He said: C" is left to `keep`: a pronoun may stand for anyone
        cue = token_offsets(token)
        yield Found(cue, "claim", source, name_span(source), content, SHAPE, token)
