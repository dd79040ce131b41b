"""Greedy decoding under a grammar that tries the model's first choice first.

llama-cpp-python's sampler chain runs the grammar over the whole vocabulary
(152k tokens for Qwen2.5) at every step. At temperature 0 the answer is the
highest-scoring token the grammar allows, and most steps that is the model's
own first choice. So this sampler checks that one token first and runs the
grammar over the whole vocabulary only when it is refused, as llama.cpp's own
common sampler does. The token chosen is the same either way.
"""

from __future__ import annotations

import ctypes
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import Llama
from llama_cpp._internals import LlamaSampler

_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])


class GreedyGrammarSampler:
    """What `Llama.generate` needs of a sampler: `sample(ctx, idx)`, accepting the token."""

    def __init__(self, model: Any, grammar: Any, n_vocab: int) -> None:
        self._chain = LlamaSampler()  # type: ignore[no-untyped-call]
        self._chain.add_grammar(model, grammar)
        self._n_vocab = n_vocab
        self._one = (llama_cpp.llama_token_data * 1)()
        self._all = np.zeros(n_vocab, dtype=_TOKEN_DATA)
        self._all["id"] = np.arange(n_vocab, dtype=np.int32)

    def _apply(self, data: Any, size: int) -> None:
        candidates = llama_cpp.llama_token_data_array(
            data=ctypes.cast(data, llama_cpp.llama_token_data_p),
            size=size,
            selected=-1,
            sorted=False,
        )
        llama_cpp.llama_sampler_apply(self._chain.sampler, ctypes.byref(candidates))

    def _allows(self, token: int, logit: float) -> bool:
        self._one[0] = llama_cpp.llama_token_data(token, logit, 0.0)
        self._apply(self._one, 1)
        return bool(np.isfinite(self._one[0].logit))

    def _best_allowed(self, logits: np.ndarray[Any, Any]) -> int:
        self._all["logit"] = logits
        self._all["p"] = 0.0
        self._apply(self._all.ctypes.data, self._n_vocab)
        return int(np.argmax(self._all["logit"]))

    def sample(self, ctx: Any, idx: int) -> int:
        pointer = llama_cpp.llama_get_logits_ith(ctx.ctx, idx)
        logits = np.ctypeslib.as_array(pointer, shape=(self._n_vocab,))
        token = int(np.argmax(logits))
        if not self._allows(token, float(logits[token])):
            token = self._best_allowed(logits)
        llama_cpp.llama_sampler_accept(self._chain.sampler, token)
        return token


class GreedyGrammarLlama(Llama):
    """`Llama` whose greedy, grammar-constrained, unpenalized sampling takes the fast path."""

    # Llama calls it with keywords only.
    def _init_sampler(self, **options: Any) -> Any:  # type: ignore[override]
        grammar = options.get("grammar")
        plain = (
            options.get("temp") == 0.0
            and options.get("logits_processor") is None
            and options.get("mirostat_mode", 0) == 0
            and options.get("repeat_penalty", 1.0) == 1.0
            and options.get("frequency_penalty", 0.0) == 0.0
            and options.get("presence_penalty", 0.0) == 0.0
        )
        if grammar is not None and plain:
            return GreedyGrammarSampler(self._model, grammar, self.n_vocab())
        return super()._init_sampler(**options)
