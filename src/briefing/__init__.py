"""briefing: structured, grounded briefings of news articles."""

from briefing.schema import SCHEMA_VERSION, Briefing

__all__ = ["SCHEMA_VERSION", "Briefing"]
__version__ = "0.1.0"
