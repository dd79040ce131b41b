import json

from llama_cpp.llama_grammar import json_schema_to_gbnf

from briefing.cue_pass import _bounded, kinds_model
from briefing.cues import find_cues
from briefing.schema import MAX_QUOTE


def test_each_sentence_gets_its_own_grammar_rule():
    """llama.cpp's converter once confused a def named "S1" with a property "S10"."""
    text = " ".join(
        f"Party{n} said and {'warned' if n % 2 else 'denied'} plan {n} is fine."
        for n in range(1, 13)
    )
    cues = find_cues(text)
    options = {cue.number: [f"p{cue.number}"] for cue in cues}
    grammar = json_schema_to_gbnf(json.dumps(kinds_model(cues, options).model_json_schema()))
    rules = dict(line.split(" ::= ", 1) for line in grammar.splitlines())
    assert "concern" in rules["S1"] and "denial" not in rules["S1"]
    assert "denial" in rules["S10"] and "concern" not in rules["S10"]


def test_an_overlong_quote_is_cut_at_a_word_boundary():
    article = "He said " + "word " * 100
    start, end = _bounded((8, len(article)), article)
    assert end - start <= MAX_QUOTE
    assert article[start:end].endswith("word") and article[end] == " "
