"""The one entry point: an article, parsed once, read into attribution candidates."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.cues.colon_leads import colon_leads
from briefing.attribution.cues.colon_quotes import colon_quotes
from briefing.attribution.cues.concessions import main_clause
from briefing.attribution.cues.content import content_kind, long_enough
from briefing.attribution.cues.interviews import interview_answers
from briefing.attribution.cues.keep import Decide, learned
from briefing.attribution.cues.narrated_quotes import narrated_quotes
from briefing.attribution.cues.nested import reports_a_speaker, told_of, without_duplicates
from briefing.attribution.cues.quote_heads import quote_heads
from briefing.attribution.cues.quote_speakers import quote_speakers
from briefing.attribution.cues.quotes import (
    pronoun_cues,
    quote_continuations,
    quote_runs,
    whole_quoted,
    with_co_speakers,
)
from briefing.attribution.cues.reader_orders import told_to_reader
from briefing.attribution.cues.relayed_beliefs import relayed_beliefs
from briefing.attribution.cues.relays import relays
from briefing.attribution.cues.shapes import (
    Found,
    according_to,
    adjective_cues,
    noun_cues,
    transcript_turns,
    verb_cues,
)
from briefing.attribution.cues.tagger import Tag, shipped
from briefing.attribution.cues.that_clauses import split_that_clauses
from briefing.attribution.finders.kinds import addressee, whole_kind, worded_kind
from briefing.attribution.finders.own_words import voiced
from briefing.attribution.finders.rallies import rallied
from briefing.attribution.finders.rebutted_facts import split_rebuttals
from briefing.attribution.finders.stances import FINDERS as STANCE_FINDERS
from briefing.attribution.finders.stances import (
    framed_in_quotation,
    quoted_as_is,
    superseding,
    verdict,
)
from briefing.attribution.finders.tagged import with_tagged
from briefing.attribution.names.described import Descriptions
from briefing.attribution.names.genders import genders
from briefing.attribution.names.mentions import people
from briefing.attribution.names.person_titles import titles
from briefing.attribution.speakers.group_sources import group_source, source_features
from briefing.attribution.speakers.joint_sources import joint_speakers
from briefing.attribution.speakers.named_after import named_after
from briefing.attribution.speakers.resolve import Resolver
from briefing.attribution.speakers.signers import signers
from briefing.attribution.stance.replies import answered
from briefing.attribution.stance.stance import stance_kind, warns
from briefing.attribution.text.parse import parse
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import Offsets, quoted_predicate, tokens_span, trim
from briefing.attribution.text.tails import without_dangling, without_tail

_CREDIT = re.compile(r"\|\s*[A-Z][\w .]*(?:Images|Agency|REUTERS|AP|News)\b|Getty Images")
_AD = re.compile(r"\s*related investing news", re.I)
FINDERS = (verb_cues, adjective_cues, noun_cues, according_to, *STANCE_FINDERS)


def is_furniture(text: str, start: int, end: int) -> bool:
    """Is the sentence text[start:end] page furniture: a photo credit or an ad line?"""
    return bool(_CREDIT.search(text, start, end) or _AD.match(text, start, end))


@dataclass(frozen=True)
class Reading:
    """An article's parse, its attribution candidates (reading order) and its named entities.

    `doc` is the one spaCy parse of `text`: whoever needs the parse reads it here.
    `reporters` are the claims left out for reporting another's concern or denial
    ("Ortiz said the council is concerned about C"): no item, but their speakers speak.
    `unkept` are the named sources' candidates `decide` left out: no item, no speaker."""

    text: str
    doc: Doc = field(repr=False, compare=False)
    candidates: list[Candidate]
    mentions: list[Mention]
    sentences: list[Offsets]
    headline_end: int = 0
    reporters: list[Candidate] = field(default_factory=list)
    unkept: list[Candidate] = field(default_factory=list)

    @cached_property
    def genders(self) -> dict[str, str]:
        """The article's people's genders by surname (`genders.genders`), worked out once
        for all who ask: paraphrases and addressees.
        Over PERSON mentions only: the resolver's wider `people` would shift paraphrases."""
        persons = [m for m in self.mentions if m.label == "PERSON"]
        return genders(self.doc, persons).likely

    @cached_property
    def descriptions(self) -> Descriptions:
        """Who the article's descriptions ("the candidate") stand for, worked out once."""
        return Descriptions(
            self.doc, self.mentions, people(self.mentions, self.doc), titles(self.doc)
        )

    @cached_property
    def signers(self) -> list[str]:
        """The signers of a letters or comments page (`signers.signers`), found once for
        the party list and the framing parties."""
        return signers(self.text)

    def speaking(self) -> list[Candidate]:
        """The candidates and the reporters, in reading order: whoever speaks in the article."""
        return sorted([*self.candidates, *self.reporters], key=lambda c: c.content)

    def lead(self, count: int = 2, limit: int = 700) -> str:
        """The first `count` sentences after the headline, whitespace folded (a summary)."""
        cut = self.headline_end
        body = [
            (max(start, cut), end)
            for start, end in self.sentences
            if end > cut and not _no_lead(self.text[max(start, cut) : end])
        ]
        words = ""
        for start, end in body[:count]:
            sentence = " ".join(self.text[start:end].split())
            if words and len(words) + len(sentence) + 1 > limit:
                break
            words = f"{words} {sentence}".strip()
        return words[:limit]

    def sentence_text(self, candidate: Candidate) -> str:
        start, end = candidate.sentence
        return " ".join(self.text[start:end].split())


MAX_HEADLINE = 200


def _no_lead(sentence: str) -> bool:
    """Blank, or a label of the page's sections ("ABSTRACT.", "FULL TEXT."): no sentence
    of the lead."""
    return len(sentence.split()) <= 3 and (sentence.isupper() or not sentence.strip())


def headline_end(text: str) -> int:
    """End of a headline opening the article (one short line before a blank line), else 0.
    A headline may carry its deck on a second short line after a semicolon ("Trump says
    praise helps the U.S.; \nRival holds the spotlight.")."""
    body = text.lstrip()
    first, blank, rest = body.partition("\n\n")
    lines = first.strip().split("\n")
    with_deck = len(lines) == 2 and lines[0].rstrip().endswith(";")
    short = all(len(line) <= MAX_HEADLINE for line in lines)
    if blank and rest.strip() and short and (len(lines) == 1 or with_deck):
        return len(text) - len(body) + len(first)
    return 0


_LINE_BREAK = re.compile(r"\n\s*(?![a-z])")  # not a hard wrap: the next line is no lower case


def _in_line(text: str, content: Offsets, cue: Offsets) -> Offsets:
    """Content cut to the line of its cue: an ad line or the next paragraph is never content
    (a hard-wrapped line going on in lower case is the same line)."""
    start, end = content
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    line_start = max((b + 1 for b in breaks if b < cue[0]), default=0)
    line_end = min((b for b in breaks if b >= cue[1]), default=len(text))
    if start < line_start <= end:
        start = line_start
    if start <= line_end < end:
        end = line_end
    return trim(text, start, end)


def read(text: str, decide: Decide | None = None, tag: Tag | None = None) -> Reading:
    """Parse `text` once and return who says what in it.

    The rule shapes and the tagger (`tag`, by default the shipped model) propose
    candidates. Each candidate with a named source is kept when `decide` says so (by
    default the learned model, `keep`), except a concern or denial the hand rules keep
    (`Found.rule`); a candidate without a named source is kept only by the rules."""
    decide = decide or learned
    doc = parse(text)
    headline = headline_end(text)
    found: list[Found] = []
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]

    def sentence_at(offset: int) -> Span:
        return sents[bisect_right(starts, offset) - 1]

    skipped: list[Offsets] = []
    for sentence in sents:
        if sentence.end_char <= headline or is_furniture(
            text, sentence.start_char, sentence.end_char
        ):
            skipped.append((sentence.start_char, sentence.end_char))
            continue
        for finder in FINDERS:
            found.extend(f for f in finder(sentence) if not told_to_reader(f, sentence))
    found = superseding(found, headline)
    tagged = [
        f
        for f in (tag or shipped())(doc)
        if not any(a <= f.cue[0] < b for a, b in skipped)
        and not told_to_reader(f, sentence_at(f.cue[0]))
    ]
    found = with_tagged(found, tagged)
    quoted = quotations(text)  # "He said X," she said: only hers is an attribution of the article
    found = [
        f
        for f in found
        if not any(a + 1 < f.cue[0] < b for a, b in quoted) or framed_in_quotation(f, quoted)
    ]
    found.extend(f for f in transcript_turns(doc) if f.cue[0] >= headline)  # never a headline
    found.extend(f for f in colon_quotes(doc) if f.cue[0] >= headline)
    found.extend(f for f in colon_leads(doc, found) if f.cue[0] >= headline)
    found.sort(key=lambda f: f.cue)
    resolver = Resolver(doc)
    resolved: list[tuple[Found, Mention | None]] = []
    candidates: list[Candidate] = []
    weak: set[Offsets] = set()  # cues of the candidates only `decide` kept
    unkept: list[Candidate] = []  # a named source's candidates `decide` left out
    for item in found:
        content = _in_line(text, item.content, item.cue)
        if item.shape == "verb-ccomp":
            content = without_tail(doc, text, content, item.cue, quoted)
        if not quoted_as_is(item):
            content = main_clause(doc, content, quoted)  # not a quoted "while A," before it
            content = _quoted_part(text, content, quoted, doc)
            content = whole_quoted(text, content, item.cue, quoted)
        short = not long_enough(text, content) and not verdict(item)
        if short or item.cue[0] < content[0] < content[1] < item.cue[1]:
            continue
        joint = joint_speakers(item, resolver)  # "A and B said": each of them
        referent = joint.first or group_source(item, resolver, resolved)
        referent = referent or resolver.resolve(item, resolved)
        sentence = sentence_at(item.cue[0])
        source_text = text[item.source[0] : item.source[1]] if item.source else ""
        candidate = Candidate(
            cue=item.cue,
            cue_text=text[item.cue[0] : item.cue[1]],
            source=item.source,
            source_text=source_text,
            content=content,
            kind=item.kind,
            sentence=(sentence.start_char, sentence.end_char),
            shape=item.shape,
            referent=referent,
        )
        if referent is None and not item.rule:
            continue
        # a concern or denial the hand rules find is kept: the briefing's rarer kinds, which
        # PolNeAR (scoring every kind alike) teaches the model little about
        ruled = item.rule and (item.kind != "claim" or quoted_as_is(item))
        if (
            referent is not None
            and not ruled
            and not decide(candidate, source_features(item, candidate, text, quoted))
        ):
            unkept.append(candidate)
            continue
        resolved.append((item, referent))
        if not item.rule:
            weak.add(item.cue)
        kind = worded_kind(text, candidate.content, content_kind(doc, candidate))
        candidate = replace(candidate, kind=whole_kind(item.token, kind))
        if candidate.kind == "concern" and item.token is not None:
            candidate = replace(candidate, addressee=_addressee_span(item.token))
        candidates.append(candidate)
        if referent is not None:
            candidates += [
                replace(candidate, referent=m, shape="co") for m in joint.others if m != referent
            ]
    candidates = named_after(candidates, text)
    candidates = voiced(candidates, quoted, text)
    candidates = [c for c in candidates if not reports_a_speaker(c, candidates)]
    candidates = [c for c in candidates if not relays(c, candidates, quoted)]
    candidates = [c for c in candidates if not (c.cue in weak and told_of(c, candidates, weak))]
    candidates, reporters = without_duplicates(candidates, doc)
    candidates += quote_runs(text, sents, candidates)
    candidates += quote_heads(text, sents, candidates)  # '"A, but B," X said': A
    candidates = split_that_clauses(doc, candidates)  # "said that A and that B"
    candidates, relaying = relayed_beliefs(
        doc, candidates, resolver.people, resolver.genders.likely
    )
    reporters += relaying
    candidates += quote_speakers(doc, resolver.mentions, candidates)  # '"C," X barked'
    same = pronoun_cues(found, resolver.genders.likely)  # '"B," he went on': the speaker's own cue
    continued = quote_continuations(text, sents, candidates, [f.cue for f in found], same)
    candidates += with_co_speakers(continued, candidates)
    candidates += interview_answers(text, sents, resolver.mentions, candidates)
    candidates += narrated_quotes(
        doc, resolver.mentions, resolver.quotations, candidates, [f.cue for f in found]
    )
    candidates = [replace(c, kind=stance_kind(doc, c.content, c.kind)) for c in candidates]
    candidates = split_rebuttals(doc, candidates)  # "A, but that is no sign of B"
    candidates = rallied(doc, candidates)  # "Let us X" after "calling on Y to X"
    candidates = answered(doc, candidates)  # "no plans to X" after a demand to X
    candidates = [replace(c, content=without_dangling(text, c.content)) for c in candidates]
    candidates.sort(key=lambda c: c.content)
    sentences = [(s.start_char, s.end_char) for s in sents if s.text.strip()]
    return Reading(text, doc, candidates, resolver.mentions, sentences, headline, reporters, unkept)


MIN_QUOTED_WORDS = 4


def _addressee_span(cue: Token) -> Offsets | None:
    """Where the party a demand is made to is named ("urged the governor to ...")."""
    target = addressee(cue)
    if target is None:
        return None
    return tokens_span(t for t in target.subtree if t.dep_ not in ("relcl", "acl", "punct"))


def _quoted_part(text: str, content: Offsets, quoted: Sequence[Offsets], doc: Doc) -> Offsets:
    """The one quotation of MIN_QUOTED_WORDS words or more inside a content, when there is one:
    the speaker's own words ("X's drones have made "considerable impact ...""), not the
    reporter's paraphrase around them; but not when only the paraphrase warns or demands
    ('Japan should be careful "not to interfere"': the quotation says nothing alone), nor
    when it is a predicate whose subject the paraphrase gives ('his staff "did the wrong
    thing"': the guide's Quotes rule 3 keeps the smallest clause)."""
    inside = [
        q
        for q in quoted
        if content[0] <= q[0] + 1 and q[1] - 3 <= content[1] and trim(text, *q) != content
    ]
    if len(inside) != 1 or len(text[inside[0][0] : inside[0][1]].split()) < MIN_QUOTED_WORDS:
        return content
    part = trim(text, *inside[0])
    if quoted_predicate(doc, part, content):
        return content
    return content if warns(doc, content) and not warns(doc, part) else part
