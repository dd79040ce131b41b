"""Speakers known by a description, not a name: "the bank", "the Trump campaign", "the
Russian leader", "the defense minister", "Bolivian opposition party members".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.names.mentions import clean_name
from briefing.attribution.names.qualified import STAFF
from briefing.attribution.text.spans import doc_text
from briefing.identity import surname

# determiners that set a part of a group apart, kept in its name ("Some protest leaders",
# "some Democratic officials": the guide's separate groups), unlike "the" or "two"
PART_DETERMINERS = frozenset({"some", "most"})


def sets_apart(token: Token) -> bool:
    """Whether a word before a group's noun is a determiner naming a part of it ("some")."""
    return token.dep_ == "det" and token.lower_ in PART_DETERMINERS


# titles of a story's principal ("the Russian leader said"), unlike "the official said"
LEADER_TITLES = frozenset(
    {
        "leader",
        "president",
        "candidate",
        "nominee",
        "front-runner",
        "frontrunner",
        "billionaire",
        "businessman",
        "tycoon",
        "magnate",
        "mogul",
        "senator",
        "governor",
        "chancellor",
        "premier",
        "republican",
        "democrat",
    }
)
# leaders' titles that describe, holding no office one must be given: "the businessman"
DESCRIPTIONS = frozenset(
    {"billionaire", "businessman", "tycoon", "magnate", "mogul", "candidate", "nominee"}
    | {"front-runner", "frontrunner"}
)
# people an article may leave unnamed but describe ("a labor official", "an EU member");
# not a faceless source ("a source", "an analyst": no party, evals/README "Parties")
UNNAMED_PEOPLE = STAFF | {"member", "leader", "officer", "diplomat", "executive", "minister"}
MIN_MOST_NAMED = 3
MAX_HEADLINE = 200
# what is no part of a group's description: "some", "the", "two", a clause or phrase after it
_NOT_DESCRIPTION = ("det", "predet", "nummod", "quantmod", "punct", "relcl", "acl", "prep")
_ARTICLES = frozenset({"the", "a", "an", "these", "those", "this", "that"})


class Descriptions:
    """Who one article's descriptions stand for, among the parties it names."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        people: Sequence[Mention],
        titles: Sequence[tuple[Mention, frozenset[str]]],
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.people = people
        self.titles = titles

    def group(self, head: Token) -> Mention:
        """ "Bolivian opposition party members": a group named only by the nationality or
        party it belongs to is known by the article's description (articles and numbers left
        out, quantifiers kept as the news-train gold keeps them: "Several Republican leaders")."""
        words = [
            t
            for t in head.subtree
            if t.i <= head.i and (t.dep_ not in _NOT_DESCRIPTION or sets_apart(t))
        ]
        first = next((i for i, t in enumerate(words) if not _quantifies(t)), len(words) - 1)
        words = words[first:]
        start, end = words[0].idx, head.idx + len(head)
        return Mention(clean_name(doc_text(self.doc)[start:end]), "NORP", (start, end))

    def person(self, head: Token, placed: bool = False) -> Mention:
        """ "the Russian leader", "the Republican presidential candidate": the person the
        article gives that title, else, for a leader's title, the person it names most; "a
        Chinese official" is someone the article does not name, known by the description.
        Never the nationality or party alone. A title `placed` ("the Vermont senator") is
        only ever the person given it: the person named most need not be from there."""
        if _has_the(head) or _place_owner(head) is not None:
            titled = self.titled(head)
            if titled is not None:
                return titled
            leader = _title_lemma(head) in LEADER_TITLES
            # "the New York businessman": a place before a description, no office, says
            # where they come from, not whose office it is
            placed = placed and _title_lemma(head) not in DESCRIPTIONS
            continued = self.continued(head) if leader else None
            if continued is not None and (not placed or self.is_leader(continued)):
                return continued
            if leader and not placed:
                most = self.most_named(before=head.idx)
                if most is not None:
                    return most
        return self.group(head)

    def leader(self, head: Token) -> Mention | None:
        """ "The businessman said", "the real estate tycoon", "the cautious candidate": a
        definite description of a leader, no office ("the senator" is only one given the
        title: `titled`), continues the person the sentence before
        is about, else is the person the article names most (in its body: a headline's
        capitalised words may be taken for a name)."""
        if not _has_the(head) or head.tag_ != "NN" or _title_lemma(head) not in DESCRIPTIONS:
            return None
        person = self.continued(head) or self.most_named(before=head.idx)
        if person is None:
            return None
        headline = _headline_end(doc_text(self.doc))
        named = [  # by a name the body gives them
            p
            for p in self.people
            if surname(p.text) == surname(person.text) and headline <= p.span[0] < head.idx
        ]
        return max(named, key=lambda p: len(p.text), default=None)

    def unnamed(self, head: Token) -> Mention | None:
        """ "A labor official said": a person the article never names, known by its
        description; "the official" later is the one last described so ("said a senior
        official who ...": the senior official). `source_words.same_description`, asked
        first, reads "the official" from the earlier speakers' referents instead."""
        if head.lemma_.lower() not in UNNAMED_PEOPLE:
            return None
        if head.tag_ == "NNS":  # "election officials said": described, with no article
            modified = any(c.dep_ in ("compound", "amod") for c in head.children)
            return self.group(head) if modified and _article(head) is None else None
        if head.tag_ != "NN":
            return None
        article = _article(head)
        if article == "the":  # the one described before
            described = [
                t
                for t in self.doc[: head.i]
                if t.lemma_ == head.lemma_ and t.tag_ == "NN" and _article(t) in ("a", "an")
            ]
            head = described[-1] if described else head
        if _article(head) not in ("a", "an"):
            return None
        return self.group(head)  # as "a Chinese official" (`person`): no person a pronoun
        # may continue, whom the article never names

    def continued(self, head: Token) -> Mention | None:
        """ "Ana Ruiz said ... The Ohio senator declined ...": a title that is its sentence's
        subject continues the person the sentence before is about (its subject); one inside
        a clause, the person named last before it in its sentence but its subject ("Cole
        attacked Ana Ruiz after the Democratic front-runner said": Ruiz)."""
        sentence = head.sent
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == sentence.root.i:
            if sentence.start == 0:
                return None
            return self._subject_of(self.doc[sentence.start - 1].sent)
        subject = self._subject_of(sentence)
        named = [
            p
            for p in self.people
            if sentence.start_char <= p.span[0]
            and p.span[1] <= head.idx
            and (subject is None or surname(p.text) != surname(subject.text))
        ]
        return named[-1] if named else None

    def _subject_of(self, sentence: Span) -> Mention | None:
        """The person the sentence's main subject names, if it names one, by their fullest
        name ("Vladan Petrov" for "Petrov")."""
        subject = next(
            (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subject is None:
            return None
        named = next((p for p in self.people if p.span[0] <= subject.idx < p.span[1]), None)
        if named is None:
            return None
        same = [p for p in self.people if surname(p.text) == surname(named.text)]
        return max(same, key=lambda p: len(p.text))

    def is_leader(self, person: Mention) -> bool:
        """Whether the article gives the person a leader's title ("Sen. Ana Ruiz",
        "candidate Ana Ruiz"): "the Ohio senator" may continue them, though nobody is
        said to be from Ohio."""
        return any(
            surname(p.text) == surname(person.text) and title & LEADER_TITLES
            for p, title in self.titles
        )

    def most_named(self, before: int) -> Mention | None:
        """The person named most often (MIN_MOST_NAMED times or more) and first before `before`."""
        counts = Counter(surname(p.text) for p in self.people)
        earlier = [p for p in self.people if p.span[1] <= before]
        if not earlier:
            return None
        best = max(earlier, key=lambda p: (counts[surname(p.text)], len(p.text)))
        return best if counts[surname(best.text)] >= MIN_MOST_NAMED else None

    def titled_subject(self, pronoun: Token) -> Mention | None:
        """ "Bolivia's defense minister confirmed ..., days after he visited Tehran": a
        pronoun after its sentence's subject, a title, is the person the article gives that
        whole title ("Bolivia's Defense Minister Edmundo Novillo"), named before or after."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.i >= pronoun.i:
            return None
        words = {subject.lemma_.lower()} | {
            c.lemma_.lower()
            for c in subject.children
            if c.dep_ in ("compound", "amod") or (c.dep_ == "poss" and c.pos_ == "PROPN")
        }
        if len(words) < 2:  # "the minister": `titled`, the one named last before
            return None
        titled = [p for p, title in self.titles if words <= title]
        return min(titled, key=lambda p: abs(p.span[0] - pronoun.idx), default=None)

    def titled(self, head: Token) -> Mention | None:
        """ "the minister", "the defense minister", "the city's mayor": of the people the
        article gives that title ("Defense Minister Ana Ruiz", "Ana Ruiz, the minister"),
        the one named last before it (by name or surname); in a story that opens with it,
        the one person it gives the role, though named only after it."""
        owner = _place_owner(head)
        if head.tag_ != "NN" or not (owner is not None or _has_the(head)):
            return None
        if any(  # "his aide", "the head of X"; not "the senator from Vermont"
            (c.dep_ == "poss" and c != owner) or (c.dep_ == "prep" and c.lower_ not in _AFTER)
            for c in head.children
        ):
            return None
        words = {head.lemma_.lower()} | {
            c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")
        }
        headline = _headline_end(doc_text(self.doc))  # no titles there: "X's mayor rebuffs Y"
        given = [(p, title) for p, title in self.titles if p.span[0] >= headline]
        titled = {surname(p.text) for p, title in given if words <= title}
        titled = titled or _role_holder(given, head.lemma_.lower(), words)
        earlier = [p for p in self.people if p.span[1] <= head.idx and surname(p.text) in titled]
        opening = not any(headline <= p.span[0] and p.span[1] <= head.idx for p in self.people)
        if opening and len(titled) == 1:  # the story opens "The city's new mayor ..."
            earlier = [p for p in self.people if surname(p.text) in titled]
        if not earlier:
            return None
        last = surname(earlier[-1].text)
        return max((p for p in earlier if surname(p.text) == last), key=lambda p: len(p.text))


# phrases after a title that leave it a title: "the senator from Vermont", "the mayor on Tuesday"
_AFTER = frozenset({"from", "on"})


def _role_holder(
    titles: Sequence[tuple[Mention, frozenset[str]]], role: str, words: set[str]
) -> set[str]:
    """ "the independent Vermont senator" for "Sen. Ana Ruiz", "the Latin American pope"
    for "Pope Leo": words the article never gave the title aside, the people it gives
    the role noun; of several, those whose title shares a word of the
    description ("the Ohio senator": "Ohio Sen. Ana Ruiz", not "Texas Sen. Tom Berg"),
    else all of them."""
    holders: dict[str, set[str]] = {}
    for person, title in titles:
        if role in title:
            holders.setdefault(surname(person.text), set()).update(title)
    fitting = {name for name, title in holders.items() if title & (words - {role})}
    return fitting or set(holders)  # of several, `titled` takes the one named last


def _headline_end(text: str) -> int:
    """End of a short first line, the headline, if more lines follow; else 0."""
    end = text.find("\n")
    return end if 0 < end <= MAX_HEADLINE and text[end:].strip() else 0


def _article(token: Token) -> str | None:
    """The article before a noun ("a", "the"), lower-cased, or None."""
    return next((c.lower_ for c in token.children if c.dep_ == "det"), None)


def _has_the(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _place_owner(head: Token) -> Token | None:
    """ "the city's" in "the city's new mayor": a common noun owning the title, itself
    definite, makes the title definite (not "his aide", "Ruiz's aide")."""
    return next(
        (c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN" and _has_the(c)),
        None,
    )


def _title_lemma(head: Token) -> str:
    """ "front-runner", which the parse splits in three, as one word."""
    if head.lower_ == "runner" and head.i >= 2 and head.doc[head.i - 2].lower_ == "front":
        return "front-runner"
    return head.lemma_.lower()


def _quantifies(token: Token) -> bool:
    """ "the", "these", "two", "even": no part of what a group is ("some", "other" are)."""
    return token.lower_ in _ARTICLES or token.pos_ in ("NUM", "ADV")
