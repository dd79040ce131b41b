"""Which named party a source stands for: its own name, or, for "he", "she",
"they" and "the campaign", one named before it (rules, gender and number checked)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.quote_speakers import speakers_after_quotes
from briefing.attribution.cues.shapes import Found
from briefing.attribution.names.clause_subjects import not_meant
from briefing.attribution.names.described import Descriptions
from briefing.attribution.names.genders import gender_of, genders
from briefing.attribution.names.institutions import INSTITUTIONS, institution_named
from briefing.attribution.names.mentions import LABELS, mentions, people, proper_name
from briefing.attribution.names.person_titles import titles
from briefing.attribution.names.qualified import body_staff, placed_title
from briefing.attribution.speakers import documents
from briefing.attribution.speakers.bodies import BODIES, body_for, body_speaking, they_before
from briefing.attribution.speakers.by_surname import first_bearer, labelled, person_by_surname
from briefing.attribution.speakers.lookback import Lookback, last_outside
from briefing.attribution.speakers.owned_bodies import owned_by
from briefing.attribution.speakers.polls import POLLS, poll_maker, pollster
from briefing.attribution.speakers.relative_clauses import off_main_line
from briefing.attribution.speakers.source_words import (
    PARTISANS,
    acted_on,
    aside,
    definite,
    is_subject,
    own_subject,
    owner_of_speaker,
    person_of_body,
    personal,
    right_of,
    same_description,
    subtree_span,
    within,
)
from briefing.attribution.text.lexicon import DOCUMENTS
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import Offsets, doc_text, name_span, overlaps

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their"})
# a description's children that name it, after it: "the agency, IRNA," (appos), and
# misparses of "outlets IRNA and Fars" (amod), "think tank the Institute" (dobj)
_NAMING = ("appos", "amod", "dobj", "compound")
_NOT_NAMES = frozenset({"NORP", "GPE", "LOC", "DATE"})  # entities that name no speaker


class Resolver:
    """Resolves the sources of one article's attributions, in reading order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions = mentions(doc)
        self.people = people(self.mentions, doc)
        found = {(e.start_char, e.end_char) for e in doc.ents}
        self.named_people = [p for p in self.people if p.span in found]
        self.person_at = {p.span: p for p in self.people}
        self.genders = genders(doc, self.people)
        self.described = Descriptions(doc, self.mentions, self.people, titles(doc))
        self.quotations = quotations(doc_text(doc))
        self.lookback = Lookback(doc, self.quotations)
        self.sentence_starts = self.lookback.starts
        self.quoted_by = speakers_after_quotes(doc, self.mentions, self.quotations)

    def resolve(
        self, found: Found, outer: Sequence[tuple[Found, Mention | None]]
    ) -> Mention | None:
        """The mention a source stands for, or None for an unnamed one."""
        return first_bearer(self.doc, self.people, self._resolve(found, outer))

    def _resolve(
        self, found: Found, outer: Sequence[tuple[Found, Mention | None]]
    ) -> Mention | None:
        if found.head is None:
            return self._label(found)
        named = self._named(found.head, found.source) or person_by_surname(self.people, found.head)
        if named is not None:
            return named
        word = found.head.lower_
        if word in _MALE or word in _FEMALE:
            return self._person(found, outer, "m" if word in _MALE else "f")
        if word in _PLURAL:
            at = found.head.idx  # "they": the last organization or group named, not far back
            return they_before(self.doc, self.mentions, self.lookback.floor(at), at)
        if word == "it":  # "the paper notes C, it lists D": the document speaking before
            named = documents.document_before(found.head, outer) or body_speaking(found, outer)
            return named or documents.document_named_before(found.head, outer, self.mentions)
        if word in INSTITUTIONS | BODIES and found.head.pos_ == "NOUN":
            body = body_for(found.head, self.doc, self.mentions, self.sentence_starts)
            return body or self._owned(found, outer)
        if found.head.pos_ == "NOUN" and found.head.lemma_.lower() in DOCUMENTS:
            return documents.own_author(found.head, self.mentions, lambda t: _spoken(t, outer))
        if found.head.pos_ == "NOUN" and found.head.lemma_.lower() in POLLS:
            return poll_maker(found.head, self.mentions)
        if found.head.pos_ == "NOUN":
            return (
                self.described.titled(found.head)
                or self._continued(found.head)
                or same_description(found.head, outer)
                or self.described.unnamed(found.head)
                or self.described.leader(found.head)
                or self._owned(found, outer)
            )
        return None

    def _owned(self, found: Found, outer: Sequence[tuple[Found, Mention | None]]) -> Mention | None:
        """ "his campaign said": the campaign of the person "his" stands for."""
        assert found.head is not None
        return owned_by(found.head, lambda p, g: self._person(replace(found, head=p), outer, g))

    def _continued(self, head: Token) -> Mention | None:
        """ "Ana Ruiz held up a sign. The 57-year-old scientist says": a definite title no one
        was given, its sentence's subject, continues the person the sentence before is about."""
        if head.tag_ != "NN" or not definite(head) or head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if not personal(head) or not any(c.dep_ in ("amod", "compound") for c in head.children):
            return None  # "the landmark agreement says", "the friendly audience cheered"
        if head.head.i != head.sent.root.i:
            return None
        return self.described.continued(head)

    def named(self, token: Token) -> Mention | None:
        """The party a word names on its own, as a source would ("Russia's central bank")."""
        return self._named(token, name_span(token))

    def _inside(self, span: Offsets) -> list[Mention]:
        return [m for m in self.mentions if span[0] <= m.span[0] and m.span[1] <= span[1]]

    def _named(self, head: Token, source: Offsets | None) -> Mention | None:
        """An entity in the source's name ("the Trump campaign"), a title's appositive ("the
        city's mayor, Ana Ruiz, said") or "for"/"of" phrase ("a spokesman for Clinton")."""
        for child in head.children:  # only a title's: "Sen. Gillibrand (D-NY)" is Gillibrand
            if child.dep_ in _NAMING and child.i > head.i and head.pos_ == "NOUN":
                named = [
                    m for m in self._inside(subtree_span(child)) if m.label in ("PERSON", "ORG")
                ]
                if named:  # "former Secretary of State Hillary Clinton": the name it heads
                    holding = [m for m in named if m.span[0] <= child.idx < m.span[1]]
                    return (holding or named)[0]
                # a name the entity finder missed; not a people or a place it found
                # ("a president who says he's neutral on Monday, pro-Israel on Tuesday")
                if child.pos_ == "PROPN" and child.ent_type_ not in _NOT_NAMES:
                    return proper_name(child)
        if head.pos_ == "NOUN":  # "the mayor of Harbor City, Ana Ruiz,": hung on "City"
            for token in head.subtree:
                if token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.i > head.i:
                    if aside(token, head):
                        continue
                    named = [m for m in self._inside(subtree_span(token)) if m.label == "PERSON"]
                    return named[0] if named else proper_name(token)
        inside = self._inside(source) if source else []
        if not inside:  # "a spokesman for Clinton"
            inside = self._inside((min(t.idx for t in head.subtree), head.idx + len(head)))
            inside += [m for m in self._inside(right_of(head)) if m.label in ("PERSON", "ORG")]
        if not inside:  # "the Center for Responsive Politics": a name running past the source's
            return self._holding(head) or pollster(head, inside)  # or "FEC records show"
        holding = [m for m in inside if m.span[0] <= head.idx < m.span[1]]
        if not holding and (polled := pollster(head, inside)) is not None:
            return polled  # "The Harbor poll found": the pollster
        # "Iranian state news outlets IRNA ...", "Washington-based think tank the Institute
        # ...": a person or organization before a place or group, the nearer the head the better
        ranked = sorted(inside, key=lambda m: (LABELS.index(m.label), abs(head.idx - m.span[0])))
        best = (holding or ranked)[0]
        if (head.lower_ in INSTITUTIONS or head.lower_ == "leadership") and not holding:
            return institution_named(best, head)
        if holding and holding[0].label == "NORP" and head.lower_ in PARTISANS and definite(head):
            return self.described.person(head)  # "the Republican said": a person, not the party
        if not holding and head.tag_ == "NNS" and all(m.label == "NORP" for m in inside):
            return self.described.group(head)
        if not holding and head.tag_ == "NN" and all(m.label == "NORP" for m in inside):
            return self.described.person(head)
        if not holding and head.tag_ == "NN" and placed_title(head, inside):
            return self.described.person(head, placed=True)  # "the Vermont senator"
        if not holding and body_staff(head, inside):  # "White House officials"
            return self.described.person(head, placed=True)
        return best

    def _holding(self, head: Token) -> Mention | None:
        """The person or body whose name holds the head word and its "for"/"of" phrase, the
        source stopping short ("According to the Center for ..."; not "Obama To Asians")."""
        for mention in self.mentions:
            start, end = mention.span
            if mention.label not in ("PERSON", "ORG") or not start <= head.idx < end:
                continue
            if any(
                c.dep_ == "prep" and c.text in ("for", "of") and start <= c.idx < end
                for c in head.children
            ):
                if mention.label == "ORG" and person_of_body(head, mention):
                    return proper_name(head)  # "Ana Ruiz of Human Rights Watch", one ORG
                return mention
        return None

    def _label(self, found: Found) -> Mention | None:
        assert found.source is not None
        inside = [m for m in self._inside(found.source) if m.label in ("PERSON", "ORG")]
        return labelled(doc_text(self.doc), found.source, self.people, inside)

    def _person(
        self, found: Found, outer: Sequence[tuple[Found, Mention | None]], gender: str
    ) -> Mention | None:
        """ "he": the speaker whose words hold the cue, else the last person named.

        Both gender-checked; never a person named in the words "he" says ('"I take what
        Ruiz said seriously," she said' is not Ruiz's)."""
        assert found.head is not None
        at = found.head.idx
        said = self._said(found)
        for other, speaker in outer:
            referent = self._as_person(speaker)
            if (
                referent is not None
                and other.content[0] <= at < other.content[1]
                and self._fits(referent, gender)
            ):
                return referent
        described = self.described.titled_subject(found.head) or own_subject(
            found.head, self.named_people
        )
        if described is not None and self._fits(described, gender) and not within(described, said):
            return described
        floor = self.lookback.floor(at)
        text = doc_text(self.doc)
        reach = self.lookback.floor(at, narrated=True)
        salient = self._last_salient(outer, reach, at, said, gender)
        if (
            salient is not None
            and self._fits(salient, gender)
            and not owner_of_speaker(self.doc, text, salient)
        ):
            return salient
        # one known to be of the gender, then one named before it in its own sentence
        # ("Clinton, though she praised X"), then the last salient one of no known gender
        own = found.head.sent.start_char
        named = self._named_last(floor, at, said, gender, True) or self._named_last(
            own, at, said, gender
        )
        if named is not None:
            return named
        salient = self._last_salient(outer, floor, at, said, gender, fitting=True)
        if salient is not None and not owner_of_speaker(self.doc, text, salient):
            return salient
        last = self._named_last(floor, at, said, gender)
        if last is not None:
            return last
        far = last_outside(self.people, at, [*said, *self.quotations])  # past the lookback
        return far if far and gender_of(self.genders.known, far.text) == gender else None

    def _named_last(
        self, floor: int, at: int, said: Sequence[Offsets], gender: str, known: bool = False
    ) -> Mention | None:
        """The last person named between `floor` and `at` who fits the gender (`known` to be
        of it); names the entity finder found first: a proper noun it missed may be a place
        ("Kyiv")."""
        text = doc_text(self.doc)
        for persons in (self.named_people, self.people):
            earlier = [p for p in persons if floor <= p.span[0] and p.span[1] <= at]
            for person in reversed(earlier):
                if (
                    self._fits(person, gender)
                    and (not known or gender_of(self.genders.known, person.text) is not None)
                    and not owner_of_speaker(self.doc, text, person)
                    and not within(person, said)
                ):
                    return person
        return None

    def _said(self, found: Found) -> list[Offsets]:
        """What the source says, with quotations it overlaps, and whom its pronoun is not."""
        quoted = [q for q in self.quotations if overlaps(q, found.content)]
        return [found.content, *quoted, *not_meant(found.head, self.people)]  # "Obama, who he"

    def _last_salient(
        self,
        outer: Sequence[tuple[Found, Mention | None]],
        floor: int,
        at: int,
        said: Sequence[Offsets] = (),
        gender: str | None = None,
        fitting: bool = False,
    ) -> Mention | None:
        """The person a pronoun most likely continues: the last one of its gender who spoke
        or was a sentence's subject, not far back. 'Obama told a meeting in Ho Chi Minh City
        ... "C," he said' is Obama's, though the city was named last; in "Song said Clinton
        had said C. He said D", he is Song, not the woman who spoke last. With `fitting`, the
        last one not known to be of the other gender."""
        spoken = [  # a speaker holds the floor to the end of their words
            (self._floor_end(other, outer, at), referent)
            for other, speaker in outer
            if (referent := self._as_person(speaker)) is not None
            and floor <= other.cue[0] < at
            and not off_main_line(other)
        ]
        spoken += [(cue, person) for cue, person in self.quoted_by if floor <= cue < at]
        subjects = [
            (person.span[0], person)
            for person in self.named_people
            if floor <= person.span[0]
            and person.span[1] <= at
            and (is_subject(self.doc, person) or acted_on(self.doc, person, self.mentions))
            and not within(person, said)
            and not within(person, self.quotations)  # a subject of quoted words
        ]
        ranked = sorted(spoken + subjects, key=lambda pair: pair[0])
        if not ranked or gender is None or self._fits(ranked[-1][1], gender):
            return ranked[-1][1] if ranked else None
        if fitting:
            return next((p for _, p in reversed(ranked) if self._fits(p, gender)), None)
        known = [p for _, p in ranked if gender_of(self.genders.known, p.text) == gender]
        return known[-1] if known else None

    def _floor_end(
        self, found: Found, outer: Sequence[tuple[Found, Mention | None]], at: int
    ) -> int:
        """Where a speaker's hold on the floor ends before `at`: the end of their words; only
        their cue for one reported inside a person's words ('Biden added that C, because of
        Trump's remarks, which included D. "E," he said' is Biden's)."""
        reported = any(
            other.cue != found.cue
            and self._as_person(speaker) is not None
            and other.content[0] <= found.cue[0] < other.content[1]
            for other, speaker in outer
        )
        return found.cue[0] if reported else max(found.cue[0], min(found.content[1], at))

    def _as_person(self, referent: Mention | None) -> Mention | None:
        """A speaker who is a person, as `people` has them: also a name the small model
        tagged otherwise ("Podesta said", an ORG, beside "John Podesta")."""
        if referent is None:
            return None
        person = self.person_at.get(referent.span)
        return person or (referent if referent.label == "PERSON" else None)

    def _fits(self, person: Mention, gender: str) -> bool:
        return gender_of(self.genders.likely, person.text) in (None, gender)


def _spoken(token: Token, outer: Sequence[tuple[Found, Mention | None]]) -> Mention | None:
    """Who a word stands for as the source of an earlier attribution ("Ruiz's office said
    in a statement": the office), as resolved there."""
    return next((ref for found, ref in reversed(outer) if found.head == token and ref), None)
