"""The price table: US dollars per million tokens, for models with a known price.

Edit this table (and its date) when a provider changes its prices. A model
missing here has no money figure ("–"); the embedded model and local
servers cost nothing per token.
"""

from __future__ import annotations

PRICES_AS_OF = "2025-06"
# model string -> (input, output) USD per 1M tokens (OpenAI's list prices).
PER_MILLION: dict[str, tuple[float, float]] = {
    "openai/gpt-4o": (2.50, 10.00),
    "openai/gpt-4o-mini": (0.15, 0.60),
    "openai/gpt-4.1": (2.00, 8.00),
    "openai/gpt-4.1-mini": (0.40, 1.60),
    "openai/gpt-4.1-nano": (0.10, 0.40),
    "openai/o4-mini": (1.10, 4.40),
}
FREE_PREFIXES = ("local",)  # the embedded model: `local`, `local:PATH.gguf`


def price(model: str) -> tuple[float, float] | None:
    """(input, output) USD per 1M tokens, (0, 0) for the embedded model, else None."""
    if model.split(":", 1)[0] in FREE_PREFIXES:
        return 0.0, 0.0
    return PER_MILLION.get(model)


def usd(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """What the tokens cost on `model`, or None when its price is not known."""
    known = price(model)
    if known is None:
        return None
    return (prompt_tokens * known[0] + completion_tokens * known[1]) / 1_000_000
