"""The body of an OpenAI chat completion, for the fakes of the tests and of bench/.

Plain data, no pytest: bench/concurrency.py imports the fake server outside pytest.
"""

from __future__ import annotations

from typing import Any

from briefing.schema import PARTY_LISTS


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


_LIST_OF_KIND = {kind: field for field, kind in PARTY_LISTS.items()} | {"other": "organizations"}


def party_lists(answer: dict[str, Any]) -> dict[str, Any]:
    """A parties-pass answer in full form ({"summary", "parties": [...]}) written in the
    compact form a `parties_form: lists` prompt asks for (names listed by kind)."""
    lists: dict[str, Any] = {"summary": answer["summary"]}
    lists.update({field: [] for field in PARTY_LISTS})
    for party in answer["parties"]:
        lists[_LIST_OF_KIND[party["kind"]]].append(party["name"])
    return lists


def asks_for_party_lists(request: dict[str, Any]) -> bool:
    """Does the request's response schema ask for the compact parties form?"""
    response_format = request.get("response_format") or {}
    schema = response_format.get("json_schema", {}).get("schema") or response_format.get(
        "schema", {}
    )
    return "people" in schema.get("properties", {})


def asks_for_summary_alone(request: dict[str, Any]) -> bool:
    """Does the request's response schema ask for the summary alone (the default, v11)?"""
    response_format = request.get("response_format") or {}
    schema = response_format.get("json_schema", {}).get("schema") or response_format.get(
        "schema", {}
    )
    return set(schema.get("properties", {})) == {"summary"}
