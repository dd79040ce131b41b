"""'"C," X barked.': a quotation closed by a comma and followed by a named person and a
verb is that person's, whatever the verb ("barked", "retaliated": no cue word). One closed
by "?" or "!" ends its sentence, so the name after it may open a new one ('"Why?" Tom Berg
stood up.'): only a saying verb ("shouted", "asked", "went on") makes it that person's.
An age or a description set off by commas after the name ('"C," Ramos, 58, told AFP',
'"C," Ana Ruiz, the mayor's former aide, said') stands between name and verb: the parser
often hangs the name on the quotation then, leaving the verb without a subject."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.cues.quotes import asks, opens_sentence, quotation_parts
from briefing.attribution.text.lexicon import MIN_RATIO_FRAMED, cue_share
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import (
    Offsets,
    doc_text,
    name_span,
    overlaps,
    token_offsets,
    trim,
)
from briefing.identity import surname

_CLOSED_BY = (",", "!", "?")  # '"C," X said' / '"C!" X shouted'; not a full stop
_ENDS_SENTENCE = ("!", "?")  # '"Lock her up!" Ruiz walked to the podium': no speaker
MAX_WORDS_TO_VERB = 6  # "an angry Francois Hollande retaliated"


@dataclass(frozen=True)
class _Speaker:
    cue: Offsets
    source: Offsets
    person: Mention


def _speaker(doc: Doc, quote: Offsets, mentions: list[Mention]) -> _Speaker | None:
    """The verb right after a quotation, with its subject between them naming a person."""
    text = doc_text(doc)
    closing = text[quote[0] : quote[1]].rstrip("”\"' ")
    if not closing.endswith(_CLOSED_BY):
        return None
    after, set_off = _words_after(doc, quote[1])
    verb = next((t for t in after if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    if closing.endswith(_ENDS_SENTENCE) and not _saying(verb):
        return None
    if any(t.is_punct for t in after if t.i < verb.i):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx >= quote[1]), None)
    if subject is None:  # '"C," Ramos, 58, told AFP': the verb left subjectless
        subject = next((a for a in set_off if a.i < verb.i), None)
    if subject is None or subject.i > verb.i:
        return None
    source = name_span(subject)
    between = text[quote[1] : source[0]]
    if between.strip() or "\n" in between:  # nor a name opening the next paragraph
        return None
    person = person_named(mentions, source, subject.text if subject.pos_ == "PROPN" else "")
    if person is None:
        return None
    return _Speaker(token_offsets(verb), source, person)


def _saying(verb: Token) -> bool:
    """A verb that tells speech: one PolNeAR marks a cue often enough ("asked", "pressed",
    "continued"), or "went on"; not "stood up", "walked to the podium"."""
    share = cue_share(verb.lemma_, "VERB") or 0.0
    return share >= MIN_RATIO_FRAMED or any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.children
    )


def _words_after(doc: Doc, start: int) -> tuple[list[Token], list[Token]]:
    """The first MAX_WORDS_TO_VERB words from `start`, less what commas set off after a
    proper noun (`_set_off`), and the proper nouns that had words set off."""
    tokens = [t for t in doc if t.idx >= start and not t.is_space]
    words: list[Token] = []
    named: list[Token] = []
    skipped: set[int] = set()
    for token in tokens:
        if len(words) == MAX_WORDS_TO_VERB:
            break
        if token.i in skipped:
            continue
        words.append(token)
        aside = _set_off(token)
        skipped.update(t.i for t in aside)
        named += [token] if aside else []
    return words, named


def _set_off(name: Token) -> list[Token]:
    """What commas set off after a proper noun, commas included: its age ("Ramos, 58,") or
    a description hung on it ("Daley, Mr. Obama's former chief of staff,")."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.i + 3 >= len(doc) or doc[name.i + 1].text != ",":
        return []
    if doc[name.i + 2].text.isdigit() and doc[name.i + 2].head == name:
        end = name.i + 3
    else:
        appos = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
        if appos is None or appos.left_edge.i != name.i + 2:
            return []
        end = appos.right_edge.i + 1
    return list(doc[name.i + 1 : end + 1]) if end < len(doc) and doc[end].text == "," else []


def person_named(mentions: list[Mention], source: Offsets, name: str) -> Mention | None:
    """The person a source names, or the one its proper noun is the surname of (the entity
    finder may take "Hollande" alone for an organization): the fullest such mention."""
    inside = [m for m in mentions if m.label == "PERSON" and source[0] <= m.span[0] < source[1]]
    if inside:
        return inside[-1]
    named = [
        m for m in mentions if m.label == "PERSON" and name and surname(m.text) == name.lower()
    ]
    return max(named, key=lambda m: len(m.text.split()), default=None)


def speakers_after_quotes(
    doc: Doc, mentions: list[Mention], quoted: Sequence[Offsets]
) -> list[tuple[int, Mention]]:
    """Each person the words after one of the `quoted` quotations name as its speaker ('"C,"
    Ramos, 58, told AFP'), with where the verb is: whom a later "he said" most likely
    continues."""
    text, sentences = doc_text(doc), list(doc.sents)
    opening = [q for q in quoted if opens_sentence(text, sentences, trim(text, *q)[0])]
    found = (_speaker(doc, quote, mentions) for quote in opening)  # not a show's title
    return [(speaker.cue[0], speaker.person) for speaker in found if speaker is not None]


def quote_speakers(
    doc: Doc, mentions: list[Mention], candidates: list[Candidate]
) -> list[Candidate]:
    """One claim per sentence of each quotation no candidate holds whose speaker the words
    after it name ('"C," X barked'), credited to that person."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    taken = [c.content for c in candidates]
    added: list[Candidate] = []
    for quote in quotations(text):
        if any(overlaps(t, quote) for t in taken):
            continue
        if not opens_sentence(text, sentences, trim(text, *quote)[0]):
            continue  # 'Later on "This Week," X said': a title, no quotation of X's
        speaker = _speaker(doc, quote, mentions)
        if speaker is None:
            continue
        for sentence, part in quotation_parts(text, sentences, quote):
            if len(text[part[0] : part[1]].split()) < 2 or asks(text, part):
                continue
            added.append(
                Candidate(
                    cue=speaker.cue,
                    cue_text=text[speaker.cue[0] : speaker.cue[1]],
                    source=speaker.source,
                    source_text=text[speaker.source[0] : speaker.source[1]],
                    content=part,
                    kind="claim",
                    sentence=(sentence.start_char, sentence.end_char),
                    shape="quote-speaker",
                    referent=speaker.person,
                )
            )
    return added
