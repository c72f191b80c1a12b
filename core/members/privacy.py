"""A member's data (RGPD): the export they can download, and its summary for the chat.

The export holds everything stored about the member and nothing about anybody else but
the display names of the people they exchanged with, which they already saw. Erasure
lives in `core.members.erasure`; both are re-exported here for the handlers and panel.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements import polls, replies
from core.clock import utcnow
from core.errors import DomainError
from core.i18n import Translate
from core.members.erasure import Erasure, ErasureCheck, check_erasure, erase_member
from core.models import (
    AdminUser,
    Announcement,
    AnnouncementRead,
    Attachment,
    AuditEntry,
    CalendarFeed,
    Child,
    ClassGroup,
    Event,
    EventSlot,
    GroupOrder,
    Identity,
    LinkCode,
    Member,
    MemberChild,
    OrderItem,
    OrderLine,
    OrderPayment,
    OutboxMessage,
    Role,
    Rsvp,
    School,
    SchoolClass,
    SelAccount,
    SelFollow,
    SelPost,
    SelPostReport,
    SelRequest,
    SelTransfer,
    SlotSignup,
)

__all__ = ["EXPORT_FORMAT", "EXPORTED_TABLES", "PRIVACY_VERSION", "Erasure", "ErasureCheck",
           "check_erasure", "erase_member", "export_member", "readable_summary"]

# The privacy notice people agree to at registration (locales/*/privacy.ftl); a new
# notice gets a new version, so consent_version tells which one each member accepted.
# 2026-11: what class reps and a co-parent see; 2026-11-22: what reps see of answers,
# orders and reads, and the calendar feed's secret link. Members keep the version they accepted.
PRIVACY_VERSION = "2026-11-22"
EXPORT_FORMAT = "schoolhub-member-export/1"

# Every table that points at a member or a child, and where the export shows it; a test
# walks the schema's foreign keys so that a new table cannot be forgotten here.
EXPORTED_TABLES = {
    "members": "profile",
    "children": "children",
    "member_children": "children",
    "identities": "identities",
    "roles": "roles",
    "link_codes": "link_codes",
    "admin_users": "admin_panel",
    "sel_accounts": "sel.account",
    "sel_transfers": "sel.transfers",
    "sel_requests": "sel.requests",
    "sel_posts": "sel.posts",
    "sel_follows": "sel.follows",
    "sel_post_reports": "sel.reports",
    "events": "events.organised",
    "rsvps": "events.answers",
    "slot_signups": "events.volunteering",
    "calendar_feeds": "events.calendar_feed",
    "group_orders": "orders.organised",
    "group_order_lines": "orders.lines",
    "order_payments": "orders.payments",
    "announcements": "announcements.written",
    "announcement_reads": "announcements.read",
    "announcement_answers": "announcements.poll_answers",
    "class_groups": "class_groups_linked",
    "outbox": "messages",  # and what they wrote about announcements: their replies_written
}


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


async def export_member(session: AsyncSession, member_id: int) -> dict[str, Any]:
    """Everything about the member, as a JSON-able document."""
    member = await session.get(Member, member_id)
    if member is None:
        raise DomainError("privacy-not-found")
    school = await session.get_one(School, member.school_id)
    return {
        "format": EXPORT_FORMAT,
        "exported_at": _when(utcnow()),
        "school": school.name,
        "profile": _profile(member),
        "children": await _children(session, member),
        "identities": await _identities(session, member),
        "roles": await _roles(session, member),
        "link_codes": await _link_codes(session, member),
        "admin_panel": await _admin_panel(session, member),
        "sel": await _sel(session, member),
        "events": await _events(session, member),
        "orders": await _orders(session, member),
        "announcements": await _announcements(session, member),
        "class_groups_linked": await _class_groups(session, member),
        "messages": await _messages(session, member),
        "changes_by_admins": await _changes_by_admins(session, member),
    }


def _profile(member: Member) -> dict[str, Any]:
    return {"id": member.id, "first_name": member.first_name, "last_name": member.last_name,
            "phone": member.phone, "email": member.email, "locale": member.locale,
            "status": member.status, "consent_version": member.consent_version,
            "consent_at": _when(member.consent_at), "created_at": _when(member.created_at),
            "week_on_sundays_since": _when(member.week_digest_at)}


async def _children(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(Child, SchoolClass.code).join(MemberChild, MemberChild.child_id == Child.id)
        .join(SchoolClass, SchoolClass.id == Child.class_id)
        .where(MemberChild.member_id == member.id).order_by(Child.id))
    # placed_for: the coming school year the class was given for (from 15 July), if so
    return [{"first_name": child.first_name, "class": code, "placed_for": child.placed_for,
             "created_at": _when(child.created_at)} for child, code in rows]


async def _identities(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    rows = await session.scalars(select(Identity).where(Identity.member_id == member.id)
                                 .order_by(Identity.id))
    return [{"channel": i.channel, "external_id": i.external_id,
             "created_at": _when(i.created_at), "last_seen_at": _when(i.last_seen_at)}
            for i in rows]


async def _roles(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(Role.kind, SchoolClass.code).outerjoin(SchoolClass, SchoolClass.id == Role.class_id)
        .where(Role.member_id == member.id).order_by(Role.id))
    return [{"role": kind, "class": code} for kind, code in rows]


async def _link_codes(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    rows = await session.scalars(select(LinkCode).where(LinkCode.member_id == member.id)
                                 .order_by(LinkCode.created_at))
    return [{"code": c.code, "purpose": c.purpose, "created_at": _when(c.created_at),
             "expires_at": _when(c.expires_at), "used_at": _when(c.used_at)} for c in rows]


async def _admin_panel(session: AsyncSession, member: Member) -> dict[str, Any] | None:
    user = await session.scalar(select(AdminUser).where(AdminUser.member_id == member.id))
    if user is None:
        return None  # the password hash is a secret, not information about the member
    return {"login": user.login, "active": user.active, "created_at": _when(user.created_at)}


async def _display_names(session: AsyncSession, account_ids: set[int]) -> dict[int, str]:
    """Account id -> what the member saw of its owner: a name, or the school's fund."""
    rows = await session.execute(
        select(SelAccount.id, Member.first_name, Member.last_name)
        .outerjoin(Member, Member.id == SelAccount.member_id)
        .where(SelAccount.id.in_(account_ids)))
    return {account_id: f"{first} {last}" if first else "school"
            for account_id, first, last in rows}


async def _member_names(session: AsyncSession, member_ids: set[int]) -> dict[int, str]:
    rows = await session.execute(select(Member.id, Member.first_name, Member.last_name)
                                 .where(Member.id.in_(member_ids)))
    return {member_id: f"{first} {last}" for member_id, first, last in rows}


async def _sel(session: AsyncSession, member: Member) -> dict[str, Any]:
    account = await session.scalar(select(SelAccount).where(SelAccount.member_id == member.id))
    posts = await session.scalars(select(SelPost).where(SelPost.member_id == member.id)
                                  .order_by(SelPost.id))
    follows = await session.scalars(select(SelFollow).where(SelFollow.member_id == member.id)
                                    .order_by(SelFollow.id))
    # Which posts they reported (not their text: written by others).
    reports = await session.scalars(select(SelPostReport).where(
        SelPostReport.member_id == member.id).order_by(SelPostReport.id))
    return {
        "account": None if account is None else {
            "balance": account.balance, "given": account.given, "received": account.received,
            "min_balance": account.min_balance, "max_balance": account.max_balance,
            "created_at": _when(account.created_at)},
        "transfers": [] if account is None else await _transfers(session, account),
        "requests": await _requests(session, member),
        "posts": [{"id": p.id, "kind": p.kind, "category": p.category, "title": p.title,
                   "description": p.description, "units_per_hour": p.units_per_hour,
                   "status": p.status, "created_at": _when(p.created_at),
                   "expires_at": _when(p.expires_at), "removed_reason": p.removed_reason}
                  for p in posts],
        "follows": [{"category": f.category, "since": _when(f.created_at)} for f in follows],
        "reports": [{"post_id": r.post_id, "reported_at": _when(r.created_at),
                     "dismissed_at": _when(r.dismissed_at)} for r in reports],
    }


async def _transfers(session: AsyncSession, account: SelAccount) -> list[dict[str, Any]]:
    rows = list(await session.scalars(
        select(SelTransfer).where(or_(SelTransfer.payer_account_id == account.id,
                                      SelTransfer.payee_account_id == account.id))
        .order_by(SelTransfer.created_at, SelTransfer.id)))
    others = {t.payee_account_id if t.payer_account_id == account.id else t.payer_account_id
              for t in rows}
    names = await _display_names(session, others)
    lines = []
    for t in rows:
        paid = t.payer_account_id == account.id
        lines.append({"id": t.id, "at": _when(t.created_at), "kind": t.kind,
                      "units": -t.units if paid else t.units,
                      "counterpart": names[t.payee_account_id if paid else t.payer_account_id],
                      "note": t.note, "post_id": t.post_id, "reverses": t.reverses_id})
    return lines


async def _requests(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    rows = list(await session.scalars(
        select(SelRequest).where(or_(SelRequest.requester_id == member.id,
                                     SelRequest.payer_id == member.id))
        .order_by(SelRequest.created_at)))
    names = await _member_names(session, {r.payer_id for r in rows}
                                | {r.requester_id for r in rows})
    return [{"id": r.id, "at": _when(r.created_at),
             "direction": "asked" if r.requester_id == member.id else "asked_of_me",
             "counterpart": names[r.payer_id if r.requester_id == member.id else r.requester_id],
             "units": r.units, "note": r.note, "status": r.status,
             "expires_at": _when(r.expires_at), "decided_at": _when(r.decided_at)}
            for r in rows]


async def _events(session: AsyncSession, member: Member) -> dict[str, Any]:
    answers = await session.execute(
        select(Rsvp, Event.title, Event.starts_at).join(Event, Event.id == Rsvp.event_id)
        .where(Rsvp.member_id == member.id).order_by(Event.starts_at))
    slots = await session.execute(
        select(SlotSignup.created_at, EventSlot.label, Event.title)
        .join(EventSlot, EventSlot.id == SlotSignup.slot_id)
        .join(Event, Event.id == EventSlot.event_id)
        .where(SlotSignup.member_id == member.id).order_by(Event.starts_at))
    organised = await session.scalars(select(Event).where(Event.created_by == member.id)
                                      .order_by(Event.starts_at))
    feed = await session.get(CalendarFeed, member.id)
    return {
        "answers": [{"event": title, "starts_at": _when(starts_at), "answer": r.answer,
                     "adults": r.adults, "children": r.children, "waitlisted": r.waitlisted,
                     "updated_at": _when(r.updated_at)} for r, title, starts_at in answers],
        "volunteering": [{"event": title, "slot": label, "at": _when(at)}
                         for at, label, title in slots],
        "organised": [{"id": e.id, "title": e.title, "starts_at": _when(e.starts_at),
                       "location": e.location, "status": e.status} for e in organised],
        # That it exists and since when; not its secret address, which would let whoever
        # is given this file read the member's events (/calendar shows it to them).
        "calendar_feed": {"created_at": _when(feed.created_at),
                          "address": "secret: not in this copy; /calendar shows it"}
        if feed else None,
    }


async def _orders(session: AsyncSession, member: Member) -> dict[str, Any]:
    lines = await session.execute(
        select(OrderLine, OrderItem.name, OrderItem.price_cents, GroupOrder.title)
        .join(OrderItem, OrderItem.id == OrderLine.item_id)
        .join(GroupOrder, GroupOrder.id == OrderLine.order_id)
        .where(OrderLine.member_id == member.id).order_by(OrderLine.id))
    payments = await session.execute(
        select(OrderPayment, GroupOrder.title).join(GroupOrder,
                                                    GroupOrder.id == OrderPayment.order_id)
        .where(OrderPayment.member_id == member.id).order_by(OrderPayment.id))
    organised = await session.scalars(select(GroupOrder).where(
        GroupOrder.organiser_id == member.id).order_by(GroupOrder.id))
    return {
        "lines": [{"order": title, "item": item, "variant": line.variant,
                   "quantity": line.quantity, "price_cents": price}
                  for line, item, price, title in lines],
        "payments": [{"order": title, "attempt": p.attempt, "amount_cents": p.amount_cents,
                      "status": p.status, "created_at": _when(p.created_at),
                      "paid_at": _when(p.paid_at), "refund_status": p.refund_status}
                     for p, title in payments],
        "organised": [{"id": o.id, "title": o.title, "status": o.status,
                       "deadline": _when(o.deadline)} for o in organised],
    }


async def _announcements(session: AsyncSession, member: Member) -> dict[str, Any]:
    written = await session.execute(
        select(Announcement, Attachment.filename)
        .outerjoin(Attachment, Attachment.id == Announcement.attachment_id)
        .where(Announcement.author_id == member.id).order_by(Announcement.id))
    read = await session.scalars(select(AnnouncementRead).where(
        AnnouncementRead.member_id == member.id).order_by(AnnouncementRead.created_at))
    return {
        "written": [{"id": a.id, "created_at": _when(a.created_at), "audience": a.audience,
                     "texts": a.texts, "urgent": a.urgent, "status": a.status,
                     # a scheduled one's time ("Send later")
                     **({"send_at": _when(a.send_at)} if a.send_at else {}),
                     "attachment": filename} for a, filename in written],
        "read": [{"announcement_id": r.announcement_id, "at": _when(r.created_at)}
                 for r in read],
        "poll_answers": await polls.answers_of(session, member),
        "replies_written": await replies.written_by(session, member),
    }


async def _class_groups(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(ClassGroup, SchoolClass.code).join(SchoolClass,
                                                  SchoolClass.id == ClassGroup.class_id)
        .where(ClassGroup.linked_by == member.id))
    return [{"class": code, "channel": group.channel, "title": group.title,
             "linked_at": _when(group.created_at)} for group, code in rows]


async def _messages(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    """What the bot sent on its own (reminders, notices), without the texts, which may
    be about other people and were delivered to the member's chat anyway."""
    rows = await session.scalars(select(OutboxMessage).where(
        OutboxMessage.member_id == member.id).order_by(OutboxMessage.id))
    return [{"message": m.message_id, "status": m.status, "created_at": _when(m.created_at),
             "sent_at": _when(m.sent_at)} for m in rows]


async def _changes_by_admins(session: AsyncSession, member: Member) -> list[dict[str, Any]]:
    """The audit log's entries about the member (an approval, a role, a standing), without
    who made them: that is about the admin."""
    rows = await session.scalars(select(AuditEntry).where(
        AuditEntry.school_id == member.school_id, AuditEntry.subject == f"member:{member.id}")
        .order_by(AuditEntry.at, AuditEntry.id))
    return [{"action": e.action, "at": _when(e.at), "before": e.before, "after": e.after}
            for e in rows]


def readable_summary(t: Translate, export: dict[str, Any]) -> str:
    """A few lines for the chat: how much of each kind is in the export."""
    sel, events, orders = export["sel"], export["events"], export["orders"]
    profile = export["profile"]
    account = sel["account"]
    return t("privacy-summary",
             school=export["school"], name=f"{profile['first_name']} {profile['last_name']}",
             contact=sum(1 for key in ("phone", "email") if profile[key]),
             children=len(export["children"]), apps=len(export["identities"]),
             balance=account["balance"] if account else 0,
             transfers=len(sel["transfers"]), requests=len(sel["requests"]),
             posts=len(sel["posts"]), follows=len(sel["follows"]), answers=len(events["answers"]),
             volunteering=len(events["volunteering"]), lines=len(orders["lines"]),
             payments=len(orders["payments"]),
             announcements=len(export["announcements"]["written"]),
             replies=len(export["announcements"]["replies_written"]),
             messages=len(export["messages"]))
