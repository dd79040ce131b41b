"""Who says what in an article: one parse, then attribution candidates.

`read(text)` is the entry point. Data flows one way: the article is parsed
once with spaCy (`parse`), the shapes are read off the parse (`shapes`,
`quotes`), each source is resolved to a named mention (`resolve`), then
matched to the briefing's parties (`parties`, `statements`).
"""

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.lexicon import Kind
from briefing.attribution.reading import Reading, read

__all__ = ["Candidate", "Kind", "Mention", "Reading", "read"]
