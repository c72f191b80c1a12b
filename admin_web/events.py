"""Events: the school's events with their answers, an event's page (audience, who comes,
who has not answered, slots), creating one (the chat wizard's core service, invitations
through the outbox), changing its time or place (those who come are told, as from the
chat), cancelling one, and its calendar file."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import case, select

from admin_web.downloads import csv_attachment
from admin_web.event_form import change_values, read_change, read_draft, whole_number
from admin_web.form_fields import attempt, school_classes
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
from core.clock import utcnow
from core.errors import DomainError
from core.events import notices
from core.events import service as events
from core.events.calendar import to_ics
from core.events.export import answers_csv
from core.events.service import EventDraft
from core.folding import folded
from core.members.households import households
from core.models import Event, EventStatus, School
from core.schools import get_school
from handlers.events import rsvp_buttons

LIMITS = {"title": events.TITLE_MAX, "location": events.LOCATION_MAX,
          "description": events.DESCRIPTION_MAX, "capacity": events.MAX_CAPACITY}


async def school_event(request: web.Request) -> Event:
    """The event of the URL, if it is this school's; another school's is not found."""
    event = await request[DB].get(Event, number(request.match_info["event_id"]))
    if event is None or event.school_id != school_of(request):
        raise DomainError("events-not-found")
    return event


@aiohttp_jinja2.template("events.html")
async def events_list(request: web.Request) -> dict[str, object]:
    now = utcnow()
    query = select(Event).where(Event.school_id == school_of(request))
    sorting = Sorting.of(request, {"date": Event.starts_at, "title": folded(Event.title)},
                         default="date")
    if "sort" in request.query:
        query = sorting.apply(query)
    else:  # upcoming first, soonest first; then the past, latest first
        query = query.order_by(Event.starts_at < now,
                               case((Event.starts_at >= now, Event.starts_at)).asc(),
                               Event.starts_at.desc())
    rows, page, more = await paged(request, query.order_by(Event.id))
    tallies = await events.counts_by_event(request[DB], [event.id for event in rows])
    return context(request, rows=rows, tallies=tallies, sorting=sorting, page=page, more=more,
                   explicit_sort="sort" in request.query, now=now,
                   when=await school_clock(request))


@aiohttp_jinja2.template("event.html")
async def event_page(request: web.Request) -> dict[str, object]:
    return context(request, **await event_values(request, await school_event(request)))


def ensure_ahead(event: Event) -> None:
    """Only a planned event that has not begun yet can still be moved (a stale form)."""
    if event.status != EventStatus.ACTIVE:
        raise DomainError("events-cancelled")
    if event.starts_at <= utcnow():
        raise DomainError("admin-events-begun")


async def event_values(request: web.Request, event: Event) -> dict[str, object]:
    db = request[DB]
    class_ids = set(await events.audience_class_ids(db, event))
    audience = [c for c in await school_classes(db, event.school_id) if c.id in class_ids]
    school = await get_school(db, event.school_id)
    ahead = event.status == EventStatus.ACTIVE and event.starts_at > utcnow()
    return dict(event=event, audience=audience, tally=await events.counts(db, event),
                attendees=await events.attendees(db, event), taken=await events.taken(db, event),
                slots=await events.slots_of(db, event),
                unanswered=await households(db, await events.unanswered(db, event)),
                may_cancel=ahead, may_change=ahead, change=change_values(event, school.timezone),
                may_change_places=ahead, places=str(event.capacity or ""),
                errors=FormErrors(t_for(request)), zone=school.timezone, limits=LIMITS,
                when=await school_clock(request))


async def form_context(request: web.Request, values: dict[str, str], errors: FormErrors,
                       class_ids: list[int]) -> dict[str, object]:
    school = await get_school(request[DB], school_of(request))
    return {"values": values, "errors": errors, "chosen": set(class_ids), "limits": LIMITS,
            "classes": await school_classes(request[DB], school.id), "zone": school.timezone}


async def new_event_form(request: web.Request) -> web.Response:
    values = await form_context(request, {}, FormErrors(t_for(request)), [])
    return aiohttp_jinja2.render_template("event_new.html", request, context(request, **values))


async def create_event(request: web.Request) -> web.Response:
    """What the chat's /newevent does on "Create and invite", from a form."""
    db, organiser, form = request[DB], request[MEMBER], await request.post()
    school = await get_school(db, school_of(request))
    classes = await school_classes(db, school.id)
    errors = FormErrors(t_for(request))
    values, draft = read_draft(form, errors, school.timezone, utcnow(), {c.id for c in classes})
    if draft is None:
        chosen = [number(value) for value in form.getall("class_id", [])]
        raise invalid(request, "event_new.html",
                      await form_context(request, values, errors, chosen))
    if twin := await same_event(request, draft):  # a double click, or the form sent again
        raise done(request, "event", "exists", event_id=str(twin.id))
    event = await events.create_event(db, organiser, draft)
    invited = await notices.invite(db, event, rsvp_buttons)
    await audited(request, "create-event", f"event:{event.id}", {}, {
        "title": event.title, "starts_at": event.starts_at.isoformat(),
        "class_ids": draft.class_ids, "capacity": event.capacity, "invited": invited})
    raise done(request, "event", str(invited), event_id=str(event.id))


async def same_event(request: web.Request, draft: EventDraft) -> Event | None:
    """A planned event of the school with the draft's title, start and place: the same
    form sent twice would invite every family twice. The school's row is locked first, so
    two sends at once find each other (SQLite's transactions already take turns). FOR NO
    KEY UPDATE, as `lock_admins`: rows that name the school (an answer, a registration)
    are still written while the whole school's invitations are."""
    db, school_id = request[DB], school_of(request)
    await db.execute(select(School.id).where(School.id == school_id)
                     .with_for_update(key_share=True))
    return await db.scalar(select(Event).where(
        Event.school_id == school_id, Event.status == EventStatus.ACTIVE,
        Event.title == events.clean_title(draft.title), Event.starts_at == draft.starts_at,
        Event.location == draft.location.strip()[:events.LOCATION_MAX]).limit(1))


def schedule_of(event: Event) -> dict[str, object]:
    """What a change may move, for the audit trail."""
    return {"starts_at": event.starts_at.isoformat(),
            "ends_at": event.ends_at.isoformat() if event.ends_at else None,
            "rsvp_deadline": event.rsvp_deadline.isoformat() if event.rsvp_deadline else None,
            "location": event.location}


async def change_event(request: web.Request) -> web.Response:
    """Change the time or place as the chat's organiser tools do: those who answered yes or
    maybe are told in their language. The form sent back as it was changes nothing."""
    db, event = request[DB], await school_event(request)
    ensure_ahead(event)
    school = await get_school(db, event.school_id)
    errors = FormErrors(t_for(request))
    values, change = read_change(await request.post(), errors, event, school.timezone,
                                 utcnow())
    if change is None:
        raise invalid(request, "event.html", {**await event_values(request, event),
                                              "change": values, "errors": errors})
    if not change:
        raise done(request, "event", "unchanged", event_id=str(event.id))
    before = schedule_of(event)
    _, told = await notices.change_and_tell(db, request[MEMBER], event.id, rsvp_buttons,
                                            **change)
    await audited(request, "change-event", f"event:{event.id}", before,
                  {**schedule_of(event), "told": told.answered, "asked": told.asked,
                   "declined": told.declined})
    raise done(request, "event", f"changed:{told.answered}:{told.asked}:{told.declined}",
               event_id=str(event.id))


async def change_places(request: web.Request) -> web.Response:
    """A new number of places, as the chat's "Number of places", also for an event that
    had no limit; left empty, no limit. More (or none) confirm the waiting list in order
    (they are told); fewer than the places already taken is refused."""
    db, event = request[DB], await school_event(request)
    ensure_ahead(event)
    errors = FormErrors(t_for(request))
    typed = str((await request.post()).get("capacity", ""))
    capacity = attempt(errors, "capacity", whole_number, typed)
    before, confirmed = event.capacity, 0
    if not errors and capacity != before:
        try:
            _, confirmed = await notices.change_places_and_tell(db, request[MEMBER], event.id,
                                                                capacity)
        except DomainError as error:  # fewer than taken: said next to the field
            if error.message_id != "events-places-below-confirmed":
                raise
            errors.add("capacity", error.message_id, **error.args_for_message)
    if errors:
        raise invalid(request, "event.html", {**await event_values(request, event),
                                              "places": typed, "errors": errors})
    if capacity == before:
        raise done(request, "event", "places-unchanged", event_id=str(event.id))
    await audited(request, "change-places", f"event:{event.id}", {"capacity": before},
                  {"capacity": capacity, "confirmed": confirmed})
    shown = -1 if capacity is None else capacity  # as events-places-done says no limit
    raise done(request, "event", f"places:{shown}:{confirmed}", event_id=str(event.id))


async def cancel_event(request: web.Request) -> web.Response:
    """Cancel as the chat's organiser tools do: everyone it was for is told at once."""
    event = await school_event(request)
    if errors := await unconfirmed(request):  # every family is told at once: be sure
        raise invalid(request, "event.html", {**await event_values(request, event),
                                              "errors": errors})
    _, told = await notices.cancel_and_tell(request[DB], request[MEMBER], event.id)
    await audited(request, "cancel-event", f"event:{event.id}",
                  {"status": EventStatus.ACTIVE}, {"status": EventStatus.CANCELLED, "told": told})
    raise done(request, "event", f"cancelled:{told}", event_id=str(event.id))


async def event_ics(request: web.Request) -> web.Response:
    event = await school_event(request)
    school = await get_school(request[DB], event.school_id)
    return web.Response(body=to_ics(event, school.name), content_type="text/calendar",
                        headers={"Content-Disposition":
                                 f'attachment; filename="event-{event.id}.ics"'})


async def event_answers(request: web.Request) -> web.Response:
    """The same answers file as the chat's organiser tools, in the admin's language."""
    event = await school_event(request)
    return csv_attachment(await answers_csv(request[DB], event, t_for(request)),
                          f"event-{event.id}.csv")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/events", events_list, name="events")
    app.router.add_get("/events/new", new_event_form, name="event-new")
    app.router.add_post("/events/new", create_event, name="event-create")
    app.router.add_get("/events/{event_id:\\d+}", event_page, name="event")
    app.router.add_post("/events/{event_id:\\d+}/change", change_event, name="event-change")
    app.router.add_post("/events/{event_id:\\d+}/places", change_places, name="event-places")
    app.router.add_post("/events/{event_id:\\d+}/cancel", cancel_event, name="event-cancel")
    app.router.add_get("/events/{event_id:\\d+}.ics", event_ics, name="event-ics")
    app.router.add_get("/events/{event_id:\\d+}/answers.csv", event_answers,
                       name="event-answers")
