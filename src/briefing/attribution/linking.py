"""Links between items: whom a concern is addressed to, which concern a denial answers.

Addressee (evals/README, "Concerns, demands and claims"): the party a demand verb names
("urged Y to", `Candidate.addressee`), else one the parse finds in the cue's or the
content's words:

- "warned / pushed / pressed / lobbied Y to / against ...": the verb's object;
- "called for Y to do X": the object of "for" before a "to" infinitive, or the subject
  of the "for ... to" clause;
- "demanded (that) Y pay ...": the subject of the demanded clause, else a named or plural
  object ("demand wealthy Americans 'pay ...'");
- "threatened to cut aid unless Y pays": the subject of the "unless" clause;
- "Y should / must / ought to / needs to do X" in the content, Y another party than the
  speaker or the body it speaks for; "it is time for Y to do X" likewise;
- "any action by Y to ... would have consequences": the agent of the act the warning is
  conditioned on;
- a quoted appeal of the speaker's own ("We urge all nations to ...", "I call on Y to"):
  its object;
- a title ("asked the former secretary of state to"): the person given that title;
- "the N" ("called on the government to"): the one listed party, not the speaker's side,
  whose name ends in that noun ("the Mexican government");
- none named: a concern that speaks to "you", or points back at its holder's concern
  just before ("this development"), goes where its holder's last concern went.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from briefing.attribution.answers import ARTICLES, Answered, cue_token
from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.described import INSTITUTIONS, LEADER_TITLES
from briefing.attribution.groups import COLLECTIVES
from briefing.attribution.parties import is_actor_name, party_from, party_of
from briefing.attribution.person_titles import titles
from briefing.attribution.reading import Reading
from briefing.attribution.spans import Offsets, tokens_span
from briefing.identity import is_mentioned, is_named_as, surname
from briefing.schema import Party

# verbs whose object is whom a warning or a demand is made to
_OBJECT_VERBS = frozenset({"warn", "push", "press", "pressure", "lobby", "implore", "encourage"})
_APPEALS = frozenset({"urge", "ask", "beg", "exhort", "petition", "challenge"})
_DEMAND_VERBS = frozenset({"demand", "insist"})
_MODALS = frozenset({"should", "must", "ought"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_DEMONSTRATIVES = frozenset({"this", "that"})
_CONSEQUENCE = frozenset({"would", "will", "could", "'ll", "'d"})
_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_GENDERED = {"he": "m", "she": "f"}  # a quoted demand's "he" / "she": a person before it
_GROUP_PREPOSITIONS = frozenset({"in", "outside", "of", "from", "across"})


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
        modal = any(c.lower_ in _MODALS and c.dep_ == "aux" for c in token.children)
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
        spans += [_words_of(named) for named in _time_for(clause)]
        spans += [_words_of(agent) for agent in _conditional_agents(clause)]
        spans += [_words_of(urged) for urged in _own_appeals(clause)]
    return [s for s in spans if s is not None]


def _time_for(content: Span) -> Iterable[Token]:
    """ "It is time for Congress to act": the "for" object of "time" before a "to"
    infinitive."""
    for time in (t for t in content if t.lemma_.lower() == "time"):
        for prep in (c for c in time.children if c.dep_ == "prep" and c.lower_ == "for"):
            named = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if named is not None and any(t.tag_ == "TO" for t in time.subtree if t.i > named.i):
                yield named
        for clause in (c for c in time.children if c.dep_ in ("relcl", "acl")):  # "for Y to"
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
                yield from (c for c in clause.children if c.dep_ == "nsubj")


def _own_appeals(content: Span) -> Iterable[Token]:
    """ "We urge all nations to ...", "I call on Congress to ...": whom the speaker's own
    appeal, quoted, names (the object of an appeal or warning verb whose subject is "I" or
    "we")."""
    for verb in content:
        lemma = verb.lemma_.lower()
        if lemma not in _APPEALS and lemma not in _OBJECT_VERBS and lemma != "call":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
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
        if not any(c.dep_ == "aux" and c.lower_ in _CONSEQUENCE for c in token.children):
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            if not any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
                continue
            for by in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"):
                yield from (c for c in by.children if c.dep_ == "pobj")


def _own_side(speaker: Party | None, parties: Sequence[Party]) -> set[str]:
    """The speaker and the bodies it speaks for (affiliation chain)."""
    side: set[str] = set()
    by_id = {p.id: p for p in parties}
    while speaker is not None and speaker.id not in side:
        side.add(speaker.id)
        speaker = by_id.get(speaker.affiliation or "")
    return side


def addressed_to(
    reading: Reading, candidate: Candidate, speaker: str, parties: Sequence[Party]
) -> str | None:
    """The listed party, other than the speaker's side, a concern is addressed to."""
    side = _own_side(next((p for p in parties if p.id == speaker), None), parties)
    for start, end in addressee_spans(reading, candidate):
        described = _described_leader(reading, (start, end), parties, side)
        if described is not None:
            return described
        named = reading.text[start:end]
        found = [p for p in parties if is_mentioned(p, named) and p.id not in side]
        exact = [p for p in found if is_named_as(p, _article_dropped(named))]
        if exact or found:
            return (exact or found)[0].id
        titled = (
            _titled(reading, (start, end), parties)
            or _person_before(reading, (start, end), parties, side)
            or _group_before(reading, candidate, (start, end), parties, side)
        )
        if titled is not None and titled not in side:
            return titled
        by_noun = _named_by_head_noun(reading, (start, end), parties, side)
        if by_noun is not None:
            return by_noun
        words = reading.doc.char_span(start, end, alignment_mode="expand")
        for mention in _names_in(words) if words is not None else []:
            party = _named_party(mention, parties)
            if party is not None and party not in side:
                return party
    return None


def continued_addressee(
    reading: Reading, candidate: Candidate, speaker: str, earlier: Sequence[Answered]
) -> str | None:
    """A concern naming no addressee that speaks to one ("concerned your campaign is ...",
    an open letter's "you") goes where its holder's last addressed concern went; one that
    points back at the concern just before it, its holder's ("I hope this development
    does not occur"), goes where that one went."""
    content = reading.doc.char_span(*candidate.content, alignment_mode="expand")
    if candidate.kind != "concern" or content is None:
        return None
    held = [k for k in earlier if k[0]["holder"] == speaker and k[0].get("addressed_to")]
    if not held:
        return None
    addressee: str = held[-1][0]["addressed_to"]
    if any(t.lower_ in _SECOND_PERSON for t in content):
        return addressee
    points_back = any(
        t.dep_ == "det" and t.lower_ in _DEMONSTRATIVES and t.head.pos_ == "NOUN" for t in content
    )
    return addressee if points_back and earlier[-1] is held[-1] else None


def _titled(reading: Reading, words: Offsets, parties: Sequence[Party]) -> str | None:
    """ "asked the former secretary of state to ...": the party of the person the article
    gives that title ("Secretary Clinton"), the last named before it, else the first after."""
    span = reading.doc.char_span(*words, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    if head is None or head.tag_ not in ("NN", "NNP"):  # "the secretary", "the President"
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    holders = [m for m, title in titles(reading.doc) if head.lemma_.lower() in title]
    before = [m for m in holders if m.span[1] <= head.idx]
    after = [m for m in holders if m.span[0] > head.idx]
    if not before and not after:
        return None
    return party_of(before[-1] if before else after[0], list(parties))


def _described_leader(
    reading: Reading, words: Offsets, parties: Sequence[Party], side: set[str]
) -> str | None:
    """ "urged the candidate to ...", "asked the Vermont senator to ...": a leader's title
    with "the" is the person the article gives that title, else the one it names most
    (`Descriptions`), not a place in it."""
    span = reading.doc.char_span(*words, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    if head is None or head.tag_ != "NN" or head.lemma_.lower() not in LEADER_TITLES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    described = reading.descriptions
    person = described.titled(head) or described.most_named(before=head.idx)
    party = party_of(person, list(parties)) if person is not None else None
    return party if party not in side else None


def _named_by_head_noun(
    reading: Reading, words: Offsets, parties: Sequence[Party], side: set[str]
) -> str | None:
    """ "the government": the one listed party outside the speaker's side whose name, or
    an alias, ends in that common noun ("Mexican government"); none if two do."""
    span = reading.doc.char_span(*words, alignment_mode="expand")
    if span is None or len(span) != 2 or span[0].lower_ != "the" or span[1].tag_ != "NN":
        return None
    noun = span[1].lower_
    found = {
        p.id
        for p in parties
        if p.id not in side
        and any(len(n.split()) > 1 and n.lower().split()[-1] == noun for n in (p.name, *p.aliases))
    }
    return found.pop() if len(found) == 1 else None


def _person_before(
    reading: Reading, words: Offsets, parties: Sequence[Party], side: set[str]
) -> str | None:
    """'"She should get out of this race," X said': the party of the last listed person
    named before "he" or "she", not on the speaker's side, of that gender where it is known
    (one of the other gender is passed over: "brought this on Trump's wife, he should
    resign")."""
    pronoun = _GENDERED.get(reading.text[words[0] : words[1]].lower())
    if pronoun is None:
        return None
    people = [m for m in reading.mentions if m.label == "PERSON" and m.span[1] <= words[0]]
    for mention in reversed(people):
        party = party_of(mention, list(parties))
        if party is None or party in side:
            continue
        if reading.genders.get(surname(mention.text)) in (None, pronoun):
            return party
    return None


def _group_before(
    reading: Reading,
    candidate: Candidate,
    words: Offsets,
    parties: Sequence[Party],
    side: set[str],
) -> str | None:
    """ "They need to act": the party of the last organization or group named before
    "they", in its sentence or the two before, if it is listed and outside the speaker's
    side; only for the subject of what is said, not of a clause inside it ("they want to
    know why they shouldn't vote")."""
    they = reading.doc.char_span(*words, alignment_mode="expand")
    if they is None or they.text.lower() != "they":
        return None
    verb = they.root.head
    while verb.dep_ == "conj":
        verb = verb.head
    start, end = candidate.content
    if verb.dep_ != "ROOT" and start <= verb.head.idx < end:
        return None
    at = words[0]
    starts = [start for start, _ in reading.sentences if start <= at]
    floor = starts[-3] if len(starts) >= 3 else 0
    named = [
        m
        for m in reading.mentions
        if m.label in ("ORG", "NORP") and floor <= m.span[0] and m.span[1] <= at
    ]
    party = _named_party(named[-1], parties) if named else None
    return party if party not in side else None


def _article_dropped(words: str) -> str:
    first, _, rest = words.partition(" ")
    return rest if rest and first.lower() in ARTICLES else words


def addressee_parties(reading: Reading, parties: list[Party]) -> list[Party]:
    """`parties` plus one per name in a concern's addressee words no party names ("urged
    Mexico to", "called for the United States to"): the parties a concern goes to."""
    result = list(parties)
    for candidate in reading.candidates:
        for start, end in addressee_spans(reading, candidate):
            words = reading.doc.char_span(start, end, alignment_mode="expand")
            for mention in _names_in(words) if words is not None else []:
                if _named_party(mention, result) is not None:
                    continue
                party = party_from(mention, reading.doc)
                if is_actor_name(party.name, party.kind, reading.doc) and party.id not in {
                    p.id for p in result
                }:
                    result.append(party)
    return result


def _named_party(mention: Mention, parties: Sequence[Party]) -> str | None:
    """The party that names the mention; an institution a name owns ("the Obama
    administration") only by its whole name, not by the owner's ("Obama"). A party the
    same body or collective goes by counts ("Republicans" for "the Republican
    electorate"); a place's name names only a country ("China", not "China's foreign
    ministry")."""
    if mention.label == "ORG":
        return next((p.id for p in parties if is_named_as(p, mention.text)), None)
    found = party_of(mention, list(parties))
    party = next((p for p in parties if p.id == found), None)
    if party is not None and mention.label == "GPE" and party.kind != "country":
        return None  # "urged China to": the country, not "China's foreign ministry"
    return found


def _names_in(words: Span) -> list[Mention]:
    """The names in an addressee's words: an institution a name owns ("the Obama
    administration"), else its named entities."""
    head = words.root
    owner = [c for c in head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
    if head.lemma_.lower() in INSTITUTIONS and owner:
        start = owner[0].left_edge.idx
        name = words.doc[owner[0].left_edge.i : head.i + 1].text
        return [Mention(name, "ORG", (start, head.idx + len(head)))]
    if _is_group(head):
        return [_without_article(words, "NORP")]  # "superdelegates", "wealthy Americans"
    return [
        _without_article(e, e.label_)
        for e in words.ents
        if e.label_ in _NAME_LABELS and not _place_of(e, words)
    ]


def _place_of(entity: Span, words: Span) -> bool:
    """A place or people naming where another addressee is from ("urged the Vermont
    senator", "called on Michigan Gov. Rick Snyder", "the North Korean regime"): a
    modifier of a noun in the words, not the addressee."""
    root = entity.root
    return (
        entity.label_ in ("GPE", "NORP")
        and root.dep_ in ("compound", "amod", "nmod")
        and root.head not in entity
        and words.start <= root.head.i < words.end
        and root.head.pos_ in ("NOUN", "PROPN")
    )


def _is_group(head: Token) -> bool:
    """A plural common noun or a collective with its phrase ("Asian and other countries",
    "countries in the region", "the Republican electorate", "wealthy Americans"): the
    group the words describe, not the names inside it."""
    if head.pos_ == "NOUN":
        return head.tag_ == "NNS" or head.lemma_.lower() in COLLECTIVES
    described = any(c.dep_ == "amod" and c.text.islower() for c in head.children)
    return head.tag_ == "NNPS" and described


def _without_article(words: Span, label: str) -> Mention:
    """Words as a mention, without a leading "the" ("the United States")."""
    if len(words) > 1 and words[0].lower_ in ARTICLES:
        words = words[1:]
    return Mention(words.text, label, (words.start_char, words.end_char))
