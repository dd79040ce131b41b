"""What prompt templates see of the attribution layer: `cues`, `speakers`, `names`."""

from __future__ import annotations

from briefing.attribution.reading import Reading


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
    return list(dict.fromkeys(c.referent.text for c in reading.candidates if c.referent))


def names(reading: Reading) -> list[str]:
    """Named entities in attribution sentences: hints for the parties pass."""
    sentences = {c.sentence for c in reading.candidates}
    return list(
        dict.fromkeys(
            m.text for m in reading.mentions if any(a <= m.span[0] < b for a, b in sentences)
        )
    )


def variables(reading: Reading) -> dict[str, str]:
    """`article`, `cues`, `speakers` and `names`, as the prompts use them."""
    return {
        "article": reading.text,
        "cues": render_cues(reading),
        "speakers": ", ".join(speakers(reading)),
        "names": ", ".join(names(reading)),
    }
