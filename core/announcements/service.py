"""Announcements from class reps (their classes) and admins (any audience).

Queuing writes one outbox row per recipient in the author's transaction, each in the
recipient's language when a version exists (else the original), urgent ones first and
through quiet hours. Delivery figures are read back from those outbox rows.

A draft is its author's alone: they may preview it (who it reaches, in which language),
change it or discard it until it is sent. Once sent, its author, a class rep of every
class it went to (two reps of a class share its announcements, as its events and orders),
or an admin of its school (from the panel) may remind those who have not read it, or stop
what still waits; its author is told when someone else does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    cast,
    delete,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements import TEXT_MAX
from core.announcements.groups import in_groups, post_to_groups
from core.clock import utcnow
from core.db import insert_ignoring_conflicts
from core.errors import DomainError
from core.i18n import normalize_locale
from core.members.audience import of_classes, organiser_classes, represents_all, tell_creator
from core.members.households import household_keys, households, with_co_parents
from core.members.service import has_role
from core.models import (
    Announcement,
    AnnouncementAnswer,
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
from core.outbox import Button, enqueue_for_member, when_arg, withdraw

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
    if announcement.status == AnnouncementStatus.SCHEDULED:  # its schedule cancelled first
        raise DomainError("announcements-schedule-is-set")
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


def _followed_by(member: Member) -> tuple[ColumnElement[bool], ...]:
    """The sent announcements a member follows up in the chat: theirs, and, for a class
    rep, those another sent to classes that are all theirs (as `may_manage`). An admin
    follows the others' from the panel."""
    theirs = Announcement.author_id == member.id
    represented = organiser_classes(member)  # None: an admin
    if represented:
        in_classes = AnnouncementClass.announcement_id == Announcement.id
        theirs = theirs | ((Announcement.audience == AudienceKind.CLASSES)
                           & exists().where(in_classes)
                           & ~exists().where(in_classes,
                                             AnnouncementClass.class_id.not_in(represented)))
    return (theirs, Announcement.school_id == member.school_id,
            Announcement.status.not_in(AnnouncementStatus.UNSENT))


async def sent_by(session: AsyncSession, author: Member, page: int
                  ) -> tuple[list[Announcement], int]:
    """One page of the announcements the member sent (stopped ones too), and those of the
    other reps of their classes (`_followed_by`), newest first, and the number of pages."""
    mine = _followed_by(author)
    total = await session.scalar(select(func.count()).select_from(Announcement).where(*mine))
    pages = max(1, -(-(total or 0) // MINE_PAGE))
    page = min(max(page, 0), pages - 1)
    return list(await session.scalars(
        select(Announcement).where(*mine)
        .order_by(Announcement.queued_at.desc(), Announcement.id.desc())
        .offset(page * MINE_PAGE).limit(MINE_PAGE))), pages


async def sent_one(session: AsyncSession, author: Member, announcement_id: int) -> Announcement:
    """One of the sent announcements the member follows up (its card): theirs, or their
    classes' (`_followed_by`); a draft or another's is not found."""
    announcement = await session.scalar(select(Announcement).where(
        Announcement.id == announcement_id, *_followed_by(author)))
    if announcement is None:
        raise DomainError("announcements-not-found")
    return announcement


async def class_ids_of(session: AsyncSession, announcement: Announcement) -> list[int]:
    return list(await session.scalars(select(AnnouncementClass.class_id).where(
        AnnouncementClass.announcement_id == announcement.id)))


async def may_manage(session: AsyncSession, member: Member, announcement: Announcement) -> bool:
    """Its author; once it is sent, an admin of its school, or a rep of every class it
    went to (`as_co_rep`). A draft is its author's alone, and one to the whole school (or
    to the reps, the admins) its author's and the admins'."""
    if member.school_id != announcement.school_id:
        return False
    if member.id == announcement.author_id:
        return True
    if announcement.status in AnnouncementStatus.UNSENT:  # scheduled: not sent yet either
        return False
    return has_role(member, RoleKind.ADMIN) or await as_co_rep(session, member, announcement)


async def as_co_rep(session: AsyncSession, member: Member, announcement: Announcement) -> bool:
    """Whether the member manages it as a rep of all its classes, not as its author or an
    admin (core.members.audience.represents_all, as for events and group orders)."""
    if member.id == announcement.author_id or member.school_id != announcement.school_id \
            or announcement.audience != AudienceKind.CLASSES:
        return False
    return represents_all(member, await class_ids_of(session, announcement))


async def check_still_author(session: AsyncSession, member: Member,
                             announcement: Announcement) -> None:
    """Sending in the author's name takes the roles the author has now."""
    check_audience(member, announcement.audience, await class_ids_of(session, announcement))


async def managed(session: AsyncSession, member: Member, announcement_id: int) -> Announcement:
    """The announcement, locked and read afresh (a page may have loaded it before the
    lock), if the member may remind or stop it. Whom it was sent to is told who may (a
    forged or passed-on button); to others it is not found."""
    announcement = await session.get(Announcement, announcement_id, with_for_update=True,
                                     populate_existing=True)
    if announcement is None or announcement.school_id != member.school_id \
            or announcement.status in AnnouncementStatus.UNSENT:  # nothing sent to follow up
        raise DomainError("announcements-not-found")
    if not await may_manage(session, member, announcement):
        if announcement.status not in AnnouncementStatus.UNSENT \
                and await _is_for(session, announcement, member):
            raise DomainError("announcements-manage-refused")
        raise DomainError("announcements-not-found")
    return announcement


async def tell_author(session: AsyncSession, actor: Member, announcement: Announcement,
                      what: str, count: int) -> None:
    """A rep of its classes or an admin reminded (`what`: "reminded", `count` families
    or people) or stopped it (`count` messages held back): its author is told, in their
    language, with its date and first words (core.members.audience.tell_creator)."""
    if actor.id == announcement.author_id:  # they know (and a draft has no date)
        return
    await tell_creator(
        session, announcement.author_id, actor,
        purpose=f"announcement-told:{announcement.id}:{what}",
        # a poll's reminder reaches those who have not answered it, and stopped it takes no
        # more answers: its own words, in messages of their own (notices already queued
        # keep theirs)
        message_id=(f"announcements-poll-manager-{what}" if announcement.choices
                    else "announcements-manager-did"),
        class_ids=await class_ids_of(session, announcement), what=what, count=count,
        who=counted_as(announcement), date=when_arg(announcement.queued_at),
        words=first_words(announcement.texts[announcement.original_locale]))


FIRST_WORDS = 6


def first_words(text: str) -> str:
    """The start of an announcement, on one line: "Swimming tomorrow: bring a towel…"."""
    words = text.split()
    start = " ".join(words[:FIRST_WORDS])
    if len(start) > 40:
        start = start[:39].rstrip()
    return start + ("…" if start != " ".join(words) else "")


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
    return list(await session.scalars(_recipients(announcement).order_by(Member.id)))


async def _is_for(session: AsyncSession, announcement: Announcement, member: Member) -> bool:
    """Whether the member is among those it is for."""
    return await session.scalar(_recipients(announcement).where(
        Member.id == member.id)) is not None


def _recipients(announcement: Announcement) -> Select:
    query = select(Member).where(Member.school_id == announcement.school_id,
                                 Member.status == MemberStatus.ACTIVE,
                                 Member.id != announcement.author_id)
    if announcement.audience == AudienceKind.CLASSES:
        query = query.where(Member.id.in_(of_classes(select(AnnouncementClass.class_id).where(
            AnnouncementClass.announcement_id == announcement.id))))
    elif announcement.audience in (AudienceKind.REPS, AudienceKind.ADMINS):
        kind = RoleKind.CLASS_REP if announcement.audience == AudienceKind.REPS else RoleKind.ADMIN
        query = query.where(Member.id.in_(select(Role.member_id).where(Role.kind == kind)))
    return query


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
                      author: Member, buttons: Buttons, round_: int = 0,
                      at_once: bool = False) -> int:
    """`at_once`: through the quiet hours even if not urgent (a time its author chose,
    core/announcements/schedule.py)."""
    for member in members:
        await enqueue_for_member(
            session, member, purpose=_purpose(announcement, round_),
            message_id="announcements-message",
            args={"author": author.full_name, "text": text_for(announcement, member.locale),
                  "urgent": "yes" if announcement.urgent else "no"},
            buttons=buttons(announcement), urgent=announcement.urgent or at_once,
            priority=1 if announcement.urgent else 4, attachment_id=announcement.attachment_id)
    return len(members)


async def send(session: AsyncSession, author: Member, announcement_id: int,
               buttons: Buttons) -> int:
    """Queue the draft for its audience; returns how many will receive it."""
    return await go_out(session, await draft(session, author, announcement_id), author,
                        buttons)


async def go_out(session: AsyncSession, announcement: Announcement, author: Member,
                 buttons: Buttons, *, at_once: bool = False) -> int:
    """Queue it (a draft, or a scheduled one whose time has come) for its audience as it
    is now; returns how many will receive it. `at_once`: through the quiet hours (the
    time a scheduled one's author chose)."""
    # The author's rights as they are now: a role taken back since the draft was written
    # (a rep at the end of the year) takes the right to send it along.
    await check_still_author(session, author, announcement)
    announcement.status, announcement.queued_at = AnnouncementStatus.QUEUED, utcnow()
    await post_to_groups(session, announcement, author, at_once=at_once)
    return await _deliver_to(session, announcement, await recipients(session, announcement),
                             author, buttons, at_once=at_once)


async def cancel(session: AsyncSession, member: Member, announcement_id: int) -> int:
    """Withdraw what is not sent yet; returns how many messages were held back."""
    announcement = await managed(session, member, announcement_id)
    if announcement.status == AnnouncementStatus.CANCELLED:
        raise DomainError("announcements-already-cancelled")
    announcement.status = AnnouncementStatus.CANCELLED
    held = (await withdraw(session, in_groups(announcement))
            + await withdraw(session, _every_round(announcement)))
    await tell_author(session, member, announcement, "stopped", held)
    return held


async def waiting(session: AsyncSession, announcement: Announcement) -> int:
    """Its messages not sent yet, reminders and class group posts included: what stopping
    would hold back."""
    return await session.scalar(select(func.count()).select_from(OutboxMessage).where(
        _every_round(announcement) | in_groups(announcement),
        OutboxMessage.status == OutboxStatus.PENDING))


async def acknowledge(session: AsyncSession, member: Member, announcement_id: int) -> bool:
    """Record that the member read it; False when they had already said so. Only whom it
    was sent to may say so: a button pressed by anyone else (forged, or a message passed
    on) would make the read figures lie."""
    announcement = await session.get(Announcement, announcement_id)
    if announcement is None or announcement.school_id != member.school_id:
        raise DomainError("announcements-not-found")
    if not await went_to(session, announcement, member):
        raise DomainError("announcements-read-not-yours")
    result = await session.execute(insert_ignoring_conflicts(
        session, AnnouncementRead, announcement_id=announcement.id, member_id=member.id,
        created_at=utcnow()))
    return result.rowcount == 1


async def went_to(session: AsyncSession, announcement: Announcement, member: Member) -> bool:
    """Whether one of its messages (first round or reminder) went out to the member: also
    one whose text alone went (a WhatsApp template) and whose whole copy, with its
    buttons, is back in the queue since the member wrote again (the very message that
    typed a button's words: "Reply", "ok")."""
    return await session.scalar(select(OutboxMessage.id).where(
        _every_round(announcement), OutboxMessage.member_id == member.id, _gone_out())
        .limit(1)) is not None


def _gone_out() -> ColumnElement[bool]:
    """An outbox row that went out (see went_to), its whole copy back in the queue or not."""
    released = ((OutboxMessage.status == OutboxStatus.PENDING) & (OutboxMessage.attempts > 0)
                & OutboxMessage.last_error.is_(None))
    return OutboxMessage.status.not_in([OutboxStatus.PENDING, OutboxStatus.CANCELLED]) | released


async def unread_since(session: AsyncSession, member: Member, since: datetime,
                       family: set[int]) -> list[Announcement]:
    """The announcements sent since `since` that went out to the member (went_to) and that
    their household has not read (a poll: not answered), newest first: one parent's Read
    is the family's, except for those to the reps or the admins, each read for themselves
    (`unread`). Not a stopped one (Stop ends its reminders; erasing its author stops it
    and blanks it). Three queries at most, whatever their number. `family`: the member
    and their co-parents."""
    first = literal("announcement:") + cast(Announcement.id, String)
    reached = select(OutboxMessage.id).where(
        OutboxMessage.member_id == member.id,
        or_(OutboxMessage.purpose == first, OutboxMessage.purpose.like(first + ":resend:%")),
        _gone_out())
    found = list(await session.scalars(select(Announcement).where(
        Announcement.school_id == member.school_id,
        Announcement.status == AnnouncementStatus.QUEUED, Announcement.queued_at >= since,
        reached.exists()).order_by(Announcement.queued_at.desc(), Announcement.id.desc())))
    if not found:
        return found
    read: dict[int, set[int]] = {}
    # a poll is done once answered (core.announcements.polls): read, it still waits
    for done, ids in ((AnnouncementRead, [a.id for a in found if not a.choices]),
                      (AnnouncementAnswer, [a.id for a in found if a.choices])):
        if not ids:
            continue
        for announcement_id, reader in await session.execute(
                select(done.announcement_id, done.member_id).where(
                    done.announcement_id.in_(ids), done.member_id.in_(family))):
            read.setdefault(announcement_id, set()).add(reader)
    return [announcement for announcement in found
            if not (read.get(announcement.id, set())
                    & ({member.id} if counted_as(announcement) == "people" else family))]


async def unread(session: AsyncSession, announcement: Announcement) -> list[Member]:
    """Those it reached who have not read it (a poll: answered it, core.announcements.polls);
    once one parent of a household has, the other is not chased for it (nor listed). Reps
    and admins each read for themselves."""
    done = AnnouncementAnswer if announcement.choices else AnnouncementRead
    readers = set(await session.scalars(select(done.member_id).where(
        done.announcement_id == announcement.id)))
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
    if member.id == announcement.author_id and not has_role(member, RoleKind.ADMIN):
        await check_still_rep(session, member, announcement)
    # whose message has not gone yet (the quiet hours, a slow queue) would receive it twice
    still_waiting = await _not_gone_yet(session, announcement)
    due = [m for m in await unread(session, announcement) if m.id not in still_waiting]
    if not due and still_waiting:
        raise DomainError("announcements-still-waiting", count=len(still_waiting))
    announcement.resends += 1
    author = await session.get_one(Member, announcement.author_id)
    await _deliver_to(session, announcement, due, author, buttons, round_=announcement.resends)
    count = len(await families_of(session, announcement, due))
    if count:  # nobody reminded: the caller refuses, and nothing is done
        await tell_author(session, member, announcement, "reminded", count)
    return count


async def check_still_rep(session: AsyncSession, author: Member,
                          announcement: Announcement) -> None:
    """A reminder goes in its author's name, so it takes the roles they have now: one who
    no longer represents its classes may still stop it, not send it again."""
    try:
        await check_still_author(session, author, announcement)
    except DomainError as refused:
        raise DomainError("announcements-resend-no-longer-rep") from refused


async def _not_gone_yet(session: AsyncSession, announcement: Announcement) -> set[int]:
    return set(await session.scalars(select(OutboxMessage.member_id).where(
        _every_round(announcement),
        OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]))))


@dataclass(frozen=True)
class Figures:
    """Messages to people (`recipients` .. `blocked`), and families (co-parents are one):
    how many it was for, and how many of them read it (one parent is enough). For the
    reps or the admins (`who` is "people"), `families` and `read` count people.
    A poll's tally: `answers` per choice (`choices`, as typed), `answered` in all, counted
    as `read` is (a family's latest answer, among the `families` reached)."""

    recipients: int
    queued: int
    sent: int
    failed: int
    blocked: int
    read: int
    families: int = 0
    who: str = "families"
    choices: tuple[str, ...] = ()
    answers: tuple[int, ...] = ()

    @property
    def answered(self) -> int:
        return sum(self.answers)

    def as_dict(self) -> dict[str, Any]:
        """The figures (their counting, `who`, apart; a poll's tally as a list)."""
        figures = {name: value for name, value in asdict(self).items()
                   if name not in ("who", "choices", "answers")}
        return {**figures, "answers": list(self.answers)} if self.choices else figures

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
    answers = await _answers(session, [a for a in announcements if a.choices])
    household = await household_keys(session, set().union(
        *reached.values(), *readers.values(), *(a.keys() for a in answers.values())))
    who = {a.id: counted_as(a) for a in announcements}
    polls = {a.id: a for a in announcements if a.choices}
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
            who=who[announcement_id], **_tally(polls.get(announcement_id), answers.get(
                announcement_id, {}), household, people, families))
    return result


async def _answers(session: AsyncSession, polls: list[Announcement]
                   ) -> dict[int, dict[int, int]]:
    """Each poll's answers, member -> choice, the earliest first."""
    answers: dict[int, dict[int, int]] = {poll.id: {} for poll in polls}
    if polls:
        for announcement_id, member_id, choice in await session.execute(
                select(AnnouncementAnswer.announcement_id, AnnouncementAnswer.member_id,
                       AnnouncementAnswer.choice)
                .where(AnnouncementAnswer.announcement_id.in_(list(answers)))
                .order_by(AnnouncementAnswer.answered_at)):
            answers[announcement_id][member_id] = choice
    return answers


def _tally(poll: Announcement | None, answers: dict[int, int], household: dict[int, Any],
           people: bool, families: set[Any]) -> dict[str, Any]:
    """A poll's figures: families (people) per choice, a household's latest answer only
    (two parents who answered before sharing a child through /family count once), among
    the `families` its first round reached, as reads are: a family that joined the class
    since, reached by a reminder, may answer, but is not one of the families counted."""
    if poll is None:
        return {}
    latest = {key: choice for key, choice in (
        (member if people else household[member], choice) for member, choice in answers.items())
        if key in families}
    counts = Counter(latest.values())
    return {"choices": tuple(poll.choices or ()),
            "answers": tuple(counts[index] for index in range(len(poll.choices or ())))}


async def figures(session: AsyncSession, announcement: Announcement) -> Figures:
    return (await figures_by_announcement(session, [announcement]))[announcement.id]
