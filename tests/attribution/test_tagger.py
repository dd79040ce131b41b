"""The trained tagger: its labels read as attributions, merged beside the rule shapes."""

from briefing.attribution import read
from briefing.attribution.cues.shapes import Found
from briefing.attribution.cues.tagger import Run, attributions, doc_features, runs, shipped
from briefing.attribution.finders.tagged import with_tagged
from briefing.attribution.text.parse import parse


def test_bio_labels_make_runs_and_an_inside_after_another_role_starts_one():
    labels = ["B-S", "I-S", "O", "B-C", "I-Q", "I-Q", "B-Q", "O", "I-C"]
    assert runs(labels) == [
        Run("S", 0, 2),
        Run("C", 3, 4),
        Run("Q", 4, 6),
        Run("Q", 6, 7),
        Run("C", 8, 9),
    ]


def test_a_cue_takes_the_nearest_source_and_content_of_its_sentence():
    text = "Mayor Lena Holt said the ferry will stop in June, and Omar Vance agreed."
    sentence = next(iter(parse(text).sents))
    words = [t.text for t in sentence]
    assert words[:4] == ["Mayor", "Lena", "Holt", "said"]
    labels = ["B-S", "I-S", "I-S", "B-C"] + ["B-Q"] + ["I-Q"] * 6 + ["O"] * (len(words) - 11)
    (found,) = attributions(sentence, labels)
    assert text[found.cue[0] : found.cue[1]] == "said"
    assert found.source is not None and text[found.source[0] : found.source[1]] == "Mayor Lena Holt"
    assert text[found.content[0] : found.content[1]] == "the ferry will stop in June"
    assert found.head is not None and found.head.text == "Holt"
    assert (found.shape, found.kind, found.rule) == ("tagger", "claim", False)


def test_a_cue_without_content_in_its_sentence_is_no_attribution():
    sentence = next(iter(parse("Lena Holt said so.").sents))
    assert attributions(sentence, ["B-S", "I-S", "B-C", "O", "O"]) == []


def test_features_mark_quotations_and_the_cue_governing_a_token():
    doc = parse('Omar Vance said: "The ferry stops."')
    ((_, rows),) = doc_features(doc)
    said, ferry = rows[2], rows[5]
    assert "c=strong" in said and "gov=self" in said and "q=False" in said
    assert "q=True" in ferry and any(f.startswith("gov=") and f != "gov=none" for f in ferry)


def _found(cue: tuple[int, int], content: tuple[int, int], shape: str) -> Found:
    return Found(cue, "claim", None, None, content, shape)


def test_rule_shapes_are_marked_with_what_the_tagger_found_and_new_cues_added():
    rules = [_found((10, 14), (20, 40), "verb-ccomp"), _found((50, 55), (60, 70), "verb-dobj")]
    tagged = [
        _found((10, 14), (22, 40), "tagger"),  # same cue, overlapping content
        _found((50, 55), (80, 90), "tagger"),  # same cue, another content
        _found((100, 104), (110, 130), "tagger"),  # a cue no rule found
    ]
    merged = with_tagged(rules, tagged)
    assert [(f.shape, f.tagged) for f in merged] == [
        ("verb-ccomp", "both"),
        ("verb-dobj", "cue"),
        ("tagger", "none"),
    ]


def test_the_shipped_model_loads_once_and_tags_an_invented_report():
    assert shipped() is shipped()
    text = "Governor Ada Lind said on Tuesday that the new ferry line would open in June."
    found = shipped()(parse(text))
    assert [text[f.cue[0] : f.cue[1]] for f in found] == ["said"]
    assert "Ada Lind" in text[found[0].source[0] : found[0].source[1]]  # type: ignore[index]
    assert (
        "the new ferry line would open in June" in text[found[0].content[0] : found[0].content[1]]
    )


def test_reading_without_a_tagger_is_the_rule_shapes_alone():
    text = "Governor Ada Lind said on Tuesday that the new ferry line would open in June."
    plain = read(text, tag=lambda doc: [])
    assert [c.shape for c in plain.candidates] == ["verb-ccomp"]


def test_a_cue_without_a_source_in_its_sentence_is_no_attribution():
    sentence = next(iter(parse("Holt said the ferry stops.").sents))
    assert attributions(sentence, ["O", "B-C", "B-Q", "I-Q", "I-Q", "O"]) == []


def test_a_cue_of_two_words_is_read_by_its_head_verb():
    text = "The ferry will stop, Lena Holt was told by Omar Vance."
    sentence = next(iter(parse(text).sents))
    words = [t.text for t in sentence]
    was = words.index("was")
    labels = ["B-Q", "I-Q", "I-Q", "I-Q", "O", "B-S", "I-S", "B-C", "I-C"]
    labels += ["O"] * (len(words) - len(labels))
    assert was == 7
    (found,) = attributions(sentence, labels)
    assert found.token is not None and found.token.text == "told"


def test_an_agreeing_rule_candidate_takes_the_taggers_tighter_content():
    rules = [_found((10, 14), (20, 60), "verb-ccomp"), _found((70, 74), (80, 120), "verb-ccomp")]
    tagged = [
        _found((10, 14), (25, 50), "tagger"),  # inside the rule's content: taken
        _found((70, 74), (80, 85), "tagger"),  # inside but a fragment: not taken
    ]
    merged = with_tagged(rules, tagged)
    assert [f.content for f in merged] == [(25, 50), (80, 120)]
