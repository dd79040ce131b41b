"""The auxiliaries hung on a verb (`text.auxiliaries`), as the stance readers ask for
them. Invented sentences only."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux, passive_voice, to_infinitive
from briefing.attribution.text.parse import parse


def _verb(text: str, word: str) -> Token:
    return next(t for t in parse(text) if t.lower_ == word)


def test_a_modal_counts_by_its_surface_form_or_by_its_lemma() -> None:
    verb = _verb("They'll close the bridge.", "close")
    assert has_aux(verb) and has_aux(verb, ("'ll",)) and not has_aux(verb, ("will",))
    assert has_aux(verb, ("will",), lemma=True)


def test_the_passive_auxiliary_counts_only_when_asked() -> None:
    verb = _verb("The bridge was closed by the council.", "closed")
    assert passive_voice(verb) and not has_aux(verb) and not has_aux(verb, ("was",))
    assert has_aux(verb, passive=True) and has_aux(verb, ("was",), passive=True)


def test_the_infinitive_to_is_an_auxiliary_too() -> None:
    verb = _verb("Mara Voss tried to close the bridge.", "close")
    assert to_infinitive(verb) and not passive_voice(verb)
    assert not to_infinitive(_verb("Mara Voss closed the bridge.", "closed"))
