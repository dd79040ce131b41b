import json

import pytest
from llama_cpp.llama_grammar import json_schema_to_gbnf

from briefing.cue_pass import _bounded, decisions_model
from briefing.cues import find_cues
from briefing.schema import MAX_QUOTE


@pytest.mark.parametrize(
    ("verb", "rule"),
    [("said", "S10 ::= Sentence10"), ("said and warned", "S10 ::= Sentence10")],
)
def test_each_sentence_gets_its_own_grammar_rule(verb: str, rule: str) -> None:
    """llama.cpp's converter confused a def named "S1" with a property "S10"."""
    text = " ".join(f"Party{n} {verb} the plan number {n} is fine." for n in range(1, 13))
    cues = find_cues(text)
    options = {cue.number: [f"p{cue.number}"] for cue in cues}
    grammar = json_schema_to_gbnf(json.dumps(decisions_model(cues, options).model_json_schema()))
    assert rule in grammar.splitlines()


def test_an_overlong_quote_is_cut_at_a_word_boundary():
    article = "He said " + "word " * 100
    start, end = _bounded((8, len(article)), article)
    assert end - start <= MAX_QUOTE
    assert article[start:end].endswith("word") and article[end] == " "
