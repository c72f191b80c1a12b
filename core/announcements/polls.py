"""Quick polls on announcements ("Which Saturday suits you? 12 / 19 / 26").

An announcement becomes a poll when its author adds 2 to 6 choices at the preview; they
are typed once and the same in every language. Everything else is the announcement's:
its audience, languages, quiet hours, status, re-send and stop. Each family answers once:
a co-parent's answer replaces the other's (the latest counts, as for an event), another
choice later replaces the earlier one, and answering counts as reading it. Whom it was
not sent to cannot answer (the Read button's rule), and a stopped poll takes no answer.
The tally is counted with the delivery figures (service.figures_by_announcement), and
"not answered yet" is service.unread for a poll.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.service import counted_as, draft, went_to
from core.clock import utcnow
from core.db import insert_ignoring_conflicts
from core.errors import DomainError
from core.members.households import with_co_parents
from core.models import (
    Announcement,
    AnnouncementAnswer,
    AnnouncementRead,
    AnnouncementStatus,
    Member,
)

CHOICES_MIN = 2
CHOICES_MAX = 6
CHOICE_MAX = 24  # a WhatsApp list row's title


def clean_choices(text: str | None) -> list[str]:
    """The choices typed one per line: 2 to 6, none empty, each at most 24 characters,
    none twice; else a clear refusal that names the line at fault."""
    lines = [line.strip() for line in (text or "").strip().splitlines()]
    for number, line in enumerate(lines, start=1):
        if not line and len(lines) > 1:
            raise DomainError("announcements-poll-empty-line", line=number)
    lines = [line for line in lines if line]
    if not CHOICES_MIN <= len(lines) <= CHOICES_MAX:
        raise DomainError("announcements-poll-count", count=len(lines), min=CHOICES_MIN,
                          max=CHOICES_MAX)
    for number, line in enumerate(lines, start=1):
        if len(line) > CHOICE_MAX:
            raise DomainError("announcements-poll-too-long", line=number, length=len(line),
                              max=CHOICE_MAX)
    seen: set[str] = set()
    for line in lines:
        if line.casefold() in seen:
            raise DomainError("announcements-poll-twice", choice=line)
        seen.add(line.casefold())
    return lines


async def set_choices(session: AsyncSession, author: Member, announcement_id: int,
                      choices: list[str] | None) -> Announcement:
    """Make the author's draft a poll with these choices, or (None) a plain announcement
    again."""
    announcement = await draft(session, author, announcement_id)
    announcement.choices = choices or None
    return announcement


async def to_answer(session: AsyncSession, member: Member,
                    announcement_id: int) -> Announcement | None:
    """A poll reached through a 👍 Read button (/week's, a Sunday digest's): to show
    again with its choices, since reading it is no answer; None for an announcement that
    asks nothing (read as such). Whom it did not go to, or a stopped poll, is refused as
    an answer would be."""
    announcement = await session.get(Announcement, announcement_id)
    if announcement is None or announcement.school_id != member.school_id \
            or not announcement.choices:
        return None
    if not await went_to(session, announcement, member):
        raise DomainError("announcements-poll-not-yours")
    if announcement.status == AnnouncementStatus.CANCELLED:
        raise DomainError("announcements-poll-closed")
    return announcement


@dataclass(frozen=True)
class Answered:
    choice: str  # as its author typed it
    changed: bool  # False: the family had already given this answer


async def answer(session: AsyncSession, member: Member, announcement_id: int,
                 choice: int) -> Answered:
    """Record the member's household's answer (people, for the reps or the admins, answer
    for themselves): it replaces a co-parent's, and their own earlier one; it also
    counts as reading the announcement. Checked as the Read button is: only whom it went
    to may answer; then a stopped poll, or a choice it does not have, is refused."""
    announcement = await session.get(Announcement, announcement_id)
    if announcement is None or announcement.school_id != member.school_id \
            or not announcement.choices:
        raise DomainError("announcements-not-found")
    if not await went_to(session, announcement, member):
        raise DomainError("announcements-poll-not-yours")
    if announcement.status == AnnouncementStatus.CANCELLED:
        raise DomainError("announcements-poll-closed")
    if not 0 <= choice < len(announcement.choices):
        raise DomainError("announcements-poll-choice-gone")
    family = ({member.id} if counted_as(announcement) == "people"
              else await with_co_parents(session, [member.id]))
    given = (await session.execute(
        select(AnnouncementAnswer.choice).where(
            AnnouncementAnswer.announcement_id == announcement.id,
            AnnouncementAnswer.member_id.in_(family))
        .order_by(AnnouncementAnswer.answered_at.desc()).limit(1))).scalar_one_or_none()
    await session.execute(delete(AnnouncementAnswer).where(
        AnnouncementAnswer.announcement_id == announcement.id,
        AnnouncementAnswer.member_id.in_(family - {member.id})))
    now = utcnow()
    inserted = await session.execute(insert_ignoring_conflicts(
        session, AnnouncementAnswer, announcement_id=announcement.id, member_id=member.id,
        choice=choice, answered_at=now))
    if inserted.rowcount != 1:  # their own earlier answer: another choice replaces it
        await session.execute(update(AnnouncementAnswer).where(
            AnnouncementAnswer.announcement_id == announcement.id,
            AnnouncementAnswer.member_id == member.id, AnnouncementAnswer.choice != choice)
            .values(choice=choice, answered_at=now).execution_options(
                synchronize_session=False))
    await session.execute(insert_ignoring_conflicts(
        session, AnnouncementRead, announcement_id=announcement.id, member_id=member.id,
        created_at=now))
    return Answered(announcement.choices[choice], changed=given != choice)


async def answers_of(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    """The member's own answers to polls, for their data export."""
    rows = await session.execute(
        select(AnnouncementAnswer, Announcement.choices)
        .join(Announcement, Announcement.id == AnnouncementAnswer.announcement_id)
        .where(AnnouncementAnswer.member_id == member.id)
        .order_by(AnnouncementAnswer.answered_at))
    return [{"announcement_id": row.announcement_id,
             "choice": choices[row.choice] if choices and row.choice < len(choices) else None,
             "at": row.answered_at.isoformat()} for row, choices in rows]


async def forget_answers(session: AsyncSession, member: Member) -> None:
    """Erasure: the member's answers go (the tallies no longer count them)."""
    await session.execute(delete(AnnouncementAnswer).where(
        AnnouncementAnswer.member_id == member.id))
