"""What prompt templates see of the attribution layer: `body`, `cues`, `speakers`,
`names`, `principals`."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.attribution.reading import Reading, is_furniture

MIN_REPEATED = 40  # characters: a shorter sentence ("He declined.") may well recur
PRINCIPAL_MENTIONS = 3  # named this often in the body, an actor the story is about
_ACTOR_LABELS = ("PERSON", "ORG", "GPE")


def render_cues(reading: Reading) -> str:
    """Numbered attribution sentences: `S1 [claim: said] The mayor said ...`."""
    lines: list[str] = []
    seen: set[tuple[int, int]] = set()
    for candidate in sorted(reading.candidates, key=lambda c: c.sentence):
        if candidate.sentence in seen:
            continue
        seen.add(candidate.sentence)
        sentence = reading.sentence_text(candidate)
        lines.append(f"S{len(lines) + 1} [{candidate.kind}: {candidate.cue_text}] {sentence}")
    return "\n".join(lines)


def speakers(reading: Reading) -> list[str]:
    """The names the sources resolve to, in reading order, each once."""
    return list(dict.fromkeys(c.referent.text for c in reading.speaking() if c.referent))


def body(reading: Reading) -> str:
    """The article as a model reads it for its parties and summary: without photo
    credits and ad lines, and without a sentence an earlier one holds word for word (a
    caption shown twice). Fewer prompt tokens; quotes are never taken from it."""
    text = reading.text
    cuts: list[tuple[int, int]] = []
    seen: list[str] = []
    for start, end in reading.sentences:
        words = " ".join(text[start:end].split())
        repeated = len(words) >= MIN_REPEATED and any(words in earlier for earlier in seen)
        if repeated or is_furniture(text, start, end):
            cuts.append((start, start + len(text[start:end].rstrip())))
        seen.append(words)
    kept, position = [], 0
    for start, end in cuts:
        kept.append(text[position:start])
        position = max(position, end)
    kept.append(text[position:])
    return re.sub(r"\n[ \t]*\n\s*\n", "\n\n", "".join(kept)).strip()


def names(reading: Reading) -> list[str]:
    """Named entities in attribution sentences: hints for the parties pass. A name that
    only modifies a noun is left out: an adjective ("Iranian drones", "the Andean
    country") or a word of a person's title ("Defense" in "Defense Minister Ana Ruiz")."""
    sentences = {c.sentence for c in reading.candidates}
    return list(
        dict.fromkeys(
            m.text
            for m in reading.mentions
            if any(a <= m.span[0] < b for a, b in sentences) and not _modifier(reading.doc, m)
        )
    )


def _modifier(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(*mention.span, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "amod" and (root.pos_ == "ADJ" or mention.label == "NORP"):
        return True
    title = root.head
    return (
        len(span) == 1
        and root.dep_ == "compound"
        and title.dep_ == "compound"
        and title.head.ent_type_ == "PERSON"
    )


def principals(reading: Reading) -> list[str]:
    """People, organizations and places the body names most often (at least 3 times),
    most named first: the actors a story is about even when they never speak."""
    counts = Counter(
        m.text
        for m in reading.mentions
        if m.label in _ACTOR_LABELS and m.span[0] >= reading.headline_end
    )
    return [name for name, count in counts.most_common() if count >= PRINCIPAL_MENTIONS]


def variables(reading: Reading) -> dict[str, str]:
    """`article`, `body`, `cues`, `speakers`, `names` and `principals`, as the prompts use
    them."""
    return {
        "article": reading.text,
        "body": body(reading),
        "cues": render_cues(reading),
        "speakers": ", ".join(speakers(reading)),
        "names": ", ".join(names(reading)),
        "principals": ", ".join(principals(reading)),
    }
