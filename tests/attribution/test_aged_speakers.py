"""'"C," Ortiz, 58, told AFP': an age after the name (attribution/cues/quote_speakers.py)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.quote_speakers import quote_speakers


def _parsed() -> Doc:
    """The parse the tagger gives such a sentence: the name hangs off the quotation's
    verb, the age is its appositive, the saying verb is left with no subject."""
    words = ["\u201c", "We", "were", "badly", "wrong", ",", "\u201d", "Ortiz", ",", "58", ","]
    words += ["told", "AFP", "."]
    spaces = [False, True, True, True, False, False, True, False, True, False, True]
    spaces += [True, False, False]
    pos = ["PUNCT", "PRON", "AUX", "ADV", "ADJ", "PUNCT", "PUNCT", "PROPN", "PUNCT", "NUM"]
    pos += ["PUNCT", "VERB", "PROPN", "PUNCT"]
    heads = [2, 2, 2, 4, 2, 2, 7, 2, 7, 7, 7, 2, 11, 2]
    deps = ["punct", "nsubj", "ROOT", "advmod", "acomp", "punct", "punct", "npadvmod"]
    deps += ["punct", "appos", "punct", "conj", "dobj", "punct"]
    return Doc(Vocab(), words=words, spaces=spaces, pos=pos, heads=heads, deps=deps)


def test_a_name_with_an_age_after_a_quotation_is_its_speaker():
    doc = _parsed()
    assert doc.text == "\u201cWe were badly wrong,\u201d Ortiz, 58, told AFP."
    start = doc.text.index("Ortiz")
    ortiz = Mention("Ortiz", "PERSON", (start, start + 5))
    found = quote_speakers(doc, [ortiz], [])
    assert [(c.referent, doc.text[c.content[0] : c.content[1]]) for c in found] == [
        (ortiz, "We were badly wrong")
    ]
