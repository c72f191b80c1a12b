"""Settings of the school: modules, quiet hours, approval, default language, reminders."""

from __future__ import annotations

from datetime import time

import aiohttp_jinja2
from aiohttp import web
from multidict import MultiDictProxy

from admin_web.render import FormErrors, audited, context, done, invalid, school_of, t_for
from admin_web.security import DB
from core.i18n import LOCALES
from core.models import MODULES
from core.schools import get_school
from core.schools.settings import MAX_REMINDER_HOURS, SchoolSettings, apply


def form_values(settings: SchoolSettings) -> dict[str, object]:
    return {"name": settings.name, "default_locale": settings.default_locale,
            "approval_required": settings.approval_required,
            "quiet_start": f"{settings.quiet_start:%H:%M}",
            "quiet_end": f"{settings.quiet_end:%H:%M}",
            "reminder_hours": ", ".join(str(h) for h in settings.reminder_hours),
            "modules": settings.modules}


def page_values(request: web.Request, form: dict[str, object],
                errors: FormErrors | None = None) -> dict[str, object]:
    return {"form": form, "errors": errors or FormErrors(t_for(request)), "locales": LOCALES,
            "modules": MODULES, "most": MAX_REMINDER_HOURS}


@aiohttp_jinja2.template("settings.html")
async def show(request: web.Request) -> dict[str, object]:
    school = await get_school(request[DB], school_of(request))
    return context(request, **page_values(request, form_values(SchoolSettings.of(school))))


def parse_time(text: str) -> time | None:
    hours, _, minutes = text.strip().replace("h", ":").partition(":")
    if not (hours.isdecimal() and (minutes or "0").isdecimal()):
        return None
    hour, minute = int(hours), int(minutes or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def parse(form: MultiDictProxy, errors: FormErrors) -> SchoolSettings | None:
    name = str(form.get("name", "")).strip()
    if not name or len(name) > 200:
        errors.add("name", "settings-name-invalid")
    locale = str(form.get("default_locale", ""))
    if locale not in LOCALES:
        errors.add("default_locale", "settings-locale-invalid")
    quiet = {}
    for end in ("quiet_start", "quiet_end"):
        quiet[end] = parse_time(str(form.get(end, "")))
        if quiet[end] is None:
            errors.add(end, "settings-time-invalid")
    parts = [part.strip() for part in str(form.get("reminder_hours", "")).split(",")]
    hours = tuple(int(part) for part in parts if part.isdecimal() and len(part) < 5)
    if len(hours) != len([part for part in parts if part]) or not all(
            1 <= h <= MAX_REMINDER_HOURS for h in hours):
        errors.add("reminder_hours", "settings-reminders-invalid", most=MAX_REMINDER_HOURS)
    if errors:
        return None
    return SchoolSettings(name=name, default_locale=locale,
                          approval_required=form.get("approval_required") == "on",
                          quiet_start=quiet["quiet_start"], quiet_end=quiet["quiet_end"],
                          reminder_hours=hours,
                          modules=frozenset(m for m in MODULES if form.get(f"module_{m}") == "on"))


async def save(request: web.Request) -> web.Response:
    form = await request.post()
    errors = FormErrors(t_for(request))
    settings = parse(form, errors)
    if settings is None:
        values = dict(form) | {"modules": {m for m in MODULES if form.get(f"module_{m}")},
                               "approval_required": form.get("approval_required") == "on"}
        raise invalid(request, "settings.html", page_values(request, values, errors))
    school = await get_school(request[DB], school_of(request))
    before = SchoolSettings.of(school)
    apply(school, settings)
    await audited(request, "settings", f"school:{school.id}", before.as_record(),
                  settings.as_record())
    raise done(request, "settings", "saved")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/settings", show, name="settings")
    app.router.add_post("/settings", save, name="settings-post")
