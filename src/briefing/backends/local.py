"""llama.cpp in process, with decoding constrained by the response JSON Schema.

llama-cpp-python silently falls back to unconstrained JSON when it cannot
turn a schema into a grammar, and ignores `response_format` of type
`json_schema`; so this backend builds the grammar itself (failing loudly)
and passes it explicitly.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletion

from briefing.backends import embedded, probe
from briefing.backends.base import Backend, response_schema
from briefing.backends.prefix_state import PrefixStates
from briefing.errors import BackendError, ModelStartError
from briefing.progress import QUIET, Reporter

DEFAULT_CONTEXT = 8192
_PASSED_THROUGH = ("max_tokens", "temperature", "top_p", "seed", "stop")


class LocalBackend(Backend):
    name = "local"

    def __init__(
        self,
        path: str | None = None,
        reporter: Reporter = QUIET,
        n_ctx: int = DEFAULT_CONTEXT,
    ) -> None:
        super().__init__(Path(path).name if path else embedded.MODEL_NAME)
        self.path = Path(path) if path else None
        self.reporter = reporter
        self.context = n_ctx
        self._llama: Any = None
        self._prefix: PrefixStates | None = None
        self._grammars: dict[str, Any] = {}

    def check_ready(self) -> None:
        if self.path is not None and not self.path.is_file():
            raise ModelStartError(f"{self.path}: no such GGUF file")
        if probe.library_file() is None:
            raise ModelStartError(
                "llama-cpp-python is not installed: pip install 'briefing[local]'"
            )

    def _model_file(self) -> Path:
        if self.path is not None:
            return self.path
        if embedded.status().assembled:
            return embedded.model_path()
        self.reporter.say("Assembling the embedded model (once) …")
        with self.reporter.transfer("assembling", embedded.MODEL_SIZE) as bar:
            return embedded.assemble(bar.update)

    @property
    def llama(self) -> Any:
        """The loaded model (loaded on first use, after the one-time crash probe)."""
        if self._llama is None:
            try:
                self._load()
            except ModelStartError:
                raise
            except BackendError as exc:  # whatever stops the load stops every article
                raise ModelStartError(str(exc)) from exc
        return self._llama

    def _load(self) -> None:
        self.check_ready()
        library = probe.library_file()
        assert library is not None  # check_ready saw it
        model_file = self._model_file()
        probe.ensure_works(model_file)
        from briefing.backends.greedy_grammar import GreedyGrammarLlama

        self.reporter.say(f"Loading {model_file.name} …")
        try:
            self._llama = GreedyGrammarLlama(
                model_path=str(model_file),
                n_ctx=self.context or DEFAULT_CONTEXT,
                n_threads=usable_cores(),
                seed=0,
                verbose=False,
            )
        except ValueError as exc:
            raise BackendError(f"{model_file}: cannot load model ({exc})") from exc
        identity = f"{probe.probe_key(library, model_file)} n_ctx={self._llama.n_ctx()}"
        self._prefix = PrefixStates(self._llama, identity)

    @property
    def prefix_states(self) -> PrefixStates | None:
        """The saved states of shared prompt prefixes (None until the model is loaded)."""
        return self._prefix

    def grammar(self, schema: dict[str, Any]) -> Any:
        """A llama.cpp grammar for `schema`; raises instead of falling back."""
        from llama_cpp.llama_grammar import LlamaGrammar

        key = json.dumps(schema)  # key order matters: the grammar keeps it
        if key not in self._grammars:
            try:
                self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)
            except Exception as exc:
                message = f"cannot turn the response schema into a grammar: {exc}"
                raise BackendError(message) from exc
        return self._grammars[key]

    def count_tokens(self, text: str) -> int:
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def complete(self, **request: Any) -> ChatCompletion:
        schema = response_schema(request.get("response_format"))
        options = {key: request[key] for key in _PASSED_THROUGH if key in request}
        if schema is not None:
            options["grammar"] = self.grammar(schema)
        llama = self.llama
        if self._prefix is not None:
            self._prefix.prepare(request["messages"])
        try:
            answer = llama.create_chat_completion(messages=request["messages"], **options)
        except (ValueError, RuntimeError) as exc:  # e.g. "Requested tokens exceed context window"
            raise BackendError(f"llama.cpp could not answer: {exc}") from exc
        return ChatCompletion.model_validate(answer)


def usable_cores() -> int:
    """The cores this process may run on (`taskset`, a cluster's CPU set), not the
    machine's: more llama.cpp threads than cores stall each other."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 2
