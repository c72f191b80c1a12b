"""Small filters on who is talking (handlers get `member` from the middleware)."""

from typing import Any

from aiogram import F

from core.models import Member, MemberStatus


def is_stranger(_event: Any, member: Member | None = None) -> bool:
    return member is None


def is_waiting(_event: Any, member: Member | None = None) -> bool:
    return member is not None and member.status == MemberStatus.PENDING


# Answers typed in a conversation step; a command typed instead goes to its own handler.
NOT_COMMAND = ~F.text.startswith("/")
