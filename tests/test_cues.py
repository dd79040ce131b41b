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
            "S1": {"speaker": "ana-ruiz", "kind": "claim"},
            "S2": {"speaker": "none", "kind": "concern"},
            "S3": {"speaker": "agency", "kind": "denial"},
        }
    )
    data = statements_from(decisions_of(answer), cues, TEXT, parties)
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


def test_each_sentence_gets_its_own_grammar_rule():
    """llama.cpp's converter confused a def named "S1" with a property "S10"."""
    import json

    from llama_cpp.llama_grammar import json_schema_to_gbnf

    cues = find_cues(" ".join(f"Party{n} said the plan number {n} is fine." for n in range(12)))
    options = {cue.number: ["p"] for cue in cues}
    grammar = json_schema_to_gbnf(json.dumps(decisions_model(cues, options).model_json_schema()))
    assert "S10 ::= Sentence10" in grammar.splitlines()


def test_an_overlong_quote_is_cut_at_a_word_boundary():
    from briefing.cue_pass import _bounded
    from briefing.schema import MAX_QUOTE

    article = "He said " + "word " * 100
    start, end = _bounded((8, len(article)), article)
    assert end - start <= MAX_QUOTE
    assert article[start:end].endswith("word") and article[end] == " "
