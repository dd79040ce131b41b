"""The kind of a claim from its words, not only its cue word.

PolNeAR's cue words make "said" a claim whatever is said. By the briefing's labelling
guide (evals/README, "Cases decided while labelling news-train") words that predict
harm ("the cuts could lead to layoffs", "is in danger of", "at risk of") are a warning,
so a concern. The kind is changed after the keep decision, so PolNeAR (which
compares no kinds) sees the same candidates, save a claim that holds its own speaker's
nested concern or denial and so gives way to it (`reading._holds_own`).
"""

from __future__ import annotations

import re

from briefing.schema import Kind

# A prediction that harm will follow is a warning, so a concern (the guide: "could lead
# to", "is in danger of", "at risk of"); harm stated as a fact stays a claim.
_WARNS = re.compile(
    r"\b(?:could|might|may|would|will)\b[^.;]{0,30}?\b(?:lead to|led to|result in|damage|"
    r"harm|hurt|expose|endanger|undermine|destroy|kindle|threaten|jeopardi[sz]e)\b"
    r"|\b(?:at risk of|in danger of|a threat to|an? (?:\w+ )?threat to|have consequences)\b",
    re.IGNORECASE,
)


_NOT = re.compile(r"\bnot\b|n['’]t\b", re.IGNORECASE)  # "will not destroy it": no warning


def worded_kind(text: str, content: tuple[int, int], kind: Kind) -> Kind:
    """A claim whose words predict harm ("the cuts could lead to layoffs") is a concern."""
    if kind != "claim":
        return kind
    warning = _WARNS.search(text, content[0], content[1])
    return "concern" if warning and not _NOT.search(warning.group()) else kind
