"""Announcements: those sent, with their delivery figures, and the admin's drafts
(composing one: announcement_drafts.py); an announcement's page whose figures and
progress bar follow delivery live (static/progress.js polls progress.json), from which
the admin reminds those who have not read it or stops what is still waiting, as its
author can from the chat."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import select

from admin_web.moments import school_clock
from admin_web.render import (
    FormErrors,
    Sorting,
    audited,
    context,
    done,
    invalid,
    number,
    paged,
    school_of,
    t_for,
    unconfirmed,
)
from admin_web.security import DB, MEMBER
from core.announcements import schedule
from core.announcements import service as announcements
from core.errors import DomainError
from core.folding import fold, folded
from core.members.service import children_by_member
from core.models import (
    Announcement,
    AnnouncementClass,
    AnnouncementStatus,
    Attachment,
    Member,
    SchoolClass,
)
from handlers.announcements import read_buttons

UNREAD_SHOWN = 100


async def school_announcement(request: web.Request) -> Announcement:
    """The announcement of the URL, if this school sent it; else not found."""
    announcement = await request[DB].get(Announcement,
                                         number(request.match_info["announcement_id"]))
    if announcement is None or announcement.school_id != school_of(request) \
            or announcement.status in AnnouncementStatus.UNSENT:
        raise DomainError("announcements-not-found")
    return announcement


async def class_codes(request: web.Request, ids: list[int]) -> dict[int, list[str]]:
    """Each announcement's classes, for the audience column."""
    codes: dict[int, list[str]] = {announcement_id: [] for announcement_id in ids}
    for announcement_id, code in await request[DB].execute(
            select(AnnouncementClass.announcement_id, SchoolClass.code)
            .join(SchoolClass, SchoolClass.id == AnnouncementClass.class_id)
            .where(AnnouncementClass.announcement_id.in_(ids)).order_by(SchoolClass.code)):
        codes[announcement_id].append(code)
    return codes


@aiohttp_jinja2.template("announcements.html")
async def announcements_list(request: web.Request) -> dict[str, object]:
    query = (select(Announcement, Member).join(Member, Member.id == Announcement.author_id)
             .where(Announcement.school_id == school_of(request),
                    Announcement.status.not_in(AnnouncementStatus.UNSENT)))
    sorting = Sorting.of(request, {"date": Announcement.queued_at,
                                   "author": folded(Member.last_name)},
                         default="date", descending=True)
    rows, page, more = await paged(request, sorting.apply(query).order_by(Announcement.id.desc()))
    sent = [announcement for announcement, _ in rows]
    drafts = await announcements.drafts_of(request[DB], request[MEMBER])
    # the admin's own, as drafts are: each with its time, and its schedule to cancel
    scheduled = await schedule.scheduled_of(request[DB], request[MEMBER])
    return context(request, rows=rows, page=page, more=more, sorting=sorting, drafts=drafts,
                   scheduled=scheduled,
                   figures=await announcements.figures_by_announcement(request[DB], sent),
                   classes=await class_codes(request, [a.id for a in sent + drafts + scheduled]),
                   when=await school_clock(request))


@aiohttp_jinja2.template("announcement.html")
async def announcement_page(request: web.Request) -> dict[str, object]:
    own = await request[DB].get(Announcement, number(request.match_info["announcement_id"]))
    if own is not None and own.status in AnnouncementStatus.UNSENT \
            and own.author_id == request[MEMBER].id:  # not sent yet: its preview
        raise done(request, "announcement-preview", announcement_id=str(own.id))
    return context(request, **await page_values(request, await school_announcement(request)))


async def page_values(request: web.Request, announcement: Announcement) -> dict[str, object]:
    db = request[DB]
    attachment = (await db.get(Attachment, announcement.attachment_id)
                  if announcement.attachment_id else None)
    sending = announcement.status == AnnouncementStatus.QUEUED
    # a poll's: those who have not answered (core.announcements.polls)
    not_read = await announcements.unread(db, announcement) if sending else []
    waiting = await announcements.waiting(db, announcement) if sending else 0
    # by name, co-parents together (reps or admins one by one), the first ones only: a
    # whole school's list would drown the page
    families = await announcements.families_of(db, announcement, sorted(
        not_read, key=lambda m: (fold(m.last_name), fold(m.first_name))))
    unread = len(families)
    shown = families[:UNREAD_SHOWN]
    children = await children_by_member(db, [m.id for family in shown for m in family])
    return dict(announcement=announcement,
                author=await db.get_one(Member, announcement.author_id),
                # the text as written, then each version, as families receive them
                versions=sorted(announcement.texts.items(),
                                key=lambda item: item[0] != announcement.original_locale),
                classes=(await class_codes(request, [announcement.id]))[announcement.id],
                attachment=attachment,
                figures=(figures := await announcements.figures(db, announcement)),
                # a poll's families (people) per choice
                tally=list(zip(figures.choices, figures.answers, strict=True)),
                unread=unread, waiting=waiting, errors=FormErrors(t_for(request)),
                who=announcements.counted_as(announcement),
                # each family once: its parents, then its children (shared ones once)
                unread_shown=[(family, list({child.id: (child, klass) for member in family
                                             for child, klass in children.get(member.id, [])
                                             }.values())) for family in shown],
                # a reminder while the first messages still wait would reach them twice
                may_remind=unread > 0 and waiting == 0, may_stop=waiting > 0,
                when=await school_clock(request))


async def progress(request: web.Request) -> web.Response:
    """The live figures: the same counting as the author's status message in the chat.
    A poll's also carry its tally's sentence in the admin's language ("answered_text",
    as the page words it) and whether it still takes answers ("open": the page keeps
    following them once delivery is over)."""
    announcement = await school_announcement(request)
    figures = await announcements.figures(request[DB], announcement)
    live = {**figures.as_dict(), "percent": figures.percent_done,
            "finished": figures.queued == 0}
    if figures.choices:
        live["answered_text"] = t_for(request)(
            "admin-announcements-poll-answered", answered=figures.answered,
            families=figures.families, who=figures.who)
        live["open"] = announcement.status == AnnouncementStatus.QUEUED
    return web.json_response(live)


async def remind(request: web.Request) -> web.Response:
    """The chat's "Re-send": those who have not read it receive it again, from its author.
    The form carries the reminders already sent, so a double submit reminds once."""
    announcement = await school_announcement(request)
    seen = number((await request.post()).get("round"), -1)
    reminded = await announcements.resend_to_unread(request[DB], request[MEMBER],
                                                    announcement.id, read_buttons,
                                                    seen_rounds=seen)
    if not reminded:  # everyone read (answered) it since the page was shown: undone
        raise DomainError("admin-announcements-poll-all-answered" if announcement.choices
                          else "admin-announcements-all-read")
    await audited(request, "remind-announcement", f"announcement:{announcement.id}",
                  {"resends": seen}, {"resends": announcement.resends, "reminded": reminded})
    raise done(request, "announcement", f"reminded:{reminded}",
               announcement_id=str(announcement.id))


async def stop(request: web.Request) -> web.Response:
    """The chat's "Stop sending": what is still waiting is not sent. It cannot be undone,
    so the "I am sure" box must be ticked."""
    announcement = await school_announcement(request)
    if errors := await unconfirmed(request):
        raise invalid(request, "announcement.html", {**await page_values(request, announcement),
                                                     "errors": errors})
    held = await announcements.cancel(request[DB], request[MEMBER], announcement.id)
    await audited(request, "stop-announcement", f"announcement:{announcement.id}",
                  {"status": AnnouncementStatus.QUEUED},
                  {"status": AnnouncementStatus.CANCELLED, "held": held})
    raise done(request, "announcement", f"stopped:{held}", announcement_id=str(announcement.id))


def add_routes(app: web.Application) -> None:
    app.router.add_get("/announcements", announcements_list, name="announcements")
    app.router.add_get("/announcements/{announcement_id:\\d+}", announcement_page,
                       name="announcement")
    app.router.add_get("/announcements/{announcement_id:\\d+}/progress.json", progress,
                       name="announcement-progress")
    app.router.add_post("/announcements/{announcement_id:\\d+}/remind", remind,
                        name="announcement-remind")
    app.router.add_post("/announcements/{announcement_id:\\d+}/stop", stop,
                        name="announcement-stop")
