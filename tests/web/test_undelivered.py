"""The page of messages that did not arrive: who, what, when and why, newest first,
paged, a family no app reaches pointed out, another school's messages out of sight."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from core.clock import utcnow
from core.db import unit_of_work
from core.models import ClassGroup, Identity, OutboxMessage, OutboxStatus, SchoolClass
from core.outbox.service import units_arg
from tests.support.panel import member_named, other_school_admin, page, submit


def outbox_row(school_id: int, key: str, status: str, minutes_ago: int, **fields):
    """A row as bot/outbox.py leaves it after the outcome."""
    return OutboxMessage(school_id=school_id, purpose=key, dedupe_key=key, locale="fr",
                         status=status, created_at=utcnow() - timedelta(minutes=minutes_ago),
                         **{"message_id": "events-reminder", "attempts": 1, **fields})


async def test_messages_that_did_not_arrive_say_who_what_and_why(admin) -> None:
    app, client = admin
    anna, sophie = await member_named(app, "Anna"), await member_named(app, "Sophie")
    school_id = sophie.school_id
    async with unit_of_work(app.sessions) as uow:
        db = uow.session
        await db.execute(update(Identity).where(Identity.member_id == anna.id)
                         .values(unreachable=True))  # she blocked the bot
        p3 = await db.scalar(select(SchoolClass.id).where(SchoolClass.school_id == school_id,
                                                          SchoolClass.code == "P3"))
        db.add(ClassGroup(school_id=school_id, class_id=p3, channel="telegram",
                          chat_id="-100", linked_by=sophie.id))
        db.add_all([
            outbox_row(school_id, "blocked", OutboxStatus.BLOCKED, 50, member_id=anna.id,
                       channel="telegram", last_error="Forbidden: bot was blocked by the user"),
            outbox_row(school_id, "nobody", OutboxStatus.FAILED, 40, member_id=anna.id,
                       message_id="orders-pay-link", last_error="no reachable identity"),
            outbox_row(school_id, "refused", OutboxStatus.FAILED, 30, member_id=sophie.id,
                       channel="whatsapp", message_id="announcements-message",
                       last_error="Bad Request: +32 470 12 34 56 is not a WhatsApp number"),
            outbox_row(school_id, "group", OutboxStatus.FAILED, 20, channel="telegram",
                       chat_id="-100", message_id="sel-paid-notice", attempts=8,
                       last_error="ServerError()"),
            outbox_row(school_id, "sent", OutboxStatus.SENT, 10, member_id=anna.id),
        ])
    listing = await page(client, "/admin/")
    assert '<a href="/admin/messages/undelivered">4 messages not delivered</a>' in listing
    listing = await page(client, "/admin/messages/undelivered")
    reasons = ["Could not be sent after several tries", "Refused by WhatsApp",
               "No chat app reachable", "Blocked the bot on Telegram"]  # newest first
    assert sorted(reasons, key=listing.index) == reasons
    for shown in ("Group chat of P3", "SEL message", "Announcement", "Payment link",
                  "Event reminder", f'<a href="/admin/members/{anna.id}">Anna'):
        assert shown in listing, shown
    assert listing.count("No chat app reaches Anna") == 2  # Sophie is still reached
    assert "+32 470" not in listing and "Forbidden" not in listing  # no raw error text
    french = await page(client, "/admin/messages/undelivered?lang=fr")
    assert "A bloqué le bot sur Telegram" in french and "Lien de paiement" in french

    async with other_school_admin(app) as (db, zoe):  # theirs stays out of sight
        db.add(outbox_row(zoe.school_id, "theirs", OutboxStatus.BLOCKED, 5,
                          member_id=zoe.id, channel="telegram"))
    async with unit_of_work(app.sessions) as uow:  # a second page past 25
        uow.session.add_all(outbox_row(school_id, f"old{n}", OutboxStatus.FAILED, 100 + n,
                                       member_id=sophie.id, channel="telegram")
                            for n in range(22))
    first = await page(client, "/admin/messages/undelivered")
    assert "Zoé" not in first and 'rel="next"' in first
    second = await page(client, "/admin/messages/undelivered?page=2")
    assert second.count("Refused by Telegram") == 1 and "Anna" not in second  # the oldest


async def test_a_sunday_week_sent_again_keeps_the_language_it_was_written_in(
        telegram_admin) -> None:
    """Sophie's Sunday week was written in French when it was queued (its text is
    composed then, unlike other messages); she has since switched to English. Named as
    such in the list, it goes again whole in French: not French text under English
    buttons."""
    app, client, bot_api = telegram_admin
    sophie = await member_named(app, "Sophie")
    written = "🗓️ Votre semaine\n\nAujourd'hui\n• 18:30 📅 Pique-nique — ✅ présent"
    async with unit_of_work(app.sessions) as uow:
        uow.session.add(outbox_row(
            sophie.school_id, f"week-digest:{sophie.id}:2026-03-15", OutboxStatus.BLOCKED,
            30, member_id=sophie.id, channel="telegram", message_id="week-digest",
            message_args={"week": written}, expires_at=utcnow() + timedelta(hours=3),
            buttons={"rows": [[{"label_id": "week-sunday-stop", "data": "sunday:0"}]]}))
    async with app.sessions() as session:
        row_id = await session.scalar(select(OutboxMessage.id).where(
            OutboxMessage.message_id == "week-digest"))
    listing = await page(client, "/admin/messages/undelivered")
    assert "Sunday week" in listing and "Other message" not in listing
    assert "Semaine du dimanche" in await page(client, "/admin/messages/undelivered?lang=fr")
    assert "Zondagsoverzicht" in await page(client, "/admin/messages/undelivered?lang=nl")
    await page(client, "/admin/messages/undelivered?lang=en")

    again = await submit(client, f"/admin/messages/undelivered/{row_id}/again")
    assert "The message is back in the queue" in await again.text()
    assert await app.deliver() == 1
    sent = bot_api.sent()[-1]
    assert sent["text"] == written
    assert [button["text"] for row in sent["reply_markup"]["inline_keyboard"]
            for button in row] == ["🔕 Plus le dimanche"]


async def test_a_message_that_can_still_arrive_is_sent_again_once(telegram_admin) -> None:
    app, client, bot_api = telegram_admin
    anna, sophie = await member_named(app, "Anna"), await member_named(app, "Sophie")
    paid = {"message_id": "sel-paid-notice", "message_args": {
        "name": "Marc", "amount": units_arg(30), "has_note": "no", "balance": units_arg(150)}}
    async with unit_of_work(app.sessions) as uow:
        db = uow.session
        await db.execute(update(Identity).where(Identity.member_id == anna.id)
                         .values(unreachable=True))  # Anna blocked the bot and has not come back
        db.add_all([
            outbox_row(sophie.school_id, "while-blocked", OutboxStatus.BLOCKED, 50,
                       member_id=sophie.id, channel="telegram", **paid),
            outbox_row(sophie.school_id, "out-of-date", OutboxStatus.FAILED, 40,
                       member_id=sophie.id, expires_at=utcnow() - timedelta(minutes=1), **paid),
            outbox_row(sophie.school_id, "still-blocked", OutboxStatus.BLOCKED, 30,
                       member_id=anna.id, channel="telegram", **paid),
        ])
    async with app.sessions() as session:
        ids = dict((await session.execute(
            select(OutboxMessage.dedupe_key, OutboxMessage.id))).all())
    listing = await page(client, "/admin/messages/undelivered")
    assert listing.count("Send again") == 1  # not out of date, and someone to reach
    assert f'/admin/messages/undelivered/{ids["while-blocked"]}/again' in listing

    again = await submit(client, f'/admin/messages/undelivered/{ids["while-blocked"]}/again')
    listing = await again.text()
    assert "The message is back in the queue" in listing and "Send again" not in listing
    assert await app.deliver() == 1
    assert "💰 Marc paid you 30 units" in bot_api.sent()[-1]["text"]

    for refused in ("while-blocked", "out-of-date", "still-blocked"):  # twice, stale, nobody
        answer = await submit(client, f"/admin/messages/undelivered/{ids[refused]}/again")
        assert "This message cannot be sent again" in await answer.text(), refused
    assert await app.deliver() == 0
    async with other_school_admin(app) as (db, zoe):
        db.add(outbox_row(zoe.school_id, "theirs", OutboxStatus.BLOCKED, 5,
                          member_id=zoe.id, channel="telegram", **paid))
    async with app.sessions() as session:
        theirs = await session.scalar(select(OutboxMessage.id)
                                      .where(OutboxMessage.dedupe_key == "theirs"))
    answer = await submit(client, f"/admin/messages/undelivered/{theirs}/again")
    assert "This message cannot be sent again" in await answer.text()
    assert await app.deliver() == 0
