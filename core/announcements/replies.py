"""Private replies to an announcement: a family answers its author, and the author answers
back, each message relayed through the outbox (quiet hours apply) in the reader's language.

Whom a family writes to: the announcement's author, or, once the author is gone (erased,
deactivated) or when the author is the asker's own family, those who manage it now: a rep
of every one of its classes (as `service.may_manage` and
`core.members.audience.represents_all`), else the school's admins (for one to the whole
school, to the reps, to the admins, or to classes no rep answers for); never the asker
nor their co-parent. Whoever received a message about it may answer its writer, and only
them: a relayed message's purpose names its writer and the announcement
("announcement-reply:<writer>:<announcement>:<tap>"), which is what an answer button is
checked against (as a contact about an SEL post is).
The texts are personal data: exported with their writer's data, erased with it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from core.announcements.service import (
    acknowledge,
    class_ids_of,
    first_words,
    text_for,
    went_to,
)
from core.errors import DomainError
from core.members.audience import class_labels, represents_all
from core.members.households import with_co_parents
from core.members.service import admins_of
from core.models import (
    Announcement,
    AnnouncementClass,
    AnnouncementStatus,
    AudienceKind,
    Child,
    Member,
    MemberChild,
    MemberStatus,
    OutboxMessage,
    Role,
    RoleKind,
)
from core.outbox import Button, enqueue_for_member, labels_arg, when_arg
from core.outbox.service import names_arg, queued_for

MESSAGE_MAX = 1000
PURPOSE = "announcement-reply"
TO_ITS_AUTHOR = 0  # a reply button's `member_id`: whoever answers for the announcement
Buttons = Callable[[Announcement, Member], list[list[Button]]]


def by_writer(writer_id: int) -> str:
    """The start of the purposes of every message the member wrote about announcements."""
    return f"{PURPOSE}:{writer_id}:"


def purpose_prefix(writer_id: int, announcement_id: int) -> str:
    return f"{by_writer(writer_id)}{announcement_id}:"


def about(announcement_id: int) -> ColumnElement[bool]:
    """The messages anyone wrote about the announcement (each quotes its first words)."""
    return OutboxMessage.purpose.like(f"{PURPOSE}:%:{announcement_id}:%")


# What a typed text may be refused for; any other refusal means nobody is left to write to.
TEXT_REFUSALS = ("announcements-reply-text-only", "announcements-reply-invalid")


def clean_message(text: str | None) -> str:
    """One typed text of 1 to 1,000 characters; a photo or a voice note has none."""
    if text is None:
        raise DomainError("announcements-reply-text-only")
    value = text.strip()
    if not value or len(value) > MESSAGE_MAX:
        raise DomainError("announcements-reply-invalid", max=MESSAGE_MAX)
    return value


async def addressees(session: AsyncSession, member: Member, announcement_id: int,
                     to_id: int) -> tuple[Announcement, list[Member]]:
    """The announcement and who would receive what the member writes about it: with
    `to_id` TO_ITS_AUTHOR (a family's 💬 Reply), its author or who answers for it now;
    else that person, if they wrote to the member about it (an ↩️ Answer). A stopped
    announcement may still be asked about. A button from another's chat, forged or
    stale, is refused."""
    announcement = await session.get(Announcement, announcement_id)
    if announcement is None or announcement.school_id != member.school_id \
            or announcement.status in AnnouncementStatus.UNSENT:
        raise DomainError("announcements-not-found")
    if to_id == TO_ITS_AUTHOR:
        if not await went_to(session, announcement, member):
            raise DomainError("announcements-reply-not-yours")
        return announcement, await _who_answers(session, announcement, member)
    if not await queued_for(session, member.id, purpose_prefix(to_id, announcement.id)):
        raise DomainError("announcements-reply-not-yours")
    writer = await session.get(Member, to_id)
    if writer is None or writer.status != MemberStatus.ACTIVE:
        raise DomainError("announcements-reply-gone")
    return announcement, [writer]


async def _who_answers(session: AsyncSession, announcement: Announcement,
                       member: Member) -> list[Member]:
    """Its author; if they are gone, or are the one asking or their co-parent (who would
    ask at home), the reps of all its classes for one to classes, else the school's
    admins (for one to the whole school, to the reps, to the admins, or to classes with
    no rep left); never the one asking nor their co-parent."""
    asking = await with_co_parents(session, [member.id])
    author = await session.get(Member, announcement.author_id)
    at_home = author is not None and author.status == MemberStatus.ACTIVE
    if at_home and author.id not in asking:
        return [author]
    found: list[Member] = []
    if announcement.audience == AudienceKind.CLASSES:
        class_ids = await class_ids_of(session, announcement)
        reps = await session.scalars(
            select(Member).where(
                Member.school_id == announcement.school_id,
                Member.status == MemberStatus.ACTIVE, Member.id.not_in(asking),
                Member.id.in_(select(Role.member_id).where(
                    Role.kind == RoleKind.CLASS_REP, Role.class_id.in_(class_ids))))
            .options(selectinload(Member.roles)).order_by(Member.id))
        found = [rep for rep in reps if represents_all(rep, class_ids)]
    if not found:
        found = sorted((admin for admin in await admins_of(session, announcement.school_id)
                        if admin.id not in asking), key=lambda admin: admin.id)
    if not found:
        raise DomainError("announcements-reply-family-only" if at_home
                          else "announcements-reply-nobody")
    return found


async def relay(session: AsyncSession, writer: Member, announcement_id: int, to_id: int,
                text: str | None, tap: str, answer_buttons: Buttons) -> list[Member]:
    """Queue the writer's message for whom it is for (`addressees`), each with a button
    to answer; returns them. `tap`: the id of the tap that opened the question, so that
    the same question is relayed once. A family's reply also says it read the
    announcement."""
    announcement, recipients = await addressees(session, writer, announcement_id, to_id)
    message = clean_message(text)
    if to_id == TO_ITS_AUTHOR:
        await acknowledge(session, writer, announcement.id)
    children, classes = await _children_of(session, writer, announcement)
    for recipient in recipients:
        await enqueue_for_member(
            session, recipient, purpose=purpose_prefix(writer.id, announcement.id) + tap,
            message_id="announcements-reply-message",
            args={"name": writer.full_name, "children": names_arg(children),
                  "classes": labels_arg(classes), "has_children": "yes" if children else "no",
                  "date": when_arg(announcement.queued_at),
                  "words": first_words(text_for(announcement, recipient.locale)),
                  "text": message},
            buttons=answer_buttons(announcement, writer))
    return recipients


async def _children_of(session: AsyncSession, member: Member, announcement: Announcement
                       ) -> tuple[list[str], list[str]]:
    """The member's children the announcement was for (their first names), and their
    classes (Fluent ids): all of them for the whole school, none for reps or admins."""
    if announcement.audience not in (AudienceKind.CLASSES, AudienceKind.SCHOOL):
        return [], []
    query = (select(Child.first_name, Child.class_id)
             .join(MemberChild, MemberChild.child_id == Child.id)
             .where(MemberChild.member_id == member.id).order_by(Child.first_name, Child.id))
    if announcement.audience == AudienceKind.CLASSES:
        query = query.where(Child.class_id.in_(select(AnnouncementClass.class_id).where(
            AnnouncementClass.announcement_id == announcement.id)))
    rows = (await session.execute(query)).all()
    return ([name for name, _ in rows],
            await class_labels(session, list({class_id for _, class_id in rows})))


async def written_by(session: AsyncSession, member: Member) -> list[dict[str, object]]:
    """What the member wrote about announcements (for their data export): once each,
    though it may have gone to several reps."""
    rows = await session.scalars(select(OutboxMessage).where(
        OutboxMessage.school_id == member.school_id,
        OutboxMessage.purpose.startswith(by_writer(member.id), autoescape=True))
        .order_by(OutboxMessage.id))
    seen: dict[str, dict[str, object]] = {}
    for row in rows:
        seen.setdefault(row.purpose, {
            "announcement_id": int(row.purpose.split(":")[2]),
            "at": row.created_at.isoformat() if row.created_at else None,
            "text": row.message_args.get("text")})
    return list(seen.values())
