"""Something said, called a lie or absurd by a naming verb, read as a denial.

By the labelling guide (evals/README, "Cases decided while labelling ... sixteen randomly
drawn news-train articles") calling a claim a lie is a denial, and naming verbs quote
what the thing is called (`Y "a disaster`). So "called the report a 'boldfaced lie'",
"calls this a false narrative", "call the allegations unfair and absurd", "called the
notion of X a hoax" deny what was said. Calling a person a liar or a phony is an
accusation (a claim), and so is calling an act or a policy bad.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.negation import negated

_NAMING = frozenset({"call", "label", "brand", "dub", "term"})
# something said or held, or a pronoun standing for it: what a naming verb calls false and
# what mocking denies (`kinds`)
SAID = frozenset(
    {"report", "story", "claim", "allegation", "accusation", "charge", "idea", "notion"}
    | {"narrative", "assertion", "theory", "statement", "comment", "remark", "suggestion"}
    | {"account", "argument", "rumor", "rumour", "criticism", "attack", "article", "poll"}
    | {"premise", "view", "assessment", "contention", "complaint", "objection"}
    | {"it", "this", "that"}
)
_FALSE = frozenset(
    {"lie", "hoax", "fiction", "fabrication", "fantasy", "myth", "smear", "falsehood"}
    | {"nonsense", "garbage", "rubbish", "false", "untrue", "baseless", "bogus", "fake"}
    | {"absurd", "ridiculous", "preposterous", "ludicrous", "laughable", "inaccurate"}
    | {"misleading", "unfounded", "groundless", "phony", "fabricated", "lies"}
)


def _said_object(token: Token) -> bool:
    """ "called [that report] a lie": the object of a naming verb, something said."""
    word = token.lemma_.lower() if token.pos_ != "PRON" else token.lower_
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _NAMING and word in SAID


def calls_said_false(tokens: list[Token]) -> bool:
    """Whether the content names something said a lie, false or absurd (module doc)."""
    objects = [t for t in tokens if _said_object(t)]
    if not objects:
        return False
    after = [t for t in tokens if t.i > objects[0].i]
    return any(
        (t.lemma_.lower() in _FALSE or t.lower_ in _FALSE) and not negated(t.head) for t in after
    )
