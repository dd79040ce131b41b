"""Candidates with a party become the briefing's items, each standing alone."""
