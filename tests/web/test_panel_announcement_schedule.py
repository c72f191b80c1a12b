"""The panel's preview schedules an announcement as the chat's 🕒 Send later does: a time
in "Send at" (the school's clock), refused next to the field when past (nothing saved);
the list shows it with its time and cancels its schedule; the scheduler sends it then."""

from __future__ import annotations

from datetime import time, timedelta
from zoneinfo import ZoneInfo

import time_machine
from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from bot.scheduler import send_scheduled_announcements
from core.announcements import schedule
from core.announcements import service as announcements
from core.clock import utcnow
from core.db import unit_of_work
from core.models import (
    Announcement,
    AnnouncementStatus,
    AudienceKind,
    Member,
    OutboxMessage,
    Role,
    RoleKind,
    School,
)
from tests.support.panel import csrf_of, member_named, page, submit
from tests.support.panel_announcements import compose, latest, parents


async def status_of(app, announcement_id: int) -> str:
    async with app.sessions() as session:
        return (await session.get_one(Announcement, announcement_id)).status


async def test_an_admin_schedules_from_the_preview_sees_it_listed_and_cancels_it(admin) -> None:
    app, client = admin
    anna, _ = await parents(app, client)
    async with unit_of_work(app.sessions) as uow:  # nights are quiet, 21:00 to 08:00
        await uow.session.execute(update(School).values(quiet_start=time(21),
                                                        quiet_end=time(8)))
    preview = await (await compose(client, "Swimming tomorrow: bring a towel.")).text()
    draft = await latest(app)
    assert 'name="send_at" type="datetime-local"' in preview
    brussels = ZoneInfo("Europe/Brussels")
    yesterday = (utcnow() - timedelta(days=1)).astimezone(brussels)
    refused = await client.post(f"/admin/announcements/{draft}/schedule", data={
        "csrf": csrf_of(preview), "send_at": yesterday.strftime("%Y-%m-%dT%H:%M")})
    assert refused.status == 400
    assert ('<p class="error" id="e-send_at">That moment has already passed: type a day and '
            "time still to come.</p>") in await refused.text()
    assert await status_of(app, draft) == AnnouncementStatus.DRAFT  # nothing saved

    seven = (utcnow() + timedelta(days=2)).astimezone(brussels).replace(
        hour=7, minute=0, second=0, microsecond=0)
    scheduled = await client.post(f"/admin/announcements/{draft}/schedule", data={
        "csrf": csrf_of(preview), "send_at": seven.strftime("%Y-%m-%dT%H:%M")})
    shown = await scheduled.text()
    assert scheduled.url.path == f"/admin/announcements/{draft}/preview", shown
    assert "🕒 Scheduled: it goes out" in shown and ", 07:00." in shown
    assert "🌙 Inside the quiet hours" in shown  # 07:00: before the night ends at 08:00
    assert f'action="/admin/announcements/{draft}/unschedule"' in shown
    assert await status_of(app, draft) == AnnouncementStatus.SCHEDULED
    listing = await page(client, "/admin/announcements")
    assert "<h2>Scheduled</h2>" in listing and ", 07:00" in listing
    assert f'href="/admin/announcements/{draft}">' not in listing  # not among those sent

    back = await client.post(f"/admin/announcements/{draft}/unschedule",
                             data={"csrf": csrf_of(listing)})
    assert "it is a draft again" in await back.text()
    again = await client.post(f"/admin/announcements/{draft}/unschedule",
                              data={"csrf": csrf_of(listing)})
    assert again.status == 409
    assert "Its schedule was already cancelled" in await again.text()
    assert await status_of(app, draft) == AnnouncementStatus.DRAFT

    await client.post(f"/admin/announcements/{draft}/schedule", data={
        "csrf": csrf_of(listing), "send_at": seven.strftime("%Y-%m-%dT%H:%M")})
    with time_machine.travel(seven, tick=False):
        await app.parents_wrote_recently()
        assert await send_scheduled_announcements(app.sessions, app.runtime.bots,
                                                  app.runtime.translator) == 1
        assert await app.deliver() == 2  # Anna and Marc, at 07:00
    assert anna.last.text.endswith("Swimming tomorrow: bring a towel.")
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.purpose == f"announcement:{draft}")) == 2


async def test_deactivating_its_author_stops_a_scheduled_announcement_at_once(admin) -> None:
    """Another admin deactivates a second admin whose announcement waits for tomorrow:
    it is a draft again at once, the panel says so, and nothing goes out at its time."""
    app, client = admin
    await parents(app, client)
    anna = await member_named(app, "Anna")
    async with unit_of_work(app.sessions) as uow:
        uow.session.add(Role(school_id=anna.school_id, member_id=anna.id, kind=RoleKind.ADMIN))
    tomorrow = utcnow() + timedelta(days=1)
    async with unit_of_work(app.sessions) as uow:
        author = await uow.session.scalar(select(Member).options(selectinload(Member.roles))
                                          .where(Member.id == anna.id))
        draft = await announcements.create(uow.session, author, audience=AudienceKind.SCHOOL,
                                           class_ids=[], text="Swimming tomorrow.")
        await schedule.schedule(uow.session, author, draft.id, tomorrow)
    told = await (await submit(client, f"/admin/members/{anna.id}/deactivate")).text()
    assert ("Anna De Smet is deactivated: no more access to the bot&#39;s features. Their "
            "scheduled announcement is stopped: a draft again, it will not go out.") in told
    assert await status_of(app, draft.id) == AnnouncementStatus.DRAFT
    with time_machine.travel(tomorrow, tick=False):
        assert await send_scheduled_announcements(app.sessions, app.runtime.bots,
                                                  app.runtime.translator) == 0
    told = await (await submit(client, f"/admin/members/{anna.id}/activate")).text()
    assert "✅ Anna De Smet is active again.</p>" in told  # nothing else to stop
