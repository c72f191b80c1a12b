"""Class group chats: a rep links their class's group; class announcements go there too."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements import TEXT_MAX
from core.clock import utcnow
from core.errors import DomainError
from core.i18n import LOCALES, translator
from core.models import (
    Announcement,
    AnnouncementClass,
    AudienceKind,
    ClassGroup,
    Member,
    RoleKind,
    School,
    SchoolClass,
)
from core.outbox import enqueue_for_chat, purposes_in
from core.quiet import quiet_end_after


def rep_classes(member: Member) -> list[int]:
    return sorted(r.class_id for r in member.roles
                  if r.kind == RoleKind.CLASS_REP and r.class_id)


async def link(session: AsyncSession, rep: Member, class_id: int, channel: str, chat_id: str,
               title: str) -> SchoolClass:
    """Link (or move) the class's group on this channel; only the class's rep may."""
    if class_id not in rep_classes(rep):
        raise DomainError("groups-rep-only")
    klass = await session.get_one(SchoolClass, class_id)
    taken = await session.scalar(select(ClassGroup).where(ClassGroup.channel == channel,
                                                          ClassGroup.chat_id == chat_id))
    if taken is not None and taken.class_id != class_id:
        raise DomainError("groups-already-linked")
    current = await session.scalar(select(ClassGroup).where(ClassGroup.class_id == class_id,
                                                            ClassGroup.channel == channel))
    if current is None:
        current = ClassGroup(school_id=rep.school_id, class_id=class_id, channel=channel,
                             chat_id=chat_id, linked_by=rep.id)
        session.add(current)
    current.chat_id, current.title, current.linked_by = chat_id, title[:128], rep.id
    await session.flush()
    return klass


async def moved(session: AsyncSession, channel: str, old_chat_id: str, new_chat_id: str) -> None:
    """A group became a supergroup with a new id: follow it."""
    await session.execute(update(ClassGroup).where(
        ClassGroup.channel == channel, ClassGroup.chat_id == old_chat_id)
        .values(chat_id=new_chat_id).execution_options(synchronize_session=False))


async def post_to_groups(session: AsyncSession, announcement: Announcement,
                         author: Member, *, at_once: bool = False) -> int:
    """Post a class announcement in each linked group of its classes, in every language
    it was written in: a class group mixes French- and Dutch-speaking families."""
    if announcement.audience != AudienceKind.CLASSES:
        return 0
    groups = list(await session.scalars(select(ClassGroup).where(ClassGroup.class_id.in_(
        select(AnnouncementClass.class_id).where(
            AnnouncementClass.announcement_id == announcement.id)))))
    # like the families' own copies, what is not urgent waits for the end of quiet hours
    send_at = utcnow() if announcement.urgent or at_once else quiet_end_after(
        await session.get_one(School, announcement.school_id), utcnow())
    posts = group_posts(announcement)
    for group in groups:
        for index, (suffix, text) in enumerate(posts):
            await enqueue_for_chat(
                session, school_id=announcement.school_id, channel=group.channel,
                chat_id=group.chat_id, locale=announcement.original_locale,
                purpose=group_purpose(announcement) + suffix,
                message_id="announcements-message",
                args={"author": author.full_name, "text": text,
                      "urgent": "yes" if announcement.urgent else "no"},
                priority=1 if announcement.urgent else 4,
                attachment_id=announcement.attachment_id if index == 0 else None,
                not_before=send_at)
    return len(groups)


def group_posts(announcement: Announcement) -> list[tuple[str, str]]:
    """The group's text: the original, then each version in another language under its
    name ("— Nederlands —"); one post when they fit together, else one per language
    (each within the length a single announcement may have). A poll's choices follow,
    with where to answer: the bot answers nothing in groups. Pairs of purpose suffix
    and text."""
    original = announcement.original_locale
    poll = poll_lines(announcement)
    versions = [(f":{locale}", f"— {translator().format(locale, f'language-name-{locale}')}"
                 f" —\n{announcement.texts[locale]}")
                for locale in LOCALES
                if locale != original and announcement.texts.get(locale)]
    together = "\n\n".join([announcement.texts[original], *(text for _, text in versions)])
    if len(together) + len(poll) <= TEXT_MAX:
        return [("", together + poll)]
    return [("", announcement.texts[original] + poll), *versions]


def poll_lines(announcement: Announcement) -> str:
    """A poll's choices as lines of text, then where to answer it in each language it
    was written in ("" for an announcement that asks nothing)."""
    if not announcement.choices:
        return ""
    written = [announcement.original_locale, *(
        locale for locale in LOCALES
        if locale != announcement.original_locale and announcement.texts.get(locale))]
    return "\n\n" + "\n".join([
        *(f"▫️ {choice}" for choice in announcement.choices),
        *(translator().format(locale, "announcements-poll-in-group") for locale in written)])


def group_purpose(announcement: Announcement) -> str:
    return f"announcement:{announcement.id}:group"


def in_groups(announcement: Announcement) -> ColumnElement[bool]:
    """Its posts in class groups, every language's."""
    return purposes_in([group_purpose(announcement), group_purpose(announcement) + ":"])
