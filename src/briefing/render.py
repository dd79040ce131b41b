"""Briefings as text people read: markdown."""

from __future__ import annotations

from briefing.schema import Briefing, Claim, Concern, Denial


def _party_names(briefing: Briefing) -> dict[str, str]:
    return {party.id: party.name for party in briefing.parties}


def to_markdown(briefing: Briefing) -> str:
    """A readable briefing: summary, parties, then each item with its quote and offsets."""
    names = _party_names(briefing)
    title = briefing.article.title or briefing.article.id
    lines = [f"# Briefing: {title}", ""]
    if briefing.article.extracted_from:
        where = f" of {briefing.article.url}" if briefing.article.url else ""
        lines += [
            f"_Text extracted from the {briefing.article.extracted_from} page{where}; "
            "offsets count in the extracted text (`article.text` in the JSON)._",
            "",
        ]
    lines += [briefing.summary, "", "## Parties", ""]
    for party in briefing.parties:
        role = f" — {party.role}" if party.role else ""
        aka = f" (also: {', '.join(party.aliases)})" if party.aliases else ""
        lines.append(f"- **{party.name}** [{party.kind}]{role}{aka}")
    sections: list[tuple[str, list[Claim | Denial | Concern]]] = [
        ("Claims", [*briefing.claims]),
        ("Denials", [*briefing.denials]),
        ("Concerns", [*briefing.concerns]),
    ]
    for heading, items in sections:
        lines += ["", f"## {heading}", ""]
        if not items:
            lines.append("_none found_")
        for item in items:
            start, end = item.span
            lines.append(
                f"- **{names[item.actor]}**: {item.text}  \n"
                f"  > “{item.quote}” (chars {start}–{end})"
            )
    p = briefing.provenance
    used = f"{p.backend}:{p.model}" if p.model is not None else "no model"
    lines += [
        "",
        "---",
        f"_{used}, prompt {p.prompt} v{p.prompt_version}, "
        f"{p.latency_s:.1f} s, {p.attempts} attempt(s), "
        f"{p.usage.prompt_tokens}+{p.usage.completion_tokens} tokens, "
        f"{len(p.dropped)} item(s) dropped as ungrounded_",
    ]
    return "\n".join(lines) + "\n"
