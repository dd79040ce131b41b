"""The KV state of a request's shared prefix, kept on disk across processes.

Every request of a prompt starts with the same system message and example turn
(several hundred tokens). Within one process llama-cpp-python reuses the longest
prefix it shares with the previous request by itself; a fresh process, as in
`briefing run`, would evaluate it again. So the first evaluation of a prefix
saves its state under `BRIEFING_HOME/prefix/`, keyed by the llama.cpp library,
the model file, the context size and the tokens, and later processes load it
instead of evaluating it.

The prefix is always evaluated on its own, hit or miss, so an answer does not
depend on whether the state came from disk.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.paths import home

MIN_PREFIX_TOKENS = 64  # shorter prefixes are cheaper to evaluate than to load


def folder() -> Path:
    return home() / "prefix"


class PrefixStates:
    """Puts the KV state of all but a request's last message in place before it runs."""

    def __init__(self, llama: Any, identity: str) -> None:
        from llama_cpp import llama_chat_format

        self.llama = llama
        self.identity = identity  # the library, the model file, the context size
        self.loaded = self.saved = 0  # prefix states read from and written to disk
        template = llama.metadata.get("tokenizer.chat_template")
        self._formatter = None
        if template:
            eos, bos = llama.token_eos(), llama.token_bos()
            self._formatter = llama_chat_format.Jinja2ChatFormatter(
                template=template,
                eos_token=llama._model.token_get_text(eos) if eos != -1 else "",
                bos_token=llama._model.token_get_text(bos) if bos != -1 else "",
                stop_token_ids=[eos],
            )

    def tokens(self, messages: Sequence[Any]) -> list[int]:
        """The prompt tokens llama-cpp-python's chat handler makes of `messages`."""
        assert self._formatter is not None
        result = self._formatter(messages=list(messages))
        encoded = result.prompt.encode("utf-8")
        tokens: list[int] = self.llama.tokenize(
            encoded, add_bos=not result.added_special, special=True
        )
        return tokens

    def shared_prefix(self, messages: Sequence[Any]) -> list[int]:
        """The tokens the whole request shares with its messages but the last."""
        if self._formatter is None or len(messages) < 2:
            return []
        whole, head = self.tokens(messages), self.tokens(messages[:-1])
        length = 0
        for a, b in zip(whole[:-1], head, strict=False):
            if a != b:
                break
            length += 1
        return whole[:length]

    def prepare(self, messages: Sequence[Any]) -> None:
        prefix = self.shared_prefix(messages)
        if len(prefix) < MIN_PREFIX_TOKENS or self._in_memory(prefix):
            return
        path = folder() / f"{self._key(prefix)}.bin"
        if not self._load(path, prefix):
            self.llama.reset()
            self.llama.eval(prefix)
            # A state that cannot be written only costs the next process time.
            with contextlib.suppress(OSError):
                self._save(path, prefix)

    def _in_memory(self, prefix: list[int]) -> bool:
        llama = self.llama
        return bool(
            llama.n_tokens >= len(prefix) and llama.input_ids[: len(prefix)].tolist() == prefix
        )

    def _key(self, prefix: list[int]) -> str:
        digest = hashlib.sha256(self.identity.encode())
        digest.update(ctypes.string_at((ctypes.c_int32 * len(prefix))(*prefix), 4 * len(prefix)))
        return digest.hexdigest()[:32]

    def _load(self, path: Path, prefix: list[int]) -> bool:
        import llama_cpp

        if not path.is_file():
            return False
        llama = self.llama
        llama.reset()
        llama._ctx.kv_cache_seq_rm(-1, 0, -1)
        stored = (llama_cpp.llama_token * len(prefix))()
        count = ctypes.c_size_t(0)
        loaded = llama_cpp.llama_state_seq_load_file(
            llama.ctx, str(path).encode(), 0, stored, len(prefix), ctypes.byref(count)
        )
        if loaded == 0 or list(stored[: count.value]) != prefix:
            llama._ctx.kv_cache_seq_rm(-1, 0, -1)
            return False
        llama.input_ids[: len(prefix)] = prefix
        llama.n_tokens = len(prefix)
        self.loaded += 1
        return True

    def _save(self, path: Path, prefix: list[int]) -> None:
        import llama_cpp

        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        os.close(handle)
        tokens = (llama_cpp.llama_token * len(prefix))(*prefix)
        saved = llama_cpp.llama_state_seq_save_file(
            self.llama.ctx, temporary.encode(), 0, tokens, len(prefix)
        )
        if saved:
            os.replace(temporary, path)
            self.saved += 1
        else:
            Path(temporary).unlink(missing_ok=True)
