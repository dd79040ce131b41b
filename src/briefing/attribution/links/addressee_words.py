"""Where the words naming whom a concern is addressed to are written (evals/README,
"Concerns, demands and claims"), best first: the party a demand verb names ("urged Y to",
`Candidate.addressee`), the object of "warned / pressed Y to", "called for Y to", "demanded
(that) Y pay", "unless Y pays"; in the content, "Y should / must / needs to", "it is time for
Y to", "any action by Y ... would", "it would be a betrayal by Y if they fail to", a "Let Y
do X" opening it, and a quoted appeal of the speaker's own ("We urge all nations to"); an
appeal to "you", the recipient of the letter named before ("a letter to members of
Congress"). `linking` turns these words into a party."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.links.answers import cue_token
from briefing.attribution.reading import Reading
from briefing.attribution.stance.obligations import told_their_time
from briefing.attribution.text.auxiliaries import has_aux
from briefing.attribution.text.lexicon import DUTY_MODALS, FIRST_PERSON
from briefing.attribution.text.spans import Offsets, sentences_back, tokens_span

# verbs whose object is whom a warning or a demand is made to
_OBJECT_VERBS = frozenset({"warn", "push", "press", "pressure", "lobby", "implore", "encourage"})
_APPEALS = frozenset({"urge", "ask", "beg", "exhort", "petition", "challenge"})
_DEMAND_VERBS = frozenset({"demand", "insist"})
_CONSEQUENCE = frozenset({"would", "will", "could", "'ll", "'d"})
_GROUP_PREPOSITIONS = frozenset({"in", "outside", "of", "from", "across"})
_US = frozenset({"us", "'s", "’s", "me"})
_CONDITIONS = frozenset({"if", "unless"})
# what a written appeal is sent in: "a letter to members of Congress"
_LETTERS = frozenset({"letter", "memo", "message", "note", "email", "petition"})
_SECOND_PERSON = frozenset({"you", "your"})


def _words_of(token: Token) -> Offsets | None:
    """The phrase a token heads, without clauses or phrases hung on it; a group's "in" or
    "outside" phrase is part of it ("all countries in the region")."""
    skip = ("relcl", "acl", "punct", "prep", "appos", "advcl", "xcomp", "ccomp")
    kept = [
        t
        for t in token.subtree
        if t.i == token.i or not _under(t, token, skip) or _group_phrase(t, token)
    ]
    return tokens_span(kept)


def _group_phrase(token: Token, top: Token) -> bool:
    """Is `token` in a place or "of" phrase right after a plural noun ("countries in the
    region", "supporters of the bill")?"""
    if top.pos_ != "NOUN" or top.tag_ != "NNS":
        return False
    while token.head.i != top.i and token.head.i != token.i:
        token = token.head
    return token.dep_ == "prep" and token.lower_ in _GROUP_PREPOSITIONS and token.i == top.i + 1


def _under(token: Token, top: Token, deps: tuple[str, ...]) -> bool:
    """Is `token` inside a child of `top` attached by one of `deps`?"""
    while token.head.i != top.i and token.head.i != token.i:
        token = token.head
    return token.dep_ in deps


def _cue_addressee(verb: Token) -> Token | None:
    """The addressee the cue verb's own words name (module docstring)."""
    lemma = verb.lemma_.lower()
    if lemma in _OBJECT_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if lemma == "call":
        infinitives = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            when = pobj is not None and pobj.ent_type_ in ("DATE", "TIME")
            if pobj is not None and infinitives and not when:  # "called on Y (on Monday) to"
                return pobj
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            after = (
                verb.doc[pobj.right_edge.i + 1]
                if pobj and pobj.right_edge.i + 1 < len(verb.doc)
                else None
            )
            infinitive = any(t.tag_ == "TO" for t in pobj.subtree) if pobj else False
            if pobj is not None and (infinitive or (after is not None and after.tag_ == "TO")):
                return pobj
        for marked in (c for c in verb.children if c.dep_ == "advcl"):  # "for Y to do X"
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in marked.children):
                return next((c for c in marked.children if c.dep_ == "nsubj"), None)
    if lemma in _DEMAND_VERBS:  # "demanded (that) Y pay", "demand Y pay" (object + xcomp)
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if any(c.dep_ == "xcomp" for c in verb.children):
            return obj
        if obj is not None and obj.tag_ in ("NNS", "NNPS", "NNP") and _verb_after(obj):
            return obj  # "demand wealthy Americans 'pay ...'" (the demanded verb parsed off
            # the object), not "demand legal safeguards for ...": what is demanded
    if lemma == "threaten":
        for token in verb.subtree:
            if token.dep_ == "advcl" and any(c.lower_ == "unless" for c in token.children):
                return next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None


def _verb_after(obj: Token) -> bool:
    """Whether a bare verb follows the object's phrase, past quotation marks ("wealthy
    Americans 'pay ...'")."""
    for token in obj.doc[obj.right_edge.i + 1 : obj.right_edge.i + 3]:
        if not token.is_quote:
            return token.tag_ in ("VB", "VBP")
    return False


def _modal_subjects(content: Span) -> Iterable[Token]:
    """Subjects of "should", "must", "ought to", "need(s) to" verbs in the content."""
    for token in content:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        modal = has_aux(token, DUTY_MODALS)
        needs = token.lemma_.lower() == "need" and any(c.dep_ == "xcomp" for c in token.children)
        if modal or needs:
            yield from (c for c in token.children if c.dep_ == "nsubj")


def addressee_spans(reading: Reading, candidate: Candidate) -> list[Offsets]:
    """Where the words naming whom a concern is addressed to may be, best first."""
    if candidate.kind != "concern":
        return []
    spans: list[Offsets | None] = [candidate.addressee]
    verb = cue_token(reading.doc, candidate)
    target = _cue_addressee(verb) if verb is not None else None
    if target is not None:
        spans.append(_words_of(target))
    content = reading.doc.char_span(*candidate.content, alignment_mode="expand")
    said = [c for c in verb.children if c.dep_ == "ccomp"] if verb is not None else []
    clauses = [content] if content is not None else []
    clauses += [reading.doc[c.left_edge.i : c.right_edge.i + 1] for c in said]
    for clause in clauses:  # the content, or the clause said when a quotation is the content
        spans += [_words_of(subject) for subject in _modal_subjects(clause)]
        spans += [_words_of(named) for t in _times(clause) for named in told_their_time(t)]
        spans += [_words_of(agent) for agent in _conditional_agents(clause)]
        spans += [_words_of(urged) for urged in _own_appeals(clause)]
        spans += [_words_of(let) for let in _let_subjects(clause)]
    if content is not None and any(t.lower_ in _SECOND_PERSON for t in content):
        spans += [_words_of(recipient) for recipient in _letter_recipients(reading, candidate)]
    return [s for s in spans if s is not None]


def _let_subjects(content: Span) -> Iterable[Token]:
    """ "Let the United Nations advise other countries to ...": whom a "let" opening the
    content leaves to act, not "us" or "me" (a rally, `rallies`); not "told Jonah to go
    and let the people know", nor "they let him go"."""
    for let in content:
        if let.lemma_.lower() != "let" or let.tag_ != "VB":
            continue
        if any(not t.is_punct for t in content[: let.i - content.start]):
            continue
        for clause in (c for c in let.children if c.dep_ in ("ccomp", "xcomp")):
            yield from (c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in _US)


def _letter_recipients(reading: Reading, candidate: Candidate) -> Iterable[Token]:
    """ "He wrote in a letter to members of Congress ... 'I ask you to ...'": whom the
    letter an appeal to "you" is quoted from is sent to, named in its sentence or the two
    before it (the last so named)."""
    floor = sentences_back(reading.sentences, candidate.sentence[0], 2)
    before = reading.doc.char_span(floor, candidate.content[0], alignment_mode="expand")
    found = [
        pobj
        for letter in before or []
        if letter.pos_ == "NOUN" and letter.lemma_.lower() in _LETTERS
        for to in letter.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for pobj in to.children
        if pobj.dep_ == "pobj"
    ]
    return found[-1:]


def _times(content: Span) -> Iterable[Token]:
    """ "time" in the content, as in "It is time for Congress to act"."""
    return (t for t in content if t.lemma_.lower() == "time")


def _own_appeals(content: Span) -> Iterable[Token]:
    """ "We urge all nations to ...", "I call on Congress to ...": whom the speaker's own
    appeal, quoted, names (the object of an appeal or warning verb whose subject is "I" or
    "we")."""
    for verb in content:
        lemma = verb.lemma_.lower()
        if lemma not in _APPEALS and lemma not in _OBJECT_VERBS and lemma != "call":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
            continue
        if lemma == "call":  # "we call on / upon Y to ..."
            on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
            yield from (c for p in on for c in p.children if c.dep_ == "pobj")
        else:
            yield from (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i)


def _conditional_agents(content: Span) -> Iterable[Token]:
    """ "Any action by Y to ... would have consequences": whose act the warning is
    conditioned on, as "unless Y pays" in a threat (the subject of a "would" / "will"
    verb, a noun with "any" and a "by" agent)."""
    for token in content:
        if not has_aux(token, _CONSEQUENCE):
            continue
        yield from _failure_agents(token)
        for subject in (c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            if not any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
                continue
            for by in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"):
                yield from (c for c in by.children if c.dep_ == "pobj")


def _failure_agents(verb: Token) -> Iterable[Token]:
    """ "It would be a dereliction of duty by Y if they fail to act": whose failure the
    verdict is conditioned on (the "by" agent of the verdict, with an "if" or "unless"
    clause)."""
    if not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    ):
        return
    for verdict in (c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
        for by in (c for c in verdict.children if c.dep_ == "prep" and c.lower_ == "by"):
            yield from (c for c in by.children if c.dep_ == "pobj")
