from datetime import time

from sqlalchemy import ForeignKey, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, CreatedAt

MODULES = ("sel", "events", "orders", "announcements")
CLASS_CODES = ("M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6")


class School(CreatedAt, Base):
    __tablename__ = "schools"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    default_locale: Mapped[str] = mapped_column(String(5), default="fr")
    approval_required: Mapped[bool] = mapped_column(default=False)
    quiet_start: Mapped[time] = mapped_column(default=time(21, 0))
    quiet_end: Mapped[time] = mapped_column(default=time(8, 0))
    school_year: Mapped[str] = mapped_column(String(9))
    sel_min_balance: Mapped[int] = mapped_column(default=-300)
    sel_max_balance: Mapped[int] = mapped_column(default=600)
    sel_opening_balance: Mapped[int] = mapped_column(default=120)
    event_reminder_hours: Mapped[str] = mapped_column(String(32), default="24,2")
    # Modules an admin can switch off for the school (the bot then hides them).
    sel_enabled: Mapped[bool] = mapped_column(default=True, server_default=true())
    events_enabled: Mapped[bool] = mapped_column(default=True, server_default=true())
    orders_enabled: Mapped[bool] = mapped_column(default=True, server_default=true())
    announcements_enabled: Mapped[bool] = mapped_column(default=True, server_default=true())

    def module_enabled(self, module: str) -> bool:
        return bool(getattr(self, f"{module}_enabled"))

    @property
    def reminder_offsets(self) -> list[int]:
        """Hours before an event's start at which those coming are reminded."""
        return sorted({int(h) for h in self.event_reminder_hours.split(",") if h.strip()},
                      reverse=True)


class SchoolClass(Base):
    __tablename__ = "school_classes"
    __table_args__ = (UniqueConstraint("school_id", "school_year", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    code: Mapped[str] = mapped_column(String(8))
    school_year: Mapped[str] = mapped_column(String(9))

    @property
    def sort_key(self) -> int:
        return CLASS_CODES.index(self.code) if self.code in CLASS_CODES else len(CLASS_CODES)
