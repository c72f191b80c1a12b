"""Proactive messages: written to the outbox in the caller's transaction."""

from core.outbox.service import (
    Button,
    drop_superseded,
    enqueue_for_chat,
    enqueue_for_member,
    event_arg,
    label_arg,
    labels_arg,
    lines_arg,
    money_arg,
    not_yet_sent,
    optional_arg,
    purposes_in,
    release_awaiting,
    rewrite_unsent,
    units_arg,
    when_arg,
    withdraw,
    withdraw_unsent,
)

__all__ = ["Button", "drop_superseded", "enqueue_for_chat", "enqueue_for_member", "event_arg",
           "label_arg", "labels_arg", "lines_arg", "money_arg", "not_yet_sent", "optional_arg",
           "purposes_in", "release_awaiting", "rewrite_unsent", "units_arg", "when_arg",
           "withdraw", "withdraw_unsent"]
