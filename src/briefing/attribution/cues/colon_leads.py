"""Quotations a colon leads into: 'Mr. Berg gloated: "C"', 'He told the crowd, to loud
applause:\n\n"C"'. Whatever the verb before the colon (the colon is the cue), the quotation
right after it, in the same paragraph or the next, is the words of that verb's subject.

The verb's own content (`content._after_colon`) is found only within its sentence and
line, for a cue word; here the parser may have ended the sentence at the colon, or the
quotation opens the next paragraph. Each is a "verb-colon" candidate like those, its
content the quotation's first sentence (`quotes.quote_runs` gives the others), left to the
keep filter (`keep`) and resolved like any other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from briefing.attribution.cues.quotes import asks, quotation_parts
from briefing.attribution.cues.shapes import Found, cue_speaker
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import Offsets, doc_text, name_span, overlaps, token_offsets

SHAPE = "verb-colon"
MIN_WORDS = 4  # a shorter quotation is a title or a slogan, not the speaker's words
MAX_HOPS = 5  # "X served, visiting Y to encourage Z with a message:": up to X
_HEADS = ("conj", "xcomp", "advcl", "acl", "pcomp", "prep", "pobj")


def _subject(verb: Token) -> Token | None:
    """The verb's speaker (`shapes.cue_speaker`), else that of the verb it hangs from: a
    joined, infinitive or adverbial clause shares its subject ("Lee called for X and
    recalled Y:", "Lee had this to say:")."""
    token = verb
    for _ in range(MAX_HOPS):
        if token.pos_ in ("VERB", "AUX") and (speaker := cue_speaker(token)) is not None:
            return speaker
        if token.dep_ not in _HEADS or token.head is token:
            return None
        token = token.head
    return None


def _verb_before(colon: Token) -> Token | None:
    """The last verb of the colon's sentence before it."""
    words = [t for t in colon.sent if t.i < colon.i and t.pos_ in ("VERB", "AUX")]
    return words[-1] if words else None


def colon_leads(doc: Doc, found: Sequence[Found]) -> Iterator[Found]:
    """A claim of the subject of the verb before a colon, for each quotation of
    MIN_WORDS words or more opening right after the colon (at most one paragraph break
    between) that no found content holds and that asks nothing."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    taken: list[Offsets] = [f.content for f in found]
    for quote in quotations(text):
        lead = text[: quote[0]].rstrip()
        if not lead.endswith(":") or text[len(lead) : quote[0]].count("\n") > 2:
            continue
        if len(text[quote[0] : quote[1]].split()) < MIN_WORDS:
            continue
        if any(overlaps(quote, t) for t in taken):
            continue
        colon = doc.char_span(len(lead) - 1, len(lead))
        verb = _verb_before(colon[0]) if colon is not None else None
        subject = _subject(verb) if verb is not None else None
        if verb is None or subject is None or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
            continue
        parts = [p for _, p in quotation_parts(text, sentences, quote) if p[0] < p[1]]
        if not parts or asks(text, parts[0]) or len(text[slice(*parts[0])].split()) < 2:
            continue
        cue, source = token_offsets(verb), name_span(subject)
        yield Found(cue, "claim", subject, source, parts[0], SHAPE, verb, rule=False)
