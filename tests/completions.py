"""The body of an OpenAI chat completion, for the fakes of the tests and of bench/.

Plain data, no pytest: bench/concurrency.py imports the fake server outside pytest.
"""

from __future__ import annotations

from typing import Any


def chat_completion(
    content: str,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    finish_reason: str = "stop",
) -> dict[str, Any]:
    """A chat completion (as JSON data) whose one choice's message is `content`."""
    return {
        "id": "fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
