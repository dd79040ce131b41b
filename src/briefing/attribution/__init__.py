"""Who says what in an article: one parse, then attribution candidates.

`read(text)` (`reading`) is the entry point; `candidates` holds what it returns. The
subpackages, lowest first (each imports only those before it): `text` (the one spaCy
parse), `names` (who the article names), `stance` (the kind a content's words give it),
`cues` (candidates per cue shape, the keep filter, the tagger), `finders` (the hand
rules' concerns and denials), `speakers` (who a source is); then, over the `Reading`,
`parties`, `links` and `items`. The `Reading` carries the parse (`doc`): whatever needs
it later (`hints`, `roles`) reads it there, never parsing again.
"""

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.reading import Reading, read
from briefing.schema import Kind

__all__ = ["Candidate", "Kind", "Mention", "Reading", "read"]
