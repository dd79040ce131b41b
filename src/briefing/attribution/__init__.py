"""Who says what in an article: one parse, then attribution candidates.

`read(text)` is the entry point. Data flows one way: the article is parsed
once with spaCy (`parse`), the shapes are read off the parse (`shapes`, their
contents by `content`, `quotes`), each source is resolved to a named mention
(`mentions`, `person_titles`, `resolve`), then matched to the briefing's parties
(`parties`, `roles`, `statements`). The `Reading` carries the parse (`doc`):
whatever needs it later (`hints`, `roles`) reads it there, never parsing again.
"""

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.reading import Reading, read
from briefing.schema import Kind

__all__ = ["Candidate", "Kind", "Mention", "Reading", "read"]
