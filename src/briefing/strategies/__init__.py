"""Strategies: how a prompt turns an article into a draft briefing.

One module per strategy; to add one, write a class with `name`,
`description`, `sections`, `passes` and `run(context) -> Draft`, decorate it
with `@register`, and import its module here. A prompt file names its
strategy in its front matter (`strategy: cue-rules`).
"""

from briefing.strategies import (
    cue_rules,
    guided,
    kind_check,
    multi_pass,
    one_pass,
    restate,
    rules,
    summary_rules,
)
from briefing.strategies.base import (
    STRATEGIES,
    Context,
    Draft,
    Extract,
    Strategy,
    get,
    messages,
    register,
)

__all__ = [
    "STRATEGIES",
    "Context",
    "Draft",
    "Extract",
    "Strategy",
    "cue_rules",
    "get",
    "guided",
    "kind_check",
    "messages",
    "multi_pass",
    "one_pass",
    "register",
    "restate",
    "rules",
    "summary_rules",
]
