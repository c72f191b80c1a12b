"""A school's settings as its admin changes them: checked here, so that any screen that
edits them (today the panel) keeps the same rules."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import time

from core.errors import DomainError
from core.i18n import LOCALES
from core.models import MODULES, School

MAX_REMINDER_HOURS = 14 * 24  # two weeks ahead is the furthest reminder that helps


@dataclass(frozen=True)
class SchoolSettings:
    name: str
    default_locale: str
    approval_required: bool
    quiet_start: time
    quiet_end: time
    reminder_hours: tuple[int, ...]
    modules: frozenset[str]

    @classmethod
    def of(cls, school: School) -> SchoolSettings:
        return cls(name=school.name, default_locale=school.default_locale,
                   approval_required=school.approval_required,
                   quiet_start=school.quiet_start, quiet_end=school.quiet_end,
                   reminder_hours=tuple(school.reminder_offsets),
                   modules=frozenset(m for m in MODULES if school.module_enabled(m)))

    def as_record(self) -> dict[str, object]:
        """For the audit log: plain JSON values."""
        record = asdict(self)
        record.update(quiet_start=f"{self.quiet_start:%H:%M}", quiet_end=f"{self.quiet_end:%H:%M}",
                      reminder_hours=list(self.reminder_hours), modules=sorted(self.modules))
        return record


def check(settings: SchoolSettings) -> None:
    if not settings.name.strip() or len(settings.name) > 200:
        raise DomainError("settings-name-invalid")
    if settings.default_locale not in LOCALES:
        raise DomainError("settings-locale-invalid")
    if not all(1 <= hours <= MAX_REMINDER_HOURS for hours in settings.reminder_hours):
        raise DomainError("settings-reminders-invalid", most=MAX_REMINDER_HOURS)
    if not settings.modules <= set(MODULES):
        raise DomainError("settings-module-invalid")


def apply(school: School, settings: SchoolSettings) -> None:
    """Quiet hours equal at both ends mean no quiet hours."""
    check(settings)
    school.name = settings.name.strip()
    school.default_locale = settings.default_locale
    school.approval_required = settings.approval_required
    school.quiet_start, school.quiet_end = settings.quiet_start, settings.quiet_end
    school.event_reminder_hours = ",".join(str(h) for h in sorted(set(settings.reminder_hours),
                                                                   reverse=True))
    for module in MODULES:
        setattr(school, f"{module}_enabled", module in settings.modules)
