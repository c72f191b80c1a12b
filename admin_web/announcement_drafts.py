"""Composing an announcement, as the chat's /announce does: the form writes a draft (text,
versions per language, audience, urgency, file, a quick poll's choices), the preview shows
what each family will read, with its buttons, and how many families and people it
reaches, and only "Send now" queues it, or "Schedule" (a time in "Send at", as the chat's
🕒 Send later: core/announcements/schedule.py) queues it then. The author may edit or
discard the draft until then; a scheduled one is shown with its time, to send now or to
make a draft again ("Cancel schedule"); a sent one is refused as such (a stale page)."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import select

from admin_web.announcement_form import AUDIENCES, Composed, other_locales, read_announcement
from admin_web.announcements import class_codes
from admin_web.form_fields import attempt, school_classes
from admin_web.moments import school_clock
from admin_web.render import (
    FormErrors,
    audited,
    context,
    done,
    invalid,
    number,
    school_of,
    t_for,
    unconfirmed,
)
from admin_web.security import DB, MEMBER
from bot.channels.base import Button
from bot.channels.whatsapp.render import goes_as_list
from bot.channels.whatsapp.session import LIST_LABEL
from core import attachments
from core.announcements import polls, schedule
from core.announcements import service as announcements
from core.clock import utcnow
from core.errors import DomainError
from core.i18n import LOCALES, translator
from core.models import Announcement, AnnouncementClass, AnnouncementStatus, Attachment
from core.quiet import is_quiet
from core.schools import get_school
from handlers.announcements import read_buttons

FORM = "announcement_form.html"


async def form_values(request: web.Request, values: dict[str, str], errors: FormErrors,
                      chosen: list[int], draft: Announcement | None = None
                      ) -> dict[str, object]:
    t = t_for(request)
    audiences = [(kind, t(f"admin-announcements-audience-{kind}")) for kind in AUDIENCES]
    author = request[MEMBER]
    return {"values": values, "errors": errors, "chosen": set(chosen), "audiences": audiences,
            "own_locale": author.locale, "other_locales": other_locales(author),
            "classes": await school_classes(request[DB], school_of(request)),
            "text_max": announcements.TEXT_MAX, "draft": draft,
            "choices_min": polls.CHOICES_MIN, "choices_max": polls.CHOICES_MAX,
            "choice_max": polls.CHOICE_MAX,
            "current_file": await attachment_of(request, draft) if draft else None,
            "file_max": attachments.MAX_BYTES // (1024 * 1024)}


async def attachment_of(request: web.Request, draft: Announcement) -> Attachment | None:
    return (await request[DB].get(Attachment, draft.attachment_id)
            if draft.attachment_id else None)


async def own_draft(request: web.Request) -> Announcement:
    """The draft of the URL if it is the logged-in admin's; another's is not found."""
    return await announcements.draft(request[DB], request[MEMBER],
                                     number(request.match_info["announcement_id"]))


async def chosen_classes(request: web.Request, draft: Announcement) -> list[int]:
    return list(await request[DB].scalars(select(AnnouncementClass.class_id).where(
        AnnouncementClass.announcement_id == draft.id)))


async def compose_form(request: web.Request) -> web.Response:
    values = await form_values(request, {"audience": AUDIENCES[0]}, FormErrors(t_for(request)),
                               [])
    return aiohttp_jinja2.render_template(FORM, request, context(request, **values))


async def edit_form(request: web.Request) -> web.Response:
    """The form again with everything the draft holds (a file cannot be put back in a
    file field: its name is shown, and the admin may keep, replace or remove it)."""
    draft = await own_draft(request)
    values = {"text": draft.texts[draft.original_locale], "audience": draft.audience,
              "urgent": "on" if draft.urgent else "", "choices": "\n".join(draft.choices or ())}
    values |= {f"text_{code}": draft.texts.get(code, "")
               for code in other_locales(request[MEMBER])}
    page = await form_values(request, values, FormErrors(t_for(request)),
                             await chosen_classes(request, draft), draft)
    return aiohttp_jinja2.render_template(FORM, request, context(request, **page))


async def read_form(request: web.Request, draft: Announcement | None) -> Composed:
    """What the form holds, or the form again with its errors (400, nothing written)."""
    form = await request.post()
    errors = FormErrors(t_for(request))
    allowed = {c.id for c in await school_classes(request[DB], school_of(request))}
    values, composed = read_announcement(form, errors, request[MEMBER], allowed)
    if composed is None:
        chosen = [number(value) for value in form.getall("class_id", [])]
        raise invalid(request, FORM, await form_values(request, values, errors, chosen, draft))
    return composed


async def stored_file(request: web.Request, composed: Composed) -> int | None:
    if composed.upload is None:
        return None
    return (await attachments.store(request[DB], school_of(request), composed.upload,
                                    composed.data)).id


async def create_draft(request: web.Request) -> web.Response:
    """The chat's /announce up to its preview: the text in the admin's language, and a
    version for each other language the admin filled in."""
    composed = await read_form(request, None)
    db, author = request[DB], request[MEMBER]
    draft = await announcements.create(db, author, audience=composed.audience,
                                       class_ids=composed.class_ids, text=composed.text,
                                       urgent=composed.urgent,
                                       attachment_id=await stored_file(request, composed))
    for locale, text in composed.versions.items():
        await announcements.add_version(db, author, draft.id, locale, text)
    if composed.choices:
        await polls.set_choices(db, author, draft.id, composed.choices)
    raise done(request, "announcement-preview", announcement_id=str(draft.id))


async def save_draft(request: web.Request) -> web.Response:
    draft = await own_draft(request)
    composed = await read_form(request, draft)
    keep = None if "remove_file" in await request.post() else draft.attachment_id
    await announcements.revise(request[DB], request[MEMBER], draft.id,
                               audience=composed.audience, class_ids=composed.class_ids,
                               text=composed.text, versions=composed.versions,
                               urgent=composed.urgent,
                               attachment_id=await stored_file(request, composed) or keep)
    # the field emptied: a plain announcement again
    await polls.set_choices(request[DB], request[MEMBER], draft.id, composed.choices)
    raise done(request, "announcement-preview", announcement_id=str(draft.id))


async def preview_values(request: web.Request, draft: Announcement) -> dict[str, object]:
    """What families will read, one card per language read by its audience or written by
    the author: the message as the chat shows it (author line, urgency) and its buttons
    (a poll's choices instead of 👍 Read), in that language, with how many people read
    it."""
    db, author = request[DB], request[MEMBER]
    reach = await announcements.reach(db, draft)
    urgent = "yes" if draft.urgent else "no"
    cards = [{"locale": code, "count": reach.by_locale.get(code, 0),
              "translated": code in draft.texts,
              "message": translator().for_locale(code)(
                  "announcements-message", author=author.full_name, urgent=urgent,
                  text=announcements.text_for(draft, code)),
              "buttons": (labels := button_labels(draft, code)),
              # WhatsApp's own rule: a poll's choices may come as a list, not buttons
              "whatsapp_list": bool(draft.choices) and goes_as_list(
                  [Button(label, "") for row in labels for label in row])}
             for code in sorted(LOCALES, key=lambda code: code != draft.original_locale)
             if code in draft.texts or code in reach.by_locale]
    school = await get_school(db, draft.school_id)
    return dict(draft=draft, reach=reach, cards=cards, list_label=LIST_LABEL,
                classes=(await class_codes(request, [draft.id]))[draft.id],
                attachment=await attachment_of(request, draft),
                errors=FormErrors(t_for(request)),
                scheduled=draft.status == AnnouncementStatus.SCHEDULED,
                # a time inside the quiet hours is said: families get it then all the same
                quiet=schedule.in_quiet_hours(school, draft),
                send_at_value="", timezone=school.timezone, ahead=schedule.AHEAD.days,
                when=await school_clock(request))


def button_labels(draft: Announcement, locale: str) -> list[list[str]]:
    """The buttons under each family's copy, as the chat draws them, row by row."""
    t = translator().for_locale(locale)
    return [[t(button.label_id, **(button.args or {})) for button in row]
            for row in read_buttons(draft)]


@aiohttp_jinja2.template("announcement_preview.html")
async def preview(request: web.Request) -> dict[str, object]:
    try:
        draft = await own_draft(request)
    except DomainError as error:  # sent since (another tab, the chat): show it as sent
        if error.message_id == "announcements-schedule-is-set":  # its time and buttons
            draft = await announcements.own_draft(
                request[DB], request[MEMBER], number(request.match_info["announcement_id"]))
            return context(request, **await preview_values(request, draft))
        if error.message_id != "announcements-already-sent":
            raise
        raise done(request, "announcement",
                   announcement_id=request.match_info["announcement_id"]) from error
    return context(request, **await preview_values(request, draft))


async def send(request: web.Request) -> web.Response:
    """The chat's "Send", from the preview: core refuses a draft already sent, so a
    double submit sends once."""
    db, author = request[DB], request[MEMBER]
    announcement_id = number(request.match_info["announcement_id"])
    own = await announcements.own_draft(db, author, announcement_id)
    if own.status == AnnouncementStatus.SCHEDULED:  # its "Send now": not waiting any more
        count = await schedule.send_now(db, author, announcement_id, read_buttons)
    else:
        count = await announcements.send(db, author, announcement_id, read_buttons)
    sent = await db.get_one(Announcement, announcement_id)
    attachment = await attachment_of(request, sent)
    await audited(request, "send-announcement", f"announcement:{sent.id}", {}, {
        "audience": sent.audience, "class_ids": await chosen_classes(request, sent),
        "urgent": sent.urgent, "recipients": count,
        "versions": sorted(code for code in sent.texts if code != sent.original_locale),
        "attachment": attachment.filename if attachment else None,
        **({"choices": sent.choices} if sent.choices else {})})
    # the families it goes to (people, for reps or admins), as the page counts them
    families = (await announcements.reach(db, sent)).families
    raise done(request, "announcement", str(families), announcement_id=str(sent.id))


async def schedule_draft(request: web.Request) -> web.Response:
    """The chat's 🕒 Send later: the draft goes out at the time in "Send at" (the school's
    clock), with the checks of "Send now"; a time missing, past or too far is shown next
    to the field, and nothing is saved."""
    draft = await own_draft(request)
    db = request[DB]
    school = await get_school(db, draft.school_id)
    typed = str((await request.post()).get("send_at", "")).strip()
    errors = FormErrors(t_for(request))
    # the browser's datetime-local ("2026-11-23T07:00"), as the chat's parser reads it
    send_at = attempt(errors, "send_at", schedule.when_to_send, typed.replace("T", " "),
                      school.timezone, utcnow())
    if send_at is None:
        raise invalid(request, "announcement_preview.html", {
            **await preview_values(request, draft), "errors": errors, "send_at_value": typed})
    await schedule.schedule(db, request[MEMBER], draft.id, send_at)
    await audited(request, "schedule-announcement", f"announcement:{draft.id}", {},
                  {"send_at": send_at.isoformat(), "quiet": is_quiet(school, send_at)})
    raise done(request, "announcement-preview", "scheduled", announcement_id=str(draft.id))


async def unschedule(request: web.Request) -> web.Response:
    """"Cancel schedule": a draft again, to edit, send or schedule anew. A second submit
    (or one sent out since) is refused as such: nothing changes."""
    announcement_id = number(request.match_info["announcement_id"])
    before = await schedule.scheduled(request[DB], request[MEMBER], announcement_id)
    send_at = before.send_at.isoformat()
    await schedule.unschedule(request[DB], request[MEMBER], announcement_id)
    await audited(request, "unschedule-announcement", f"announcement:{announcement_id}",
                  {"send_at": send_at}, {"status": AnnouncementStatus.DRAFT})
    raise done(request, "announcement-preview", "unscheduled",
               announcement_id=str(announcement_id))


async def discard(request: web.Request) -> web.Response:
    """Throw the draft away: what was typed is lost, so the "I am sure" box must be
    ticked."""
    draft = await own_draft(request)
    if errors := await unconfirmed(request):
        raise invalid(request, "announcement_preview.html",
                      {**await preview_values(request, draft), "errors": errors})
    await announcements.discard(request[DB], request[MEMBER], draft.id)
    raise done(request, "announcements", "discarded")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/announcements/new", compose_form, name="announcement-new")
    app.router.add_post("/announcements/new", create_draft, name="announcement-create")
    draft = "/announcements/{announcement_id:\\d+}"
    app.router.add_get(f"{draft}/preview", preview, name="announcement-preview")
    app.router.add_get(f"{draft}/edit", edit_form, name="announcement-edit")
    app.router.add_post(f"{draft}/edit", save_draft, name="announcement-save")
    app.router.add_post(f"{draft}/send", send, name="announcement-send")
    app.router.add_post(f"{draft}/discard", discard, name="announcement-discard")
    app.router.add_post(f"{draft}/schedule", schedule_draft, name="announcement-schedule")
    app.router.add_post(f"{draft}/unschedule", unschedule, name="announcement-unschedule")
