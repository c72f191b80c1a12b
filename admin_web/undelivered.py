"""Messages that did not arrive: the school's outbox rows that failed or were blocked,
newest first, with who, what, when and why in plain words; a member no chat app reaches
any more is pointed out, with their card (where their apps are listed). One that can
still mean something and reach someone can be sent again."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import Select, select

from admin_web.moments import school_clock
from admin_web.render import audited, context, done, number, paged, school_of
from admin_web.security import DB
from bot.outbox import MAX_ATTEMPTS
from core.clock import utcnow
from core.models import ClassGroup, Member, OutboxMessage, OutboxStatus, SchoolClass
from core.outbox.service import NOT_ARRIVED, may_go_again, reachable_members, send_again

NO_IDENTITY = "no reachable identity"  # as bot/outbox.py records it
# What a message was, by its Fluent id; else by its feature (the id's first word).
KINDS = {"events-reminder": "event-reminder", "events-invite": "event-invitation",
         "orders-pay-link": "payment-link", "orders-pay-new-link": "payment-link",
         "orders-pay-reminder": "payment-reminder", "approval-request": "registration",
         "start-approved": "registration", "week-digest": "sunday-week"}
FEATURES = {"events": "event", "orders": "order", "announcements": "announcement",
            "sel": "sel", "posts": "post"}


def kind_of(message_id: str) -> str:
    return KINDS.get(message_id) or FEATURES.get(message_id.split("-", 1)[0], "other")


def why(row: OutboxMessage) -> str:
    """The reason in plain words, from how the sender recorded the outcome."""
    if row.status == OutboxStatus.BLOCKED:
        return "blocked"
    if row.last_error == NO_IDENTITY:
        return "unreachable"
    return "gave-up" if row.attempts >= MAX_ATTEMPTS else "refused"


def undelivered_query(school_id: int) -> Select:
    """(message, member or None, class of a group chat or None), newest first."""
    return (select(OutboxMessage, Member, SchoolClass)
            .outerjoin(Member, Member.id == OutboxMessage.member_id)
            .outerjoin(ClassGroup, (OutboxMessage.member_id.is_(None))
                       & (ClassGroup.school_id == school_id)
                       & (ClassGroup.channel == OutboxMessage.channel)
                       & (ClassGroup.chat_id == OutboxMessage.chat_id))
            .outerjoin(SchoolClass, SchoolClass.id == ClassGroup.class_id)
            .where(OutboxMessage.school_id == school_id,
                   OutboxMessage.status.in_(NOT_ARRIVED))
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()))


@aiohttp_jinja2.template("undelivered.html")
async def undelivered(request: web.Request) -> dict[str, object]:
    rows, page, more = await paged(request, undelivered_query(school_of(request)))
    member_ids = {member.id for _, member, _ in rows if member is not None}
    reachable = await reachable_members(request[DB], member_ids)
    now = utcnow()
    again = {message.id for message, member, _ in rows
             if may_go_again(message, member is None or member.id in reachable, now)}
    return context(request, rows=rows, page=page, more=more, kind_of=kind_of, why=why,
                   stuck=member_ids - reachable, again=again, when=await school_clock(request))


async def send_message_again(request: web.Request) -> web.Response:
    row_id = number(request.match_info["message_id"])
    sent = await send_again(request[DB], school_of(request), row_id)
    if sent:
        await audited(request, "send-again", f"outbox:{row_id}")
    raise done(request, "undelivered", "again" if sent else "not-again")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/messages/undelivered", undelivered, name="undelivered")
    app.router.add_post("/messages/undelivered/{message_id:\\d+}/again", send_message_again,
                        name="send-again")
