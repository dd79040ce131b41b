"""Evaluating briefings against gold annotations."""
