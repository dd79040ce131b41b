"""What a named pollster's or author's poll, study or report finds: "A Monmouth poll out
Monday showed Clinton with a lead", "a Pew Research Center analysis shows C", "a study by
the Urban Institute found that C", "the survey, conducted by Gallup, finds C".

The finding is a claim of whoever the noun phrase names as its author (the labelling
guide: a named poll sponsor gives claims). The general verb shape (`shapes.verb_cues`)
reads these off the document noun, which names no one, and takes only the object of
"showed Clinton with a lead"; here the author speaks and the content runs on to the end
of the finding. A document whose author is not named in its own phrase ("the report
found") is left to the general shape and `documents`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.content import verb_content
from briefing.attribution.cues.shapes import Found
from briefing.attribution.text.negation import negated
from briefing.attribution.text.spans import Offsets, name_span, token_offsets, trimmed_span

SHAPE = "finding"
# what finds: "a Gallup poll", "a Pew study", "an AP analysis"
FINDERS = frozenset(
    {"poll", "survey", "study", "report", "analysis", "review", "audit", "paper", "research"}
)
# what it does with its finding: "showed C", "found that C", "puts X at 40 percent"
FINDING = frozenset(
    {"show", "find", "suggest", "indicate", "conclude", "reveal", "estimate", "put", "give"}
    | {"project", "say", "note", "predict", "confirm"}
)
_AUTHOR_TYPES = frozenset({"ORG", "PERSON", ""})  # not "a Florida poll": the polled
_NAMING = frozenset({"compound", "nmod", "poss"})
_BY = frozenset({"by", "from"})
# what a shown object carries on with: "showed Clinton with a lead over Sanders, earning C"
_OBJECT_PARTS = frozenset({"dobj", "dative", "prep", "advcl", "xcomp", "oprd", "ccomp", "acomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def is_author_name(token: Token) -> bool:
    """A proper noun that may name an author: a person, an organization, an unknown name."""
    return token.pos_ == "PROPN" and token.ent_type_ in _AUTHOR_TYPES


def author_of(noun: Token) -> Token | None:
    """Who the finding noun phrase names as author: "a Gallup poll", "Pew's study", "a
    study by the Urban Institute", "the survey, conducted by Gallup"."""
    for child in noun.children:
        if child.dep_ in _NAMING and child.i < noun.i and is_author_name(child):
            return child
        if child.dep_ == "prep" and child.lower_ in _BY:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_author_name(pobj):
                return pobj
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "conducted by Gallup"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if pobj is not None and is_author_name(pobj):
                return pobj
    return None


def _finder(verb: Token) -> Token | None:
    """The finding noun a verb tells the finding of: its subject, or the noun a relative
    clause hangs on ("a paper that found C"), not one pointed to."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in ("that", "which")):
        subject = verb.head
        if subject.dep_ in ("dobj", "pobj"):
            return None  # "Cruz pointed to the poll that shows C": Cruz's point
    if subject is None or subject.pos_ != "NOUN":
        return None
    return subject if subject.lemma_.lower() in FINDERS else None


def _content(verb: Token, sentence: Span) -> Offsets | None:
    """What is found: the object and what carries it on ("showed Clinton with a lead over
    Sanders"), else a clause ("found that C", "C, the analysis shows"), without the
    writer's tail (`_tail`)."""
    parts = [c for c in verb.rights if c.dep_ in _OBJECT_PARTS]
    found = verb_content(verb, sentence)
    if parts and parts[0].dep_ in ("dobj", "dative"):
        root, tokens = verb, [t for p in parts for t in p.subtree]
    elif found is not None and found[1] == "ccomp":
        root = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
        start, end = found[0]
        tokens = [t for t in root.subtree if start <= t.idx < end and t.i != verb.i]
        if not tokens:
            return found[0]
    else:
        return None
    stop = min(_tail(t) for t in [verb, *tokens] if t.pos_ in ("VERB", "AUX") or t is root)
    return trimmed_span(t for t in tokens if t.i < stop or t.i < verb.i)


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _tail(root: Token) -> int:
    """Where the writer's own words after a finding start: a clause with its own subject
    (", and as the race turns, the issue is ..."), a participle after a comma (",
    reflecting discomfort"), a dash ("- within the margin of error")."""
    stops = [len(root.doc)]
    for child in root.rights:
        comma = child.i > 0 and root.doc[child.i - 1].text == ","
        if child.dep_ == "conj" and any(g.dep_ in _SUBJECTS for g in child.children):
            cc = [c.i for c in root.rights if c.dep_ == "cc" and c.i < child.i]
            stops.append(min(child.left_edge.i, *cc[-1:]))  # ", and as the race turns, C"
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and comma:
            stops.append(child.i - 1)
    after = (t for t in root.subtree if t.i > root.i and t.text in _DASHES and t.whitespace_)
    stops.extend(t.i for t in after)
    return min(stops)


def finding_cues(sentence: Span) -> Iterator[Found]:
    """Claims of a named author whose poll, study or report finds something."""
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.lower() not in FINDING or negated(token):
            continue
        noun = _finder(token)
        author = author_of(noun) if noun is not None else None
        content = _content(token, sentence) if author is not None else None
        if author is None or content is None:
            continue
        source = entity_span(author)
        yield Found(token_offsets(token), "claim", author, source, content, SHAPE, token)
    yield from _opened_by(sentence)


_LEADS = frozenset({"but", "and", "yet"})


def _opened_by(sentence: Span) -> Iterator[Found]:
    """ "In a CBS News poll last month, Clinton led Sanders by 24 points": a sentence
    opened by "in" a named poll or study tells its finding after the comma."""
    words = [t for t in sentence if not t.is_space]
    while words and words[0].lower_ in _LEADS:
        words = words[1:]
    if len(words) < 4 or words[0].lower_ != "in" or words[0].dep_ != "prep":
        return
    noun = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in FINDERS:
        return
    author = author_of(noun)
    phrase_end = max(t.i for t in words[0].subtree)
    comma = sentence.doc[phrase_end + 1] if phrase_end + 1 < len(sentence.doc) else None
    if author is None or comma is None or comma.text != ",":
        return
    rest = [t for t in words if t.i > comma.i]
    content = trimmed_span(rest)
    if content is not None:
        cue = token_offsets(words[0])
        yield Found(cue, "claim", author, entity_span(author), content, SHAPE, words[0])


def entity_span(token: Token) -> Offsets:
    """The author's whole name: the entity holding it ("the Pew Research Center", whose
    "the" the parse gives the analysis), else its name's words."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return (entity.start_char, entity.end_char) if entity is not None else name_span(token)
