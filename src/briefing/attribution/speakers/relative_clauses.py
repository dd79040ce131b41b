"""Who holds the floor after a relative clause: "attacking his rivals, Bush and Christie,
who say C. He dismissed ...": not Bush or Christie."""

from __future__ import annotations

from briefing.attribution.cues.shapes import Found


def off_main_line(found: Found) -> bool:
    """ "attacking his rivals, Bush and Christie, who say C": a speaker named off the
    sentence's main line, in a relative clause on no subject or agent, holds no floor for
    a later he."""
    cue, head = found.token, found.head
    if cue is None or head is None or cue.dep_ != "relcl":
        return False
    named = cue.head
    while named.dep_ in ("conj", "appos") and named.head.i != named.i:
        named = named.head  # "his rivals, Bush and Christie, who": the rivals
    agent = named.dep_ == "pobj" and named.head.dep_ == "agent"  # "supported by Ruiz, who"
    return named.dep_ not in ("nsubj", "nsubjpass") and not agent
