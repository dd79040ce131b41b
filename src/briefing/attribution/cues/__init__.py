"""Candidates per cue shape, read off the parse, and which of them to keep."""
