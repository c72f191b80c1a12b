"""An event's answers as the organiser hands them on: the CSV from the chat and from the
panel, in the language of whoever asks for it, with each family's classes and volunteer
slots, and the invited families who have not answered yet (whom to ask at the gate)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.events import service as events
from core.i18n import Translate
from core.members.audience import classes_cell, classes_of_families
from core.members.households import household_keys, households
from core.models import Answer, Event, EventSlot, SlotSignup
from core.spreadsheet import sheet


async def answers_csv(session: AsyncSession, event: Event, t: Translate) -> bytes:
    answered = await events.attendees(session, event)
    # One line per family yet to answer, as for those who answered: its parents together.
    silent = await households(session, await events.unanswered(session, event))
    member_ids = [line.member_id for line in answered] + [family[0].id for family in silent]
    classes = await classes_of_families(session, member_ids)
    slots = await family_slots(session, event, member_ids)

    def head(column: str) -> str:
        return t("events-csv-column", column=column)

    def value(kind: str) -> str:
        return t("events-csv-value", value=kind)

    rows: list[list] = [[head(column) for column in (
        "family", "classes", "answer", "waitlisted", "adults", "children", "slots")]]
    # People are counted for a yes only: a maybe or a no was never asked how many, and
    # numbers there would be added up with the rest in a spreadsheet.
    rows += [[line.name, classes_cell(t, classes.get(line.member_id, [])), value(line.answer),
              value("yes" if line.waitlisted else "no"),
              *((line.adults, line.children) if line.answer == Answer.YES else (None, None)),
              ", ".join(slots.get(line.member_id, []))] for line in answered]
    rows += [[" & ".join(parent.full_name for parent in family),
              classes_cell(t, classes.get(family[0].id, [])), value("none"),
              "", None, None, ", ".join(slots.get(family[0].id, []))] for family in silent]
    return sheet(rows)


async def family_slots(session: AsyncSession, event: Event, listed: list[int]
                       ) -> dict[int, list[str]]:
    """volunteer_slots, each on the line of its family: a parent not listed (their
    co-parent answered for the family) volunteers on their co-parent's line."""
    slots = await volunteer_slots(session, event)
    if not set(slots) - set(listed):
        return slots
    family = await household_keys(session, [*listed, *slots])
    line_of = {family[member_id]: member_id for member_id in reversed(listed)}
    order = list(await session.scalars(select(EventSlot.label).where(
        EventSlot.event_id == event.id).order_by(EventSlot.id)))
    merged: dict[int, list[str]] = {}
    for member_id, labels in slots.items():
        line = member_id if member_id in listed else line_of.get(family[member_id], member_id)
        merged.setdefault(line, []).extend(labels)
    return {line: sorted(set(labels), key=order.index) for line, labels in merged.items()}


async def volunteer_slots(session: AsyncSession, event: Event) -> dict[int, list[str]]:
    """The slot labels each member signed up for, in the event's slot order."""
    rows = await session.execute(
        select(SlotSignup.member_id, EventSlot.label)
        .join(EventSlot, EventSlot.id == SlotSignup.slot_id)
        .where(EventSlot.event_id == event.id).order_by(EventSlot.id))
    slots: dict[int, list[str]] = {}
    for member_id, label in rows:
        slots.setdefault(member_id, []).append(label)
    return slots
