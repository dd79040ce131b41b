"""`briefing label`: a local page to correct a draft briefing into gold.

`drafts` turns a briefing into gold JSON (the draft the labeller starts from);
`session` holds one article's labelling: where the gold and its autosave go,
what the page starts from, saving through the gold loader's checks; `server`
serves the page (`page/`, plain HTML and JS) and its JSON API on loopback.
"""

from briefing.labelling.drafts import gold_draft
from briefing.labelling.session import LabelSession, SaveResult

__all__ = ["LabelSession", "SaveResult", "gold_draft"]
