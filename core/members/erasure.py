"""Erasing a member (RGPD's right to be forgotten) while the school's books stay right.

What identifies the person goes: names become a pseudonym, contact details, identities
(so they are a stranger to the bot again), roles, panel login, link codes, the calendar
feed's address, conversation state, children no other parent shares, and every free text
they wrote. What the school must keep stays, pseudonymised: the SEL account and its
transfers (balances and sums do not move), order lines and payments of orders already
closed (amounts, for accounting), answers to past events. Upcoming seats and open orders
are given back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Text, cast, delete, exists, func, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from core.admin import audit
from core.announcements import replies as announcement_replies
from core.announcements.polls import forget_answers
from core.announcements.service import first_words
from core.clock import utcnow
from core.errors import DomainError
from core.events.service import promote
from core.members.households import with_co_parents
from core.members.roles import lock_admins
from core.models import (
    AdminLoginLink,
    AdminSession,
    AdminUser,
    Announcement,
    AnnouncementStatus,
    Attachment,
    AuditEntry,
    CalendarFeed,
    Child,
    Event,
    EventSlot,
    EventStatus,
    FsmRecord,
    GroupOrder,
    Identity,
    LinkCode,
    LoginFailure,
    Member,
    MemberChild,
    MemberStatus,
    OrderItem,
    OrderLine,
    OrderPayment,
    OrderStatus,
    OutboxMessage,
    OutboxStatus,
    PaymentStatus,
    PostStatus,
    RequestStatus,
    Role,
    RoleKind,
    Rsvp,
    SelAccount,
    SelFollow,
    SelPost,
    SelPostReport,
    SelRequest,
    SelTransfer,
    SlotSignup,
)
from core.orders import quantities
from core.outbox import labels_arg, optional_arg, purposes_in, withdraw
from core.outbox.service import LATE_PREFIX, names_arg
from core.sel.follows import notice_purposes
from core.sel.posts import report_purpose
from core.week import DIGEST_PURPOSE

# Stands for an erased text wherever others may still see where it was.
ERASED_TEXT = "—"

# Every table that points at a member or a child, and what erasure does with its rows
# (checked against the schema's foreign keys by a test).
ERASED_TABLES = {
    "members": "names pseudonymised, contact details, consent and the week on Sundays "
               "cleared, status erased",
    "children": "deleted unless another parent is linked to the child",
    "member_children": "deleted",
    "identities": "deleted: the person is a stranger to the bot again; what the runtime "
                  "keeps outside the database under their chats is forgotten (Erasure.chats)",
    "inbound_events": "their stored calls not processed yet deleted by the runtime (Erasure.chats)",
    "roles": "deleted",
    "link_codes": "deleted",
    "calendar_feeds": "deleted: the feed's address finds nothing any more",
    "admin_users": "deleted, with their panel sessions and failed logins",
    "sel_accounts": "kept: the ledger stays balanced",
    "sel_transfers": "kept with their amounts; notes cleared",
    "sel_requests": "notes cleared; pending ones expire",
    "sel_posts": "deleted from view; title and description erased; unsent notices of them "
                 "to their category's followers and of reports to the admins withdrawn, "
                 "the title erased in sent ones",
    "sel_follows": "deleted",
    "sel_post_reports": "their reports of others' posts deleted; a reason an admin gave "
                        "for removing their post stays unless it names them",
    "events": "kept (the school's events), shown with the pseudonym",
    "rsvps": "upcoming ones withdrawn (the waiting list moves up); past ones kept",
    "slot_signups": "upcoming ones withdrawn; past ones kept",
    "group_orders": "kept (the school's orders), shown with the pseudonym",
    "group_order_lines": "lines in open orders removed; closed orders keep theirs",
    "order_payments": "kept with their amounts (accounting); error texts cleared",
    "announcements": "texts replaced by the erased mark (a poll's choices by their "
                     "numbers), files deleted",
    "announcement_reads": "kept (read counts), pseudonymised",
    "announcement_answers": "deleted: polls' tallies no longer count them",
    "class_groups": "kept (the class's group), pseudonymised",
    "outbox": ("their messages emptied (unsent ones cancelled); what they wrote to others "
               "and mentions of them erased in others'"),
}


@dataclass(frozen=True)
class ErasureCheck:
    """What the person should know before confirming."""

    balance: int
    open_orders: int  # open orders they joined: they leave them
    unpaid_orders: int  # confirmed orders not paid yet: the payment stays due
    last_admin: bool  # the school would have no admin left: refused


@dataclass(frozen=True)
class Erasure:
    member_id: int
    # Event id -> members confirmed from the waiting list by the seats given back;
    # the caller tells them (as after any answer that frees seats).
    promoted: dict[int, list[int]]
    # The person's chats as (channel, chat id): the caller has the runtime forget what it
    # keeps under them (conversation state in Redis, what a WhatsApp chat was shown, its
    # calls stored and not processed yet), once the erasure has committed.
    chats: tuple[tuple[str, str], ...] = ()


async def check_erasure(session: AsyncSession, member: Member) -> ErasureCheck:
    balance = await session.scalar(select(SelAccount.balance).where(
        SelAccount.member_id == member.id))
    open_orders = await session.scalar(select(func.count(func.distinct(OrderLine.order_id)))
                                       .join(GroupOrder, GroupOrder.id == OrderLine.order_id)
                                       .where(OrderLine.member_id == member.id,
                                              GroupOrder.status == OrderStatus.OPEN))
    unpaid = await session.scalar(select(func.count(func.distinct(OrderPayment.order_id)))
                                  .where(OrderPayment.member_id == member.id,
                                         OrderPayment.status.not_in(PaymentStatus.FINAL)))
    return ErasureCheck(balance or 0, open_orders or 0, unpaid or 0,
                        await _is_last_admin(session, member))


async def _is_last_admin(session: AsyncSession, member: Member) -> bool:
    admins = set(await session.scalars(
        select(Role.member_id).join(Member, Member.id == Role.member_id)
        .where(Role.school_id == member.school_id, Role.kind == RoleKind.ADMIN,
               Member.status == MemberStatus.ACTIVE)))
    return admins == {member.id}


async def erase_member(session: AsyncSession, member_id: int, *, actor: str) -> Erasure:
    """Erase the member's personal data; `actor` (a panel login, or "member:<id>" for
    the person themself) goes to the audit log, with nothing personal."""
    member = await session.get(Member, member_id)
    if member is None:
        raise DomainError("privacy-not-found")
    await lock_admins(session, member.school_id)  # first: the order a revoke takes them in
    member = await session.get(Member, member_id, with_for_update=True, populate_existing=True)
    if member.status == MemberStatus.ERASED:
        raise DomainError("privacy-not-found")
    if await _is_last_admin(session, member):
        raise DomainError("privacy-last-admin")
    mentions = await _mentions_of(session, member)
    chats = tuple((channel, external_id) for channel, external_id in await session.execute(
        select(Identity.channel, Identity.external_id).where(Identity.member_id == member.id)
        .order_by(Identity.id)))
    co_parents = await with_co_parents(session, [member.id]) - {member.id}  # (children go)
    await _forget_children(session, member)
    await _forget_access(session, member)
    await _forget_sel_texts(session, member)
    promoted = await _withdraw_from_events(session, member, co_parents)
    await _withdraw_from_orders(session, member)
    await _forget_announcements(session, member)
    await forget_answers(session, member)
    await _forget_messages(session, member)
    await _forget_what_they_wrote_to_others(session, member)
    await _scrub_mentions(session, member, mentions)
    member.first_name, member.last_name = ERASED_TEXT, f"#{member.id}"
    member.phone = member.email = member.consent_version = member.consent_at = None
    member.week_digest_at = None  # no week on Sundays any more
    member.status = MemberStatus.ERASED
    await audit.record(session, school_id=member.school_id, actor=actor,
                       action="member.erase", subject=f"member:{member.id}",
                       after={"status": MemberStatus.ERASED.value})
    await session.flush()
    return Erasure(member.id, promoted, chats)


# What identifies the person in texts, read before anything is erased ------------------

@dataclass(frozen=True)
class Mentions:
    """Texts that identify the person (lowercased) and what replaces each of them."""

    replacements: dict[str, str]
    unambiguous: frozenset[str] = frozenset()  # the full name and contact details

    def narrowed(self) -> Mentions:
        """Only what names nobody else: in texts others wrote for the school, a first
        or last name alone is too often someone else's or a word ("Saint-Nicolas",
        "Marché de Noël"), and replacing it would corrupt the school's own texts."""
        return Mentions({word: by for word, by in self.replacements.items()
                         if word in self.unambiguous})

    @property
    def words(self) -> list[str]:
        return sorted(self.replacements, key=len, reverse=True)  # longest first

    def erase(self, text: str) -> str:
        if not self.replacements:
            return text
        # Whole words only, so that erasing "Al" leaves "Albert" alone.
        pattern = "|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in self.words)
        return re.sub(pattern, lambda m: self.replacements[m.group(0).lower()], text,
                      flags=re.IGNORECASE)

    def scrub(self, value: Any) -> Any:
        """The same JSON-like value with every mention erased."""
        if isinstance(value, str):
            return self.erase(value)
        if isinstance(value, list):
            return [self.scrub(item) for item in value]
        if isinstance(value, dict):
            return {key: self.scrub(item) for key, item in value.items()}
        return value


async def _mentions_of(session: AsyncSession, member: Member) -> Mentions:
    """Names become the pseudonym; contact details, children's names and a panel login
    become the erased mark."""
    pseudonym = f"{ERASED_TEXT} #{member.id}"
    names = {member.full_name, member.first_name, member.last_name}
    contacts = {member.phone, member.email} | set(await session.scalars(
        select(AdminUser.login).where(AdminUser.member_id == member.id)))
    children = set(await session.scalars(select(Child.first_name).where(
        Child.id.in_(await _own_child_ids(session, member)))))
    found = {text.lower(): ERASED_TEXT for text in contacts | children if text}
    found.update({text.lower(): pseudonym for text in names if text and len(text) > 1})
    unambiguous = {text.lower() for text in contacts | {member.full_name} if text}
    return Mentions(found, frozenset(unambiguous))


async def _own_child_ids(session: AsyncSession, member: Member) -> list[int]:
    """The member's children that no other parent is linked to."""
    other = aliased(MemberChild)
    other_parent = exists().where(other.child_id == Child.id, other.member_id != member.id)
    return list(await session.scalars(
        select(Child.id).join(MemberChild, MemberChild.child_id == Child.id)
        .where(MemberChild.member_id == member.id, ~other_parent)))


# Each part of the person's data -------------------------------------------------------

async def _forget_children(session: AsyncSession, member: Member) -> None:
    own = await _own_child_ids(session, member)
    await session.execute(delete(MemberChild).where(MemberChild.member_id == member.id))
    await session.execute(delete(Child).where(Child.id.in_(own)))


async def _forget_access(session: AsyncSession, member: Member) -> None:
    """Everything that lets the person in: chat identities and their conversation state,
    roles, link codes, the calendar feed's address, and a panel login with its sessions,
    links and failed attempts."""
    for external_id in await session.scalars(select(Identity.external_id).where(
            Identity.member_id == member.id)):
        # FSM keys end with the chat user's id (aiogram's key builder).
        await session.execute(delete(FsmRecord).where(
            FsmRecord.key.endswith(f":{external_id}", autoescape=True)))
    for model in (Identity, Role, LinkCode, CalendarFeed):
        await session.execute(delete(model).where(model.member_id == member.id))
    for user in await session.scalars(select(AdminUser).where(AdminUser.member_id == member.id)):
        for model in (AdminSession, AdminLoginLink):
            await session.execute(delete(model).where(model.user_id == user.id))
        await session.execute(delete(LoginFailure).where(
            LoginFailure.key.contains(f"login:{user.login}|", autoescape=True)))
        await session.delete(user)


async def _forget_sel_texts(session: AsyncSession, member: Member) -> None:
    """Notes, posts, followed categories and reports go; amounts stay, so every balance
    and sum is unchanged."""
    account = select(SelAccount.id).where(SelAccount.member_id == member.id)
    await session.execute(update(SelTransfer).where(or_(
        SelTransfer.payer_account_id.in_(account), SelTransfer.payee_account_id.in_(account)))
        .values(note=None))
    theirs = or_(SelRequest.requester_id == member.id, SelRequest.payer_id == member.id)
    await session.execute(update(SelRequest).where(theirs).values(note=None))
    await session.execute(update(SelRequest).where(theirs,
                                                   SelRequest.status == RequestStatus.PENDING)
                          .values(status=RequestStatus.EXPIRED, decided_at=utcnow()))
    posts = list(await session.scalars(select(SelPost.id).where(SelPost.member_id == member.id)))
    await session.execute(update(SelPost).where(SelPost.id.in_(posts)).values(
        status=PostStatus.DELETED, title=ERASED_TEXT, description=""))
    if posts:  # their category's followers are not told of posts that are gone, nor the
        # admins of reports of them, and the notices they were told by lose the title (as
        # the post itself does)
        notices = purposes_in([purpose for post in posts
                               for purpose in (*notice_purposes(post), report_purpose(post))])
        await withdraw(session, notices)
        for row in await session.scalars(select(OutboxMessage).where(notices)):
            row.message_args = {**row.message_args, "title": ERASED_TEXT}
    await session.execute(delete(SelFollow).where(SelFollow.member_id == member.id))
    await session.execute(delete(SelPostReport).where(SelPostReport.member_id == member.id))


async def _withdraw_from_events(session: AsyncSession, member: Member,
                                co_parents: set[int]) -> dict[int, list[int]]:
    """The member's answers to events to come go, their places to the waiting list;
    but an answer they gave for a family that keeps a parent (co-parents hold one answer
    between them: see events.answer) stays the family's, moved to that parent with its
    places and queue position. Each event's row is taken for update first, as an answer
    takes it, so that places are counted in turn with the answers."""
    upcoming = select(Event.id).where(Event.status == EventStatus.ACTIVE,
                                      Event.starts_at > utcnow())
    await session.execute(delete(SlotSignup).where(
        SlotSignup.member_id == member.id,
        SlotSignup.slot_id.in_(select(EventSlot.id).where(EventSlot.event_id.in_(upcoming)))))
    events = list(await session.scalars(select(Event).where(
        Event.id.in_(upcoming),
        Event.id.in_(select(Rsvp.event_id).where(Rsvp.member_id == member.id)))
        .order_by(Event.id).with_for_update()))
    heir = min(co_parents, default=None)
    if heir is not None:
        # A family holding two answers (given before the parents shared a child) keeps
        # the other parent's.
        answered = select(Rsvp.event_id).where(Rsvp.member_id.in_(co_parents))
        await session.execute(update(Rsvp).where(
            Rsvp.member_id == member.id, Rsvp.event_id.in_([event.id for event in events]),
            Rsvp.event_id.not_in(answered)).values(member_id=heir)
            .execution_options(synchronize_session=False))
    await session.execute(delete(Rsvp).where(Rsvp.member_id == member.id,
                                             Rsvp.event_id.in_(upcoming)))
    promoted = {}
    for event in events:
        if moved := await promote(session, event):
            promoted[event.id] = moved
    return promoted


async def _withdraw_from_orders(session: AsyncSession, member: Member) -> None:
    """They leave the open orders they joined, as with Leave: an organiser who was told
    the minimum was reached hears that it no longer is. (An order past its deadline that
    the scheduler has not closed yet is still open: they leave it too.)"""
    joined = (await session.scalars(select(GroupOrder).where(
        GroupOrder.status == OrderStatus.OPEN,
        GroupOrder.id.in_(select(OrderLine.order_id).where(OrderLine.member_id == member.id)))
        .order_by(GroupOrder.id).with_for_update())).all()
    for order in joined:
        await quantities.take_out(session, order, member.id)
    await session.execute(update(OrderPayment).where(OrderPayment.member_id == member.id)
                          .values(last_error=None))


def _announcement_rows(announcement_id: int) -> Any:
    """The outbox rows delivering one announcement (to members, groups, re-sends)."""
    purpose = f"announcement:{announcement_id}"
    return or_(OutboxMessage.purpose == purpose,
               OutboxMessage.purpose.startswith(f"{purpose}:", autoescape=True))


async def _forget_announcements(session: AsyncSession, member: Member) -> None:
    """Their texts, already read by others, become the erased mark (also the first words
    that replies and answers about them quote), and their files (a photo may show them
    or their children) go; unsent copies are not sent any more, and the announcement is
    stopped: nobody (another rep of its classes, an admin) may re-send the erased mark
    in their name."""
    files = set()
    quoted: dict[str, str] = {}  # their first words, as a week on Sundays quotes them
    for announcement in await session.scalars(select(Announcement).where(
            Announcement.author_id == member.id)):
        quoted.update((first_words(text).lower(), ERASED_TEXT)
                      for text in announcement.texts.values() if text.strip())
        announcement.texts = {locale: ERASED_TEXT for locale in announcement.texts}
        if announcement.choices:  # a poll's choices are their words too: numbers instead
            announcement.choices = [str(n) for n in range(1, len(announcement.choices) + 1)]
        if announcement.status == AnnouncementStatus.QUEUED:
            announcement.status = AnnouncementStatus.CANCELLED
        elif announcement.status == AnnouncementStatus.SCHEDULED:  # never goes out now
            announcement.status, announcement.send_at = AnnouncementStatus.DRAFT, None
        if announcement.attachment_id is not None:
            files.add(announcement.attachment_id)
            announcement.attachment_id = None
        for row in await session.scalars(select(OutboxMessage).where(
                _announcement_rows(announcement.id))):
            row.message_args = {**row.message_args, "text": ERASED_TEXT}
            row.attachment_id = None
            if row.status in (OutboxStatus.PENDING, OutboxStatus.AWAITING_REPLY):
                row.status = OutboxStatus.CANCELLED
        for row in await session.scalars(select(OutboxMessage).where(
                OutboxMessage.school_id == member.school_id,
                announcement_replies.about(announcement.id))):
            if "words" in row.message_args:  # (a row past retention has none left)
                row.message_args = {**row.message_args, "words": ERASED_TEXT}
    if quoted:  # a week, sent or still waiting, lists them as not read yet (and its buttons)
        words = Mentions(quoted)
        for row in await session.scalars(select(OutboxMessage).where(
                OutboxMessage.school_id == member.school_id,
                # and one made again for a late answer (core.outbox's release_awaiting)
                purposes_in([DIGEST_PURPOSE, f"{LATE_PREFIX}{DIGEST_PURPOSE}"]))):
            row.message_args, row.buttons = words.scrub(row.message_args), words.scrub(row.buttons)
    await session.flush()
    await session.execute(delete(Attachment).where(Attachment.id.in_(files)))


async def _forget_messages(session: AsyncSession, member: Member) -> None:
    """Messages to the person: nobody can receive them any more, and their texts may
    hold what others wrote to them."""
    mine = OutboxMessage.member_id == member.id
    await session.execute(update(OutboxMessage).where(
        mine, OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING,
                                        OutboxStatus.AWAITING_REPLY]))
        .values(status=OutboxStatus.CANCELLED))
    await session.execute(update(OutboxMessage).where(mine).values(message_args={}))


# What the person wrote travels in the notices that told others about it; each of these
# arguments is replaced as the original text is (the note and phone lines are left out;
# a contact notice queued before has_phone existed shows "-"; a reply to an announcement
# loses the children it named).
WRITTEN_ARGS = {**optional_arg("note", None), "text": ERASED_TEXT, "phone": "-",
                "has_phone": "no", "children": names_arg([]), "classes": labels_arg([]),
                "has_children": "no"}


async def _forget_what_they_wrote_to_others(session: AsyncSession, member: Member) -> None:
    """The notes of their payments and requests, their messages about posts (with the
    phone they chose to share) and their replies to announcements (with their children's
    names) sit in the recipients' notices: erased there too."""
    paid = await session.scalars(select(SelTransfer.id).where(
        SelTransfer.payer_account_id.in_(select(SelAccount.id).where(
            SelAccount.member_id == member.id))))
    asked = await session.scalars(select(SelRequest.id).where(
        SelRequest.requester_id == member.id))
    purposes = [f"sel-paid:{ref}" for ref in paid] + [f"sel-request:{ref}" for ref in asked]
    contacts = OutboxMessage.purpose.like(f"posts-contact:%:{member.id}:%")
    replies = OutboxMessage.purpose.startswith(announcement_replies.by_writer(member.id),
                                               autoescape=True)
    for row in await session.scalars(select(OutboxMessage).where(
            OutboxMessage.school_id == member.school_id,
            or_(OutboxMessage.purpose.in_(purposes), contacts, replies))):
        row.message_args = {**row.message_args, **{
            name: value for name, value in WRITTEN_ARGS.items() if name in row.message_args}}


async def _scrub_mentions(session: AsyncSession, member: Member, mentions: Mentions) -> None:
    """Others' notifications ("Anna paid you"), the audit log and conversation drafts
    name the person too, and so may what others wrote for the school (an event's place,
    an order's pickup, a post, an announcement, a file's name): those mentions become
    the pseudonym or the erased mark."""
    await _replace_in(session, _records_about_people(member.school_id), mentions)
    await _replace_in(session, _texts_written_for_school(member.school_id),
                      mentions.narrowed())


async def _replace_in(session: AsyncSession, texts: list[tuple[type, tuple[Any, ...], Any]],
                      mentions: Mentions) -> None:
    if not mentions.replacements:
        return
    for model, columns, scope in texts:
        found = [cast(column, Text).icontains(_stored(word, column), autoescape=True)
                 for column in columns for word in mentions.words]
        for row in await session.scalars(select(model).where(scope, or_(*found))):
            for column in columns:
                value = mentions.scrub(getattr(row, column.key))
                if isinstance(value, str) and getattr(column.type, "length", None):
                    value = value[:column.type.length]  # the pseudonym may be longer
                setattr(row, column.key, value)


def _records_about_people(school_id: int) -> list[tuple[type, tuple[Any, ...], Any]]:
    """(model, its text columns, the school's rows): what SchoolHub wrote about people."""
    return [
        (OutboxMessage, (OutboxMessage.message_args,), OutboxMessage.school_id == school_id),
        (AuditEntry, (AuditEntry.before, AuditEntry.after, AuditEntry.actor,
                      AuditEntry.subject), AuditEntry.school_id == school_id),
        (FsmRecord, (FsmRecord.data,), true()),
    ]


def _texts_written_for_school(school_id: int) -> list[tuple[type, tuple[Any, ...], Any]]:
    """(model, its free-text columns, the school's rows) for every text people write."""
    events = select(Event.id).where(Event.school_id == school_id)
    orders = select(GroupOrder.id).where(GroupOrder.school_id == school_id)
    return [
        (Announcement, (Announcement.texts,), Announcement.school_id == school_id),
        (Attachment, (Attachment.filename,), Attachment.school_id == school_id),
        (Event, (Event.title, Event.description, Event.location), Event.school_id == school_id),
        (EventSlot, (EventSlot.label,), EventSlot.event_id.in_(events)),
        (GroupOrder, (GroupOrder.title, GroupOrder.description, GroupOrder.pickup),
         GroupOrder.school_id == school_id),
        (OrderItem, (OrderItem.name,), OrderItem.order_id.in_(orders)),
        (SelPost, (SelPost.title, SelPost.description, SelPost.removed_reason),
         SelPost.school_id == school_id),
        (SelTransfer, (SelTransfer.note,), SelTransfer.school_id == school_id),
        (SelRequest, (SelRequest.note,), SelRequest.school_id == school_id),
    ]


def _stored(word: str, column: Any) -> str:
    """How a word looks in the database: JSON columns escape non-ASCII letters."""
    return json.dumps(word)[1:-1] if isinstance(column.type, JSON) else word
