"""Domain errors carry the Fluent id of what the person sees, and its arguments."""

from typing import Any


class DomainError(Exception):
    def __init__(self, message_id: str, **args: Any) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.args_for_message = args

    def __repr__(self) -> str:
        return f"DomainError({self.message_id!r}, {self.args_for_message!r})"
