"""What a cue attributes: a verb's clause or the words after its colon, an adjective's phrase."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.attribution import read
from briefing.attribution.cues.content import adjective_content, verb_content
from briefing.attribution.text.parse import parse

TEXT = (
    "Ana Ruiz said the bridge is safe. Tom Berg was worried about the cables. "
    "Lena Ortiz told reporters: the plan will fail."
)


def test_a_verbs_clause_and_an_adjectives_about_phrase_are_their_content():
    doc = parse(TEXT)
    found = []
    for sentence in doc.sents:
        for token in sentence:
            if token.lemma_ in ("say", "tell") and (verb := verb_content(token, sentence)):
                found.append((TEXT[verb[0][0] : verb[0][1]], verb[1]))
            if token.lower_ == "worried" and (adjective := adjective_content(token)):
                found.append((TEXT[adjective[0] : adjective[1]], "adjective"))
    assert found == [
        ("the bridge is safe", "ccomp"),
        ("the cables", "adjective"),
        ("the plan will fail", "ccomp"),
    ]


def test_of_two_clause_complements_the_one_after_the_verb_is_the_content():
    text = "It was no idle worry: soon Senator Tom Berg had declared that he would close the port."
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "declared")
    found = verb_content(verb, next(doc.sents))
    assert found is not None
    assert text[found[0][0] : found[0][1]] == "he would close the port"


def test_a_cue_in_a_relative_clause_on_nothing_has_no_content_of_its_own():
    text = 'Nothing the governor said "will ease the farmers\' fears," the Ohio senator said.'
    doc = parse(text)
    said = [t for t in doc if t.lower_ == "said"]
    assert said[0].dep_ == "relcl"  # the parse the rule is for
    assert verb_content(said[0], next(doc.sents)) is None


def test_an_infinitive_whose_clause_starts_before_the_cue_is_no_content():
    text = "The court issued a ruling, which Beijing has vowed to ignore."
    doc = parse(text)
    vowed = next(t for t in doc if t.lower_ == "vowed")
    found = verb_content(vowed, next(doc.sents))
    assert found is None or not found[0][0] < vowed.idx


def test_a_clause_the_parser_split_into_two_complements_is_one_content():
    text = "On Friday, Senator Tom Berg speculated that the boats seized could be part of the ring."
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "speculated")
    assert len([c for c in verb.children if c.dep_ == "ccomp"]) == 2  # the parse it is for
    found = verb_content(verb, next(doc.sents))
    assert found is not None
    assert text[found[0][0] : found[0][1]] == "the boats seized could be part of the ring"


def test_a_second_complement_after_a_dash_is_an_aside_not_the_same_clause():
    words = ["Berg", "said", "he", "wants", "it", "—", "a", "plan", "he", "raised", "."]
    heads = [1, 1, 3, 1, 3, 1, 7, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct", "det", "dobj", "nsubj"]
    deps += ["ccomp", "punct"]
    doc = Doc(parse("x").vocab, words=words, heads=heads, deps=deps)
    found = verb_content(doc[1], doc[:])
    assert found is not None
    assert doc.text[found[0][0] : found[0][1]] == "he wants it"


def test_a_quote_the_parser_split_at_a_comma_before_the_cue_is_one_content():
    text = (
        "Sen. Ana Ruiz spoke on Monday.\n\n"
        "\"Don't worry, I'm not leaving the stage no matter what you ask me,\" Ruiz said."
    )
    candidates = read(text).candidates
    assert [text[c.content[0] : c.content[1]] for c in candidates] == [
        "Don't worry, I'm not leaving the stage no matter what you ask me"
    ]


def test_a_cue_verb_the_parser_joined_to_the_clause_before_reports_that_clause():
    text = (
        "Despite the defeats, Senator Tom Berg remains committed to seeing the race through "
        "to the convention, his top aide, Ana Ruiz, told the Harbor Times."
    )
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "told")
    found = verb_content(verb, next(doc.sents))
    assert found is not None
    assert text[found[0][0] : found[0][1]] == (
        "Despite the defeats, Senator Tom Berg remains committed to seeing the race through "
        "to the convention"
    )


def test_a_second_act_of_the_same_speaker_does_not_report_the_first():
    text = "Senator Tom Berg slammed the mayor on Monday, called him a liar and a fraud."
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "called")
    found = verb_content(verb, next(doc.sents))
    assert found is None or "slammed" not in text[found[0][0] : found[0][1]]


def test_a_too_short_phrase_gives_way_to_the_quotation_the_parser_hung_elsewhere():
    text = (
        "“Sanders prioritized gun makers over the parents of the students,” Ana Ruiz "
        "tweeted on Wednesday, linking to a video."
    )
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "tweeted")
    found = verb_content(verb, next(doc.sents))
    assert found is not None
    assert text[found[0][0] : found[0][1]] == (
        "Sanders prioritized gun makers over the parents of the students"
    )


def test_a_statement_a_verb_issues_is_no_content_its_quotation_is():
    text = (
        "After the storm, Senator Tom Berg issued a statement, “Last night, our harbor was "
        "struck by the worst flood in a century.”"
    )
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "issued")
    found = verb_content(verb, next(doc.sents))
    assert found is not None
    assert text[found[0][0] : found[0][1]] == (
        "Last night, our harbor was struck by the worst flood in a century"
    )


def test_an_object_cast_as_something_is_content_with_its_as_phrase():
    text = (
        "Senator Ana Ruiz described the harbor plan as a costly mistake. "
        "Tom Berg pointed to the new bridge as a model for the whole region."
    )
    doc = parse(text)
    found = []
    for sentence in doc.sents:
        verb = next(t for t in sentence if t.lower_ in ("described", "pointed"))
        content = verb_content(verb, sentence)
        assert content is not None
        found.append((text[content[0][0] : content[0][1]], content[1]))
    assert found == [
        ("the harbor plan as a costly mistake", "dobj"),
        ("the new bridge as a model for the whole region", "pobj"),
    ]
