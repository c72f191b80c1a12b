"""Announcements from class reps (their classes) and admins (any audience).

Queuing writes one outbox row per recipient in the author's transaction, each in the
recipient's language when a version exists (else the original), urgent ones first and
through quiet hours. Delivery figures are read back from those outbox rows.

A draft is its author's alone: they may preview it (who it reaches, in which language),
change it or discard it until it is sent. Once sent, its author (from the chat) or an
admin of its school (from the panel) may remind those who have not read it, or stop what
still waits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.groups import group_purpose, post_to_groups
from core.clock import utcnow
from core.db import insert_ignoring_conflicts
from core.errors import DomainError
from core.i18n import normalize_locale
from core.members.audience import of_classes
from core.members.households import household_keys, households, with_co_parents
from core.members.service import has_role
from core.models import (
    Announcement,
    AnnouncementClass,
    AnnouncementRead,
    AnnouncementStatus,
    AudienceKind,
    Member,
    MemberStatus,
    OutboxMessage,
    OutboxStatus,
    Role,
    RoleKind,
)
from core.outbox import Button, enqueue_for_member, withdraw

TEXT_MAX = 3500  # leaves room, under Telegram's 4096, for the header and the author's name
Buttons = Callable[[Announcement], list[list[Button]]]


def check_audience(author: Member, audience: str, class_ids: list[int]) -> None:
    if has_role(author, RoleKind.ADMIN):
        if audience == AudienceKind.CLASSES and not class_ids:
            raise DomainError("announcements-pick-classes")
        return
    own = {r.class_id for r in author.roles if r.kind == RoleKind.CLASS_REP}
    if not own:
        raise DomainError("announcements-authors-only")
    if audience == AudienceKind.CLASSES and not class_ids:
        raise DomainError("announcements-pick-classes")
    if audience != AudienceKind.CLASSES or not set(class_ids) <= own:
        raise DomainError("announcements-rep-own-classes")


def clean_text(text: str | None) -> str:
    value = (text or "").strip()
    if not value or len(value) > TEXT_MAX or value.startswith("/"):
        raise DomainError("announcements-text-invalid", max=TEXT_MAX)
    return value


async def create(session: AsyncSession, author: Member, *, audience: str, class_ids: list[int],
                 text: str, urgent: bool = False,
                 attachment_id: int | None = None) -> Announcement:
    check_audience(author, audience, class_ids)
    announcement = Announcement(school_id=author.school_id, author_id=author.id,
                                audience=audience, original_locale=author.locale,
                                texts={author.locale: clean_text(text)}, urgent=urgent,
                                attachment_id=attachment_id)
    session.add(announcement)
    await session.flush()
    await _set_classes(session, announcement, class_ids)
    return announcement


async def _set_classes(session: AsyncSession, announcement: Announcement,
                       class_ids: list[int]) -> None:
    await session.execute(delete(AnnouncementClass).where(
        AnnouncementClass.announcement_id == announcement.id))
    session.add_all(AnnouncementClass(announcement_id=announcement.id, class_id=c)
                    for c in sorted(set(class_ids)))
    await session.flush()


async def own_draft(session: AsyncSession, author: Member, announcement_id: int) -> Announcement:
    announcement = await session.get(Announcement, announcement_id, with_for_update=True)
    if announcement is None or announcement.author_id != author.id:
        raise DomainError("announcements-not-found")
    return announcement


async def draft(session: AsyncSession, author: Member, announcement_id: int) -> Announcement:
    """The author's draft, locked, to preview, change, send or discard; one sent since
    (a stale page, a second click) is refused as such."""
    announcement = await own_draft(session, author, announcement_id)
    if announcement.status != AnnouncementStatus.DRAFT:
        raise DomainError("announcements-already-sent")
    return announcement


async def drafts_of(session: AsyncSession, author: Member) -> list[Announcement]:
    """The author's drafts not sent yet (also those left half-way in the chat), latest
    first."""
    return list(await session.scalars(select(Announcement).where(
        Announcement.author_id == author.id, Announcement.status == AnnouncementStatus.DRAFT)
        .order_by(Announcement.id.desc())))


async def revise(session: AsyncSession, author: Member, announcement_id: int, *,
                 audience: str, class_ids: list[int], text: str, versions: dict[str, str],
                 urgent: bool, attachment_id: int | None) -> Announcement:
    """Write the draft anew (the panel's "Edit"), with the checks of `create`; a version
    left out is dropped."""
    announcement = await draft(session, author, announcement_id)
    check_audience(author, audience, class_ids)
    texts = {author.locale: clean_text(text)}
    texts.update(_version(locale, version) for locale, version in versions.items())
    announcement.audience, announcement.original_locale = audience, author.locale
    announcement.texts, announcement.urgent = texts, urgent
    announcement.attachment_id = attachment_id
    await _set_classes(session, announcement, class_ids)
    return announcement


async def discard(session: AsyncSession, author: Member, announcement_id: int) -> None:
    """Drop a draft that will not be sent."""
    announcement = await draft(session, author, announcement_id)
    await _set_classes(session, announcement, [])
    await session.delete(announcement)
    await session.flush()


MINE_PAGE = 10


async def sent_by(session: AsyncSession, author: Member, page: int
                  ) -> tuple[list[Announcement], int]:
    """One page of the announcements the member sent (stopped ones too), newest first, and
    the number of pages."""
    mine = (Announcement.author_id == author.id, Announcement.school_id == author.school_id,
            Announcement.status != AnnouncementStatus.DRAFT)
    total = await session.scalar(select(func.count()).select_from(Announcement).where(*mine))
    pages = max(1, -(-(total or 0) // MINE_PAGE))
    page = min(max(page, 0), pages - 1)
    return list(await session.scalars(
        select(Announcement).where(*mine)
        .order_by(Announcement.queued_at.desc(), Announcement.id.desc())
        .offset(page * MINE_PAGE).limit(MINE_PAGE))), pages


async def sent_one(session: AsyncSession, author: Member, announcement_id: int) -> Announcement:
    """One of the member's own sent announcements (its card); a draft or another's is not
    found."""
    announcement = await session.get(Announcement, announcement_id)
    if announcement is None or announcement.author_id != author.id \
            or announcement.status == AnnouncementStatus.DRAFT:
        raise DomainError("announcements-not-found")
    return announcement


def may_manage(member: Member, announcement: Announcement) -> bool:
    """Its author; or, once it is sent, an admin of its school. A class rep manages only
    their own announcements."""
    if member.school_id != announcement.school_id:
        return False
    return member.id == announcement.author_id or (
        has_role(member, RoleKind.ADMIN) and announcement.status != AnnouncementStatus.DRAFT)


async def check_still_author(session: AsyncSession, member: Member,
                             announcement: Announcement) -> None:
    """Sending in the author's name takes the roles the author has now."""
    check_audience(member, announcement.audience, list(await session.scalars(
        select(AnnouncementClass.class_id).where(
            AnnouncementClass.announcement_id == announcement.id))))


async def managed(session: AsyncSession, member: Member, announcement_id: int) -> Announcement:
    """The announcement, locked and read afresh (a page may have loaded it before the
    lock), if the member may remind or stop it; else not found."""
    announcement = await session.get(Announcement, announcement_id, with_for_update=True,
                                     populate_existing=True)
    if announcement is None or not may_manage(member, announcement):
        raise DomainError("announcements-not-found")
    return announcement


async def add_version(session: AsyncSession, author: Member, announcement_id: int,
                      locale: str, text: str) -> Announcement:
    announcement = await own_draft(session, author, announcement_id)
    if announcement.status != AnnouncementStatus.DRAFT:
        raise DomainError("button-stale")
    code, version = _version(locale, text)
    announcement.texts = {**announcement.texts, code: version}
    await session.flush()
    return announcement


def _version(locale: str, text: str) -> tuple[str, str]:
    code = normalize_locale(locale)
    if code is None:  # a forged button or field
        raise DomainError("button-stale")
    return code, clean_text(text)


def text_for(announcement: Announcement, locale: str) -> str:
    return announcement.texts.get(locale) or announcement.texts[announcement.original_locale]


async def recipients(session: AsyncSession, announcement: Announcement) -> list[Member]:
    """Each member once, the author excepted."""
    query = select(Member).where(Member.school_id == announcement.school_id,
                                 Member.status == MemberStatus.ACTIVE,
                                 Member.id != announcement.author_id)
    if announcement.audience == AudienceKind.CLASSES:
        query = query.where(Member.id.in_(of_classes(select(AnnouncementClass.class_id).where(
            AnnouncementClass.announcement_id == announcement.id))))
    elif announcement.audience in (AudienceKind.REPS, AudienceKind.ADMINS):
        kind = RoleKind.CLASS_REP if announcement.audience == AudienceKind.REPS else RoleKind.ADMIN
        query = query.where(Member.id.in_(select(Role.member_id).where(Role.kind == kind)))
    return list(await session.scalars(query.order_by(Member.id)))


def counted_as(announcement: Announcement) -> str:
    """"families" (co-parents are one, and one parent's Read is the household's), or
    "people" for the class reps or the administrators: each is written to as themselves."""
    return ("people" if announcement.audience in (AudienceKind.REPS, AudienceKind.ADMINS)
            else "families")


async def families_of(session: AsyncSession, announcement: Announcement,
                      members: list[Member]) -> list[list[Member]]:
    """The members as the announcement counts them: by household, or one by one."""
    if counted_as(announcement) == "people":
        return [[member] for member in members]
    return await households(session, members)


@dataclass(frozen=True)
class Reach:
    """Who a draft would reach: how many families (co-parents are one; people, for reps
    or admins: `who`), how many people read each language, and how many of them would
    receive it in another language than theirs (no version in their language)."""

    by_locale: dict[str, int]
    untranslated: int
    families: int
    who: str = "families"

    @property
    def total(self) -> int:
        return sum(self.by_locale.values())


async def reach(session: AsyncSession, announcement: Announcement) -> Reach:
    members = await recipients(session, announcement)
    counts = Counter(member.locale for member in members)
    return Reach(dict(sorted(counts.items())),
                 sum(count for code, count in counts.items() if code not in announcement.texts),
                 len(await families_of(session, announcement, members)),
                 counted_as(announcement))


def _purpose(announcement: Announcement, round_: int = 0) -> str:
    return f"announcement:{announcement.id}" + (f":resend:{round_}" if round_ else "")


def _every_round(announcement: Announcement) -> ColumnElement[bool]:
    """Its messages to members, first round and reminders; not another announcement's
    ("announcement:1%" would also take announcement 12's)."""
    first = _purpose(announcement)
    return (or_(OutboxMessage.purpose == first, OutboxMessage.purpose.like(f"{first}:resend:%"))
            & OutboxMessage.member_id.is_not(None))


async def _deliver_to(session: AsyncSession, announcement: Announcement, members: list[Member],
                      author: Member, buttons: Buttons, round_: int = 0) -> int:
    for member in members:
        await enqueue_for_member(
            session, member, purpose=_purpose(announcement, round_),
            message_id="announcements-message",
            args={"author": author.full_name, "text": text_for(announcement, member.locale),
                  "urgent": "yes" if announcement.urgent else "no"},
            buttons=buttons(announcement), urgent=announcement.urgent,
            priority=1 if announcement.urgent else 4, attachment_id=announcement.attachment_id)
    return len(members)


async def send(session: AsyncSession, author: Member, announcement_id: int,
               buttons: Buttons) -> int:
    """Queue the draft for its audience; returns how many will receive it."""
    announcement = await draft(session, author, announcement_id)
    # The author's rights as they are now: a role taken back since the draft was written
    # (a rep at the end of the year) takes the right to send it along.
    await check_still_author(session, author, announcement)
    announcement.status, announcement.queued_at = AnnouncementStatus.QUEUED, utcnow()
    await post_to_groups(session, announcement, author,
                         announcement.texts[announcement.original_locale])
    return await _deliver_to(session, announcement, await recipients(session, announcement),
                             author, buttons)


async def cancel(session: AsyncSession, member: Member, announcement_id: int) -> int:
    """Withdraw what is not sent yet; returns how many messages were held back."""
    announcement = await managed(session, member, announcement_id)
    if announcement.status == AnnouncementStatus.CANCELLED:
        raise DomainError("announcements-already-cancelled")
    announcement.status = AnnouncementStatus.CANCELLED
    in_groups = await withdraw(session, OutboxMessage.purpose == group_purpose(announcement))
    return in_groups + await withdraw(session, _every_round(announcement))


async def waiting(session: AsyncSession, announcement: Announcement) -> int:
    """Its messages not sent yet, reminders included: what stopping would hold back."""
    return await session.scalar(select(func.count()).select_from(OutboxMessage).where(
        _every_round(announcement), OutboxMessage.status == OutboxStatus.PENDING))


async def acknowledge(session: AsyncSession, member: Member, announcement_id: int) -> bool:
    """Record that the member read it; False when they had already said so. Only whom it
    was sent to may say so: a button pressed by anyone else (forged, or a message passed
    on) would make the read figures lie."""
    announcement = await session.get(Announcement, announcement_id)
    if announcement is None or announcement.school_id != member.school_id:
        raise DomainError("announcements-not-found")
    if not await _went_to(session, announcement, member):
        raise DomainError("announcements-read-not-yours")
    result = await session.execute(insert_ignoring_conflicts(
        session, AnnouncementRead, announcement_id=announcement.id, member_id=member.id,
        created_at=utcnow()))
    return result.rowcount == 1


async def _went_to(session: AsyncSession, announcement: Announcement, member: Member) -> bool:
    """Whether one of its messages (first round or reminder) went out to the member."""
    return await session.scalar(select(OutboxMessage.id).where(
        _every_round(announcement), OutboxMessage.member_id == member.id,
        OutboxMessage.status.not_in([OutboxStatus.PENDING, OutboxStatus.CANCELLED])).limit(1)
    ) is not None


async def unread(session: AsyncSession, announcement: Announcement) -> list[Member]:
    """Those it reached who have not read it; once one parent of a household has, the
    other is not chased for it (nor listed). Reps and admins each read for themselves."""
    readers = set(await session.scalars(select(AnnouncementRead.member_id).where(
        AnnouncementRead.announcement_id == announcement.id)))
    read = (readers if counted_as(announcement) == "people"
            else await with_co_parents(session, readers))
    return [m for m in await recipients(session, announcement) if m.id not in read]


async def resend_to_unread(session: AsyncSession, member: Member, announcement_id: int,
                           buttons: Buttons, *, seen_rounds: int | None = None) -> int:
    """Send it again, from its author, to those who have not read it; returns to how many
    families (people, for reps or admins: `counted_as`).
    `seen_rounds`: the reminders already sent when the sender decided (a form's), so that
    a double submit does not remind twice."""
    announcement = await managed(session, member, announcement_id)
    if announcement.status == AnnouncementStatus.CANCELLED:
        raise DomainError("announcements-already-cancelled")
    if announcement.status != AnnouncementStatus.QUEUED:
        raise DomainError("announcements-not-found")
    if seen_rounds is not None and seen_rounds != announcement.resends:
        raise DomainError("announcements-already-resent")
    if not has_role(member, RoleKind.ADMIN):  # its author, who must still be a rep for it
        await check_still_author(session, member, announcement)
    # whose message has not gone yet (the quiet hours, a slow queue) would receive it twice
    still_waiting = await _not_gone_yet(session, announcement)
    due = [m for m in await unread(session, announcement) if m.id not in still_waiting]
    if not due and still_waiting:
        raise DomainError("announcements-still-waiting", count=len(still_waiting))
    announcement.resends += 1
    author = await session.get_one(Member, announcement.author_id)
    await _deliver_to(session, announcement, due, author, buttons, round_=announcement.resends)
    return len(await families_of(session, announcement, due))


async def _not_gone_yet(session: AsyncSession, announcement: Announcement) -> set[int]:
    return set(await session.scalars(select(OutboxMessage.member_id).where(
        _every_round(announcement),
        OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]))))


@dataclass(frozen=True)
class Figures:
    """Messages to people (`recipients` .. `blocked`), and families (co-parents are one):
    how many it was for, and how many of them read it (one parent is enough). For the
    reps or the admins (`who` is "people"), `families` and `read` count people."""

    recipients: int
    queued: int
    sent: int
    failed: int
    blocked: int
    read: int
    families: int = 0
    who: str = "families"

    def as_dict(self) -> dict[str, int]:
        """The figures (their counting, `who`, apart)."""
        return {name: value for name, value in asdict(self).items() if name != "who"}

    @property
    def percent_done(self) -> int:
        """How much of the delivery is over: sent, or given up on, or withdrawn."""
        if not self.recipients:
            return 100
        return 100 * (self.recipients - self.queued) // self.recipients


async def figures_by_announcement(session: AsyncSession, announcements: list[Announcement]
                                  ) -> dict[int, Figures]:
    """Delivery as it stands, from the first round's outbox rows and the reads; several
    announcements in three queries (a list page). Reads count families: once one parent
    read it, their household has."""
    by_purpose = {_purpose(a): a.id for a in announcements}
    statuses: dict[int, Counter[str]] = {a.id: Counter() for a in announcements}
    reached: dict[int, set[int]] = {a.id: set() for a in announcements}
    for purpose, status, member_id in await session.execute(
            select(OutboxMessage.purpose, OutboxMessage.status, OutboxMessage.member_id)
            .where(OutboxMessage.purpose.in_(list(by_purpose)),
                   OutboxMessage.member_id.is_not(None))):
        statuses[by_purpose[purpose]][status] += 1
        reached[by_purpose[purpose]].add(member_id)
    readers: dict[int, set[int]] = {a.id: set() for a in announcements}
    for announcement_id, member_id in await session.execute(
            select(AnnouncementRead.announcement_id, AnnouncementRead.member_id)
            .where(AnnouncementRead.announcement_id.in_(list(statuses)))):
        readers[announcement_id].add(member_id)
    household = await household_keys(session, set().union(*reached.values(),
                                                          *readers.values()))
    who = {a.id: counted_as(a) for a in announcements}
    result = {}
    for announcement_id, rows in statuses.items():
        people = who[announcement_id] == "people"
        key = {m: m if people else household[m]  # for reps or admins, each one apart
               for m in reached[announcement_id] | readers[announcement_id]}
        families = {key[m] for m in reached[announcement_id]}
        result[announcement_id] = Figures(
            recipients=sum(rows.values()),
            queued=rows[OutboxStatus.PENDING] + rows[OutboxStatus.SENDING],
            sent=sum(rows[status] for status in OutboxStatus.DELIVERED),
            failed=rows[OutboxStatus.FAILED] + rows[OutboxStatus.EXPIRED],
            blocked=rows[OutboxStatus.BLOCKED], families=len(families),
            read=len(families & {key[m] for m in readers[announcement_id]}),
            who=who[announcement_id])
    return result


async def figures(session: AsyncSession, announcement: Announcement) -> Figures:
    return (await figures_by_announcement(session, [announcement]))[announcement.id]
