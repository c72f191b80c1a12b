"""Proactive messages: written to the outbox in the caller's transaction."""

from core.outbox.service import (
    Button,
    enqueue_for_chat,
    enqueue_for_member,
    label_arg,
    lines_arg,
    money_arg,
    optional_arg,
    release_awaiting,
    units_arg,
    when_arg,
    withdraw,
    withdraw_unsent,
)

__all__ = ["Button", "enqueue_for_chat", "enqueue_for_member", "label_arg", "lines_arg",
           "money_arg", "optional_arg", "release_awaiting", "units_arg", "when_arg",
           "withdraw", "withdraw_unsent"]
