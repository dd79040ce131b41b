"""The article's text and its one spaCy parse: spans, quotation marks, cue words, negation."""
