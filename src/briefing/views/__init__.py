"""Pages people look at: the article with its spans drawn (`spans`), a briefing's page.

The eval report draws its spans with `spans` too; nothing here imports the evals.
"""

from briefing.views.spans import FIELD_FILLS, Mark, highlight, mark_fills

__all__ = ["FIELD_FILLS", "Mark", "highlight", "mark_fills"]
