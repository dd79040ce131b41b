"""Sources that are groups the article describes, and how the keep model sees them.

A plural source set apart by the article's words ("Clinton campaign aides", "election
officials", "people familiar with the talks") is a `group` party by the labelling guide
(evals/README, "Parties"), unlike a faceless "analysts say". `group_source` asks the
group readers in turn; `source_features` marks a candidate whose source is such a group,
so that the keep model holds it to `keep.GROUP_THRESHOLD`, as a named source is held to
its lower threshold: PolNeAR, which the model learns from, counts unnamed sources apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.cues.keep import DESCRIBED_GROUP, features
from briefing.attribution.cues.shapes import Found
from briefing.attribution.speakers.groups import (
    group_holder,
    owned_group,
    partitive_group,
    plural_speaker,
    qualified_people,
)
from briefing.attribution.speakers.owned_groups import people_noun, pronoun_owned
from briefing.attribution.speakers.resolve import Resolver
from briefing.attribution.speakers.specific_groups import specific_group
from briefing.attribution.text.negation import negated
from briefing.attribution.text.spans import Offsets


def group_source(
    item: Found, resolver: Resolver, resolved: Sequence[tuple[Found, Mention | None]]
) -> Mention | None:
    """The group an attribution's source stands for, if the source is one."""
    return (
        plural_speaker(item, resolved)
        or pronoun_owned(item, resolver, resolved)  # "his attorneys": Trump's attorneys
        or partitive_group(item)  # "some of Clinton's allies"
        or group_holder(item)
        or owned_group(item)
        or specific_group(item, resolved)
        or qualified_people(item)
    )


# shapes whose content is no statement of the subject's: a quoted term it uses ("what
# supporters call 'super PACs'"), a noun's phrase ("his surrogates' appeal to X")
_NOT_SAYING = frozenset({"verb-quotation", "noun-prep", "verb-prep"})


def described_source(item: Found, referent: Mention | None) -> bool:
    """Whether the source is a common noun standing for a group the article describes
    ("Clinton campaign aides", "election officials"), not a pronoun nor a name."""
    head = item.head
    if referent is None or referent.label != "NORP" or head is None:
        return False
    if item.shape in _NOT_SAYING or head.dep_ != "nsubj":
        return False  # "asked Republican senators whether", backers' "anchor baby"
    if item.token is not None and negated(item.token):
        return False  # "fishermen did not seem to be worried": nothing they hold
    return head.pos_ == "NOUN" and head.tag_ == "NNS" and people_noun(head)


def source_features(
    item: Found, candidate: Candidate, text: str, quoted: Sequence[Offsets]
) -> list[str]:
    """The keep model's features of a candidate, marked when its source is a described group."""
    feats = features(item, candidate, text, quoted)
    return [*feats, DESCRIBED_GROUP] if described_source(item, candidate.referent) else feats
