import pytest

from briefing.cue_pass import decisions_model, decisions_of, speaker_options, statements_from
from briefing.cues import candidate_names, content_span, find_cues, likely_speakers, sentences
from briefing.postprocess import add_speaker_parties, mentioned_parties
from briefing.schema import Party

TEXT = (
    "Harbor City's mayor, Ana Ruiz, said on Monday that the new bridge \"is safe and will open "
    'in May." Many residents have raised concerns about its cost, according to the Daily Post. '
    "The U.S. Transport Agency denied that the vote on the bridge was rushed. Traffic is heavy.\n\n"
    "Bridge photo. Jo Lee | Getty Images"
)


def party(pid, name, kind="person", aliases=()):
    return Party(id=pid, name=name, kind=kind, role=None, affiliation=None, aliases=list(aliases))


def test_sentences_do_not_end_at_abbreviations():
    texts = [TEXT[a:b] for a, b in sentences(TEXT)]
    assert texts[2] == "The U.S. Transport Agency denied that the vote on the bridge was rushed."


def test_cue_sentences_with_kinds_skip_plain_text_and_credits():
    cues = find_cues(TEXT)
    assert [c.kind for c in cues] == ["claim", "concern", "denial"]
    assert cues[1].kinds == ("claim", "concern")
    assert all(TEXT[c.start : c.end] == c.text for c in cues)
    assert not any("Getty" in c.text for c in cues)


def test_content_is_the_attributed_words():
    cues = find_cues(TEXT)
    quoted, trailing, that_clause = (TEXT[slice(*content_span(c))] for c in cues)
    assert quoted == "is safe and will open in May"
    assert trailing == "Many residents have raised concerns about its cost"
    assert that_clause == "the vote on the bridge was rushed"


def test_names_and_likely_speakers():
    cues = find_cues(TEXT)
    assert "Daily Post" in candidate_names(cues, TEXT)
    assert likely_speakers(cues, TEXT) == ["Ana Ruiz", "Daily Post", "U.S. Transport Agency"]


def test_invented_parties_are_dropped_and_missing_speakers_added():
    parties = [
        party("ana-ruiz", "Ana Ruiz", aliases=["Ruiz"]),
        party("brazil", "Brazil", "country"),
    ]
    kept = mentioned_parties(parties, TEXT)
    assert [p.id for p in kept] == ["ana-ruiz"]
    added = add_speaker_parties(kept, likely_speakers(find_cues(TEXT), TEXT))
    assert [(p.id, p.kind) for p in added[1:]] == [
        ("daily-post", "organization"),
        ("u-s-transport-agency", "organization"),
    ]


def test_speaker_choices_are_limited_and_ranked_by_distance_to_the_cue():
    cues = find_cues(TEXT)
    parties = [
        party("ana-ruiz", "Ana Ruiz"),
        party("agency", "U.S. Transport Agency", "government"),
    ]
    options = speaker_options(cues, parties, TEXT)
    assert options[1] == ["ana-ruiz"]
    assert options[3][0] == "agency"
    model = decisions_model(cues, options)
    schema = model.model_json_schema()
    assert schema["required"] == ["S1", "S2", "S3"]
    answer = model.model_validate(
        {
            "S1": {"speaker": "ana-ruiz"},  # one kind of cue word: no kind asked
            "S2": {"speaker": "none", "kind": "concern"},
            "S3": {"speaker": "agency"},
        }
    )
    assert schema["$defs"]["Sentence1"]["properties"]["speaker"]["enum"] == ["ana-ruiz", "none"]
    data = statements_from(decisions_of(answer, cues), cues, TEXT, parties)
    assert data["claims"] == [
        {
            "id": "c1",
            "claimant": "ana-ruiz",
            "statement": TEXT[: TEXT.index("May.") + 5],
            "quote": "is safe and will open in May",
        }
    ]
    assert data["concerns"] == []
    assert data["denials"][0]["quote"] == "the vote on the bridge was rushed"


def test_a_concern_inside_another_attribution_gets_its_own_cue():
    text = (
        "The bridge is safe, the mayor said on Monday, a day after the council expressed "
        "concern about its cost."
    )
    cues = find_cues(text)
    assert [c.kinds for c in cues] == [("claim",), ("concern",)]
    assert text[slice(*content_span(cues[1]))] == "expressed concern about its cost"
    assert cues[1].text.endswith("expressed concern about its cost")


@pytest.mark.parametrize(
    ("verb", "rule"),
    [("said", "S10 ::= Sentence10"), ("said and warned", "S10 ::= Sentence10")],
)
def test_each_sentence_gets_its_own_grammar_rule(verb: str, rule: str) -> None:
    """llama.cpp's converter confused a def named "S1" with a property "S10"."""
    import json

    from llama_cpp.llama_grammar import json_schema_to_gbnf

    text = " ".join(f"Party{n} {verb} the plan number {n} is fine." for n in range(1, 13))
    cues = find_cues(text)
    options = {cue.number: [f"p{cue.number}"] for cue in cues}
    grammar = json_schema_to_gbnf(json.dumps(decisions_model(cues, options).model_json_schema()))
    assert rule in grammar.splitlines()


def test_an_overlong_quote_is_cut_at_a_word_boundary():
    from briefing.cue_pass import _bounded
    from briefing.schema import MAX_QUOTE

    article = "He said " + "word " * 100
    start, end = _bounded((8, len(article)), article)
    assert end - start <= MAX_QUOTE
    assert article[start:end].endswith("word") and article[end] == " "


def test_a_headline_is_not_an_attribution():
    text = "Trump Says He Will Win.\n\nThe senator said the plan is dead on arrival, sources say."
    cues = find_cues(text)
    assert [c.text for c in cues] == [text.split("\n\n")[1]]


def test_a_short_opening_quote_with_a_trailing_speaker_is_the_content():
    text = "“This just isn’t right,” Warren said."
    (cue,) = find_cues(text)
    assert text[slice(*content_span(cue))] == "This just isn’t right"


def test_the_subject_before_an_appositive_is_the_likely_speaker():
    text = (
        '"Iran is trying to increase its foothold in this region," Annika Ganzeveld, an analyst '
        "at the American Enterprise Institute, was cited by the Associated Press as saying."
    )
    assert likely_speakers(find_cues(text), text) == ["Annika Ganzeveld"]


def test_he_said_points_at_the_person_named_before():
    text = (
        "Senator Jo Park met the Harbor Council on Monday. "
        "“The bridge will be finished in time for the summer,” he said."
    )
    parties = [party("jo-park", "Jo Park"), party("council", "Harbor Council", "government")]
    cues = find_cues(text)
    assert speaker_options(cues, parties, text)[cues[-1].number][0] == "jo-park"


def test_an_unnamed_speaker_leaves_no_candidate():
    text = "Iran's drones are cheap and effective, analysts say."
    cues = find_cues(text)
    assert speaker_options(cues, [party("iran", "Iran", "country")], text) == {1: []}


def test_speakers_joined_by_and_both_speak_but_not_names_in_the_quote():
    from briefing.cue_pass import co_speakers

    text = "State outlets IRNA and Fars reported that Bolivia and Iran signed a memorandum."
    (cue,) = find_cues(text)
    parties = [party(p, p.upper(), "media") for p in ("irna", "fars")]
    parties += [party(p, p.title(), "country") for p in ("bolivia", "iran")]
    assert co_speakers(cue, "fars", parties) == ["irna"]
    assert co_speakers(cue, "bolivia", parties) == []


def test_a_concern_held_inside_a_that_clause_belongs_to_its_holder():
    text = (
        "John Kirby said in an interview that the Biden administration is concerned about "
        "any export of Iranian technology."
    )
    (cue,) = find_cues(text)
    assert cue.kinds == ("concern",)
    assert text[slice(*content_span(cue))].startswith("is concerned about any export")
    parties = [party("kirby", "John Kirby"), party("biden", "Biden administration", "government")]
    assert speaker_options([cue], parties, text)[1][0] == "biden"


def test_capitalized_common_words_are_not_names():
    text = (
        "Health worries have dogged the campaign. But the health of the senator is fine, he said."
    )
    assert "Health" not in candidate_names(find_cues(text), text)


def test_a_person_named_only_through_an_institution_becomes_it():
    from briefing.postprocess import as_named

    text = "Kirby said the Biden administration is worried."
    named = as_named(party("biden", "Joe Biden"), text)
    assert (named.id, named.name, named.kind) == (
        "biden-administration",
        "Biden administration",
        "government",
    )
    assert as_named(party("kirby", "John Kirby"), text).name == "John Kirby"


def test_parties_named_once_that_never_speak_are_dropped():
    from briefing.postprocess import drop_minor_parties

    text = "Iran sells drones to Serbia. Iran said sales grew."
    parties = [party("iran", "Iran", "country"), party("serbia", "Serbia", "country")]
    assert [p.id for p in drop_minor_parties(parties, set(), text)] == ["iran"]
    assert len(drop_minor_parties(parties, {"serbia"}, text)) == 2
