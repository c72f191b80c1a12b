"""Events in the chat: /events (list, detail, RSVP, slots, calendar file), /newevent
(organisers' wizard, then the invitation to the audience), and organiser tools
(attendees and a reminder to those yet to answer, CSV, change time or place, number of
places, cancel)."""

from __future__ import annotations

import os
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of
from core.clock import utcnow
from core.errors import DomainError
from core.events import notices
from core.events import service as events
from core.events.calendar import to_ics
from core.events.dates import parse_span, parse_when
from core.events.export import answers_csv
from core.events.service import EventDraft, SlotDraft
from core.i18n import LOCALES, Translate, format_short_day, format_span, listed, translator
from core.members.audience import check_classes_ticked, organiser_classes
from core.members.households import households
from core.models import Answer, Event, Member, Rsvp
from core.outbox import Button, optional_arg
from core.schools import classes_of, get_school
from handlers.answer_lines import with_answer_line
from handlers.calendar import subscribe_button
from handlers.filters import TYPED
from handlers.keyboards import (
    ButtonData,
    Keyboard,
    answer_with_menu,
    ask_for_audience,
    buttons,
    cancel_to_menu,
    class_label,
    end_step,
    took_only_class,
)
from handlers.words import Said, intents_of


class EventCb(ButtonData, prefix="ev"):
    action: str
    event_id: int


class RsvpCb(ButtonData, prefix="rsvp"):
    event_id: int
    answer: str
    adults: int = -1  # -1: not asked yet
    children: int = -1


class SlotCb(ButtonData, prefix="slot"):
    slot_id: int
    join: bool  # what the button offered: a second tap must not undo the first


class WizardCb(ButtonData, prefix="evw"):
    action: str
    value: int = 0


class NewEvent(StatesGroup):
    title = State()
    when = State()
    location = State()
    description = State()
    audience = State()
    capacity = State()
    headcount = State()
    deadline = State()
    slots = State()
    confirm = State()


class Headcount(StatesGroup):
    """Typing how many come, when the buttons do not go far enough."""

    adults = State()
    children = State()


class ChangeEvent(StatesGroup):
    when = State()
    place = State()
    places = State()


def rsvp_buttons(event: Event) -> list[list[Button]]:
    """The invitation's answer buttons, for the outbox (labels are Fluent ids)."""
    return [[Button(f"events-answer-{a}", RsvpCb(event_id=event.id, answer=a).pack())
             for a in (Answer.YES, Answer.MAYBE, Answer.NO)]]


async def typed_answer_hint(message: Message, member: Member, session: AsyncSession,
                            t: Translate) -> bool:
    """"oui" typed (not tapped) while an invitation waits for the family's answer: its
    answer buttons again, the event named. Typing is not answering: the word may have
    meant something else, and which event is only a guess. False when none waits."""
    if not intents_of(message.text) & {"yes", "no"}:
        return False
    school = await get_school(session, member.school_id)
    if not school.module_enabled("events"):
        return False
    waiting = [event for event, rsvp in await events.upcoming_for(session, member)
               if rsvp is None and events.answers_open(event) and not events.is_on(event)]
    if not waiting:
        return False
    event = waiting[0]
    await message.answer(
        t("events-typed-answer", title=event.title, others=len(waiting) - 1,
          when=await when_text(session, t, member, event.starts_at, event.ends_at)),
        reply_markup=buttons(*((t(f"events-answer-{a}"), RsvpCb(event_id=event.id, answer=a))
                               for a in (Answer.YES, Answer.MAYBE, Answer.NO)), width=3))
    return True


def cannot_come_button(event: Event) -> list[list[Button]]:
    """Under a reminder: one tap to say no, which frees the place for the waiting list."""
    return [[Button("events-cannot-come", RsvpCb(event_id=event.id, answer=Answer.NO).pack())]]


async def when_text(session: AsyncSession, t: Translate, member: Member,
                    moment: datetime, until: datetime | None = None) -> str:
    """A moment, or an event's start and end, on the school's clock."""
    school = await get_school(session, member.school_id)
    return format_span(t.locale, moment, until, school.timezone)


# Listing and detail -------------------------------------------------------------------------

async def show_events(message: Message, member: Member, session: AsyncSession,
                      state: FSMContext, t: Translate) -> None:
    await state.clear()
    upcoming = await events.upcoming_for(session, member)
    if not upcoming:
        await answer_with_menu(message, member, session, t, t("events-none"))  # what next
        return
    builder = Keyboard()
    for event, rsvp in upcoming:
        answer_ = "none" if rsvp is None else ("waitlisted" if rsvp.waitlisted else rsvp.answer)
        mark = t(f"events-mark-{answer_}")
        # The title first: a WhatsApp list row shows only its first 24 characters.
        label = f"{mark} {event.title} · {await list_when(session, t, member, event)}"
        builder.button(text=label[:64], callback_data=EventCb(action="view", event_id=event.id))
    label, subscribe = subscribe_button(t)  # the calendar feed (handlers/calendar.py)
    builder.button(text=label, callback_data=subscribe)
    builder.adjust(1)
    await message.answer(t("events-list"), reply_markup=builder.as_markup())


async def list_when(session: AsyncSession, t: Translate, member: Member, event: Event) -> str:
    """An event's start in the list of events; one that ends on another day (a camp)
    says so, with that day: "Fri 20 Mar 2026, 20:00 → Sat 21 Mar"."""
    school = await get_school(session, member.school_id)
    start = format_span(t.locale, event.starts_at, None, school.timezone)
    zone = ZoneInfo(school.timezone)
    if event.ends_at is None \
            or event.ends_at.astimezone(zone).date() == event.starts_at.astimezone(zone).date():
        return start
    return f"{start} → {format_short_day(t.locale, event.ends_at, school.timezone)}"


async def show_event(message: Message, member: Member, event: Event, session: AsyncSession,
                     t: Translate) -> None:
    text, markup = await event_page(member, event, session, t)
    await message.answer(text, reply_markup=markup)


async def event_page(member: Member, event: Event, session: AsyncSession, t: Translate
                     ) -> tuple[str, InlineKeyboardMarkup | None]:
    """An event's page for the member: when, where, counts, their family's answer (and
    who gave it, when it was the other parent), with the buttons to answer, help and, for
    its organisers, manage it."""
    tally = await events.counts(session, event)
    rsvp = await events.family_answer(session, event, member)
    places = event.capacity - await events.taken(session, event) if event.capacity else -1
    mine = "none" if rsvp is None else ("waitlisted" if rsvp.waitlisted else rsvp.answer)
    text = t("events-card", title=event.title,
             when=await when_text(session, t, member, event.starts_at, event.ends_at),
             **optional_arg("location", event.location),
             **optional_arg("description", event.description),
             yes=tally.yes, coming=people_coming(event, tally), maybe=tally.maybe,
             no=tally.no, places=places, waiting=tally.waitlisted, mine=mine,
             **people_arg(t, event, rsvp),
             position=await events.waiting_position(session, event, rsvp))
    if rsvp is not None and rsvp.member_id != member.id:  # the other parent answered
        parent = await session.get_one(Member, rsvp.member_id)
        text += "\n" + t("events-answered-by", name=parent.full_name)
    if events.is_on(event):  # at the door: no more answers; who comes, for its organisers
        actions = ("attendees", "csv") if await events.may_manage(session, member, event) else ()
        markup = buttons(*((t(f"events-action-{action}"),
                            EventCb(action=action, event_id=event.id)) for action in actions))
        return t("events-on-now") + "\n" + text, markup if actions else None
    builder = Keyboard()
    for answer_ in (Answer.YES, Answer.MAYBE, Answer.NO):
        builder.button(text=t(f"events-answer-{answer_}"),
                       callback_data=RsvpCb(event_id=event.id, answer=answer_))
    teams = await events.slots_of(session, event)
    for team in teams:
        helping = member.id in team.member_ids
        builder.button(text=t("events-slot", label=team.slot.label, count=team.count,
                              capacity=team.slot.capacity, mine="yes" if helping else "no")[:64],
                       callback_data=SlotCb(slot_id=team.slot.id, join=not helping))
    for action in await card_actions(session, member, event):
        builder.button(text=t(f"events-action-{action}"),
                       callback_data=EventCb(action=action, event_id=event.id))
    builder.adjust(3, *([1] * len(teams)), 2)
    return text, builder.as_markup()


def people_coming(event: Event, tally: events.Counts) -> int:
    """How many people the families who come are, where places count people (the
    organiser asks how many adults and children); -1 where a family is one place."""
    return tally.adults + tally.children if event.ask_headcount else -1


async def card_actions(session: AsyncSession, member: Member, event: Event) -> list[str]:
    """What a card offers besides answering: the calendar file; to its organisers (its
    creator, the reps of all its classes, the admins), their tools."""
    if not await events.may_manage(session, member, event):
        return ["ics"]
    return ["ics", "attendees", "csv", "move", "place", "places", "cancel"]


async def on_view(callback: CallbackQuery, callback_data: EventCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    event = await events.event_for(session, member, callback_data.event_id)
    events.ensure_active(event)  # an older list or "No, keep" button
    await callback.answer()
    await show_event(callback.message, member, event, session, t)


# Answering ----------------------------------------------------------------------------------

async def on_rsvp(callback: CallbackQuery, callback_data: RsvpCb, member: Member,
                  session: AsyncSession, state: FSMContext, t: Translate) -> None:
    event = await events.event_for(session, member, callback_data.event_id)
    events.ensure_open(event, callback_data.answer)  # before asking for numbers in vain
    await callback.answer()
    on_card = callback_data.adults < 0 and callback_data.children < 0  # not a number's
    card = card_of(callback) if on_card else await asked_card(state, callback_data.event_id)
    counting = event.ask_headcount and callback_data.answer == Answer.YES
    if counting and (callback_data.adults < 0 or callback_data.children < 0):
        await ask_headcount(callback.message, callback_data, state, t, card)
        return
    await record_answer(callback.message, member, session, state, t, callback_data, card)


async def on_typed_count(message: Message, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    asking_adults = await state.get_state() == Headcount.adults.state
    stored = await state.get_data()
    data = RsvpCb.unpack(stored["rsvp"])
    try:  # cancelled, or its answers closed, while the family was counting
        events.ensure_open(await events.event_for(session, member, data.event_id),
                           data.answer)
    except DomainError as refusal:
        return await end_step(message, state, t, refusal)
    number = events.typed_count(message.text, adults=asking_adults)
    data = data.model_copy(update={"adults" if asking_adults else "children": number})
    if asking_adults:
        await ask_headcount(message, data, state, t, stored.get("card"))
    else:
        await record_answer(message, member, session, state, t, data, stored.get("card"))


async def record_answer(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate, data: RsvpCb,
                        card: dict[str, Any] | None = None) -> None:
    outcome = await events.answer(session, member, data.event_id, data.answer,
                                  max(data.adults, 1), max(data.children, 0))
    if await state.get_state() in (Headcount.adults.state, Headcount.children.state):
        await state.clear()  # answered: a number typed next is no longer a headcount
    event = await session.get_one(Event, data.event_id)
    await notices.tell_promoted(session, event, outcome.promoted)
    await notices.tell_family(session, event, member, outcome, rsvp_buttons)
    await show_answer_on_card(message.bot, card, member, event, outcome.rsvp, session, t)
    await tell_answer(message, member, event, outcome.rsvp, session, t)


async def asked_card(state: FSMContext, event_id: int) -> dict[str, Any] | None:
    """The card of the headcount being asked, if it is for this event (not an older
    prompt's number, tapped while another event's headcount is asked)."""
    stored = await state.get_data()
    if "rsvp" not in stored or RsvpCb.unpack(stored["rsvp"]).event_id != event_id:
        return None
    return stored.get("card")


def card_of(callback: CallbackQuery) -> dict[str, Any] | None:
    """The message whose answer button was tapped (an invitation, a reminder, a question
    after a change, the event's page), to show the answer on it where messages are edited
    in place (Telegram; WhatsApp cannot edit, and a new copy would only repeat it). Kept
    as plain data: while a headcount is asked, it waits in the conversation's state."""
    message = callback.message
    if channel_of(callback.bot) != "telegram" or not isinstance(message, Message) \
            or not message.text:
        return None
    markup = message.reply_markup
    return {"chat_id": message.chat.id, "message_id": message.message_id, "text": message.text,
            "markup": markup.model_dump(mode="json", exclude_none=True) if markup else None}


async def show_answer_on_card(bot: Bot, card: dict[str, Any] | None, member: Member,
                              event: Event, rsvp: Rsvp, session: AsyncSession,
                              t: Translate) -> None:
    """The card says the answer now given, and keeps its buttons to change it: the event's
    page is drawn again (its counts changed too); another card gets a last line."""
    if card is None:
        return
    markup = InlineKeyboardMarkup.model_validate(card["markup"]) if card["markup"] else None
    if markup is not None and any((button.callback_data or "").startswith(f"{EventCb.__prefix__}:")
                                  for row in markup.inline_keyboard for button in row):
        text, markup = await event_page(member, event, session, t)
    else:
        text = with_answer_line(card["text"], t(
            "events-your-answer", mine="waitlisted" if rsvp.waitlisted else rsvp.answer,
            position=await events.waiting_position(session, event, rsvp),
            **people_arg(t, event, rsvp)), answer_line_starts())
    if text != card["text"]:  # the same answer again: Telegram refuses an edit to nothing
        await bot.edit_message_text(text=text, chat_id=card["chat_id"],
                                    message_id=card["message_id"], reply_markup=markup)


@cache
def answer_line_starts() -> tuple[str, ...]:
    """How an answer line begins in each language: "Your answer: ", "Votre réponse : "."""
    starts = (os.path.commonprefix([
        translator().format(locale, "events-your-answer", mine=mine, position=0,
                            **optional_arg("people", None)) for mine in ("yes", "no")])
        for locale in LOCALES)
    return tuple(start for start in starts if start.strip())


async def tell_answer(message: Message, member: Member, event: Event, rsvp: Rsvp,
                      session: AsyncSession, t: Translate) -> None:
    """What was noted (how many come; why waiting while places are left), and what may
    come next: the calendar file for who comes, the slots still held for who does not."""
    party = events.seats(rsvp, event)
    free = event.capacity - await events.taken(session, event) if rsvp.waitlisted else 0
    text = t("events-answered", status="waitlisted" if rsvp.waitlisted else rsvp.answer,
             title=event.title, places=free if 0 < free < party else 0, party=party,
             position=await events.waiting_position(session, event, rsvp),
             **people_arg(t, event, rsvp))
    choices: list[tuple[str, CallbackData]] = []
    if rsvp.answer == Answer.NO:
        helping = [team.slot for team in await events.slots_of(session, event)
                   if member.id in team.member_ids]
        if helping:
            text += "\n" + t("events-still-helping", slots=", ".join(s.label for s in helping))
        choices = [(t("events-slot-leave", label=slot.label), SlotCb(slot_id=slot.id, join=False))
                   for slot in helping]
    elif not rsvp.waitlisted:
        choices = [(t("events-action-ics"), EventCb(action="ics", event_id=event.id))]
    await message.answer(text, reply_markup=buttons(*choices, width=1) if choices else None)


def people_arg(t: Translate, event: Event, rsvp: Rsvp | None) -> dict[str, str]:
    """How many a yes brings, when the organiser asks: "2 adults and 1 child"."""
    counted = rsvp is not None and event.ask_headcount and rsvp.answer == Answer.YES
    return optional_arg("people", t("events-people", adults=rsvp.adults, children=rsvp.children)
                        if counted else None)


async def ask_headcount(message: Message, data: RsvpCb, state: FSMContext,
                        t: Translate, card: dict[str, Any] | None = None) -> None:
    """Buttons for the usual numbers; a larger family types its number (up to the limits)."""
    asking_adults = data.adults < 0
    builder = Keyboard()
    for number in range(1 if asking_adults else 0, 6):
        choice = data.model_copy(update={"adults" if asking_adults else "children": number})
        builder.button(text=str(number), callback_data=choice)
    builder.adjust(6)
    await state.set_state(Headcount.adults if asking_adults else Headcount.children)
    await state.update_data(rsvp=data.pack(), card=card)
    await message.answer(t("events-ask-adults" if asking_adults else "events-ask-children",
                           max=events.MAX_ADULTS if asking_adults else events.MAX_CHILDREN),
                         reply_markup=builder.as_markup())


async def on_slot(callback: CallbackQuery, callback_data: SlotCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    slot, changed = await events.sign_up(session, member, callback_data.slot_id,
                                         callback_data.join)
    await callback.answer()
    await callback.message.answer(t("events-slot-done" if changed else "events-slot-unchanged",
                                    label=slot.label, joined="yes" if callback_data.join else "no"))


async def on_ics(callback: CallbackQuery, callback_data: EventCb, member: Member,
                 session: AsyncSession, t: Translate) -> None:
    event = await events.event_for(session, member, callback_data.event_id)
    school = await get_school(session, member.school_id)
    await callback.answer()
    await callback.message.answer_document(
        BufferedInputFile(to_ics(event, school.name), filename=f"event-{event.id}.ics"),
        caption=t("events-ics-caption", title=event.title))


# Organiser tools ----------------------------------------------------------------------------

SHOWN = 50  # families "Who comes" names: a whole school's answers fit in one chat message


async def on_attendees(callback: CallbackQuery, callback_data: EventCb, member: Member,
                       session: AsyncSession, t: Translate) -> None:
    event = await events.managed_event(session, member, callback_data.event_id)
    await callback.answer()
    text, silent = await attendees_text(session, t, event)
    ask = buttons((t("events-action-ask"), EventCb(action="ask", event_id=event.id)))
    await callback.message.answer(
        text, reply_markup=ask if silent and events.answers_open(event) else None)


async def on_ask(callback: CallbackQuery, callback_data: EventCb, member: Member,
                 session: AsyncSession, t: Translate) -> None:
    """Remind only the families yet to answer (the list just above), once a day."""
    asked = await notices.ask_unanswered(session, member, callback_data.event_id, rsvp_buttons)
    event = await session.get_one(Event, callback_data.event_id)
    school = await get_school(session, member.school_id)
    await callback.answer()
    await callback.message.answer(t("events-asked-done", title=event.title,
                                    **asked.reply_args(t.locale, school.timezone)))


async def attendees_text(session: AsyncSession, t: Translate, event: Event
                         ) -> tuple[str, int]:
    """The totals an organiser plans with, then each family: coming, waiting, maybe, no,
    and those yet to answer (whom to ask at the gate, or to remind: parents who share a
    child on one line, counted once); then who helps in each slot. With how many families
    have not answered."""
    tally = await events.counts(session, event)
    silent = await households(session, await events.unanswered(session, event))
    lines = [t("events-attendee", name=a.name, adults=a.adults, children=a.children,
               status="waitlisted" if a.waitlisted else a.answer,
               counted="yes" if event.ask_headcount and a.answer == Answer.YES else "no")
             for a in await events.attendees(session, event)]
    lines += [t("events-attendee", name=" & ".join(person.full_name for person in family),
                status="none", counted="no", adults=0, children=0) for family in silent]
    if len(lines) > SHOWN:
        lines[SHOWN:] = [t("events-attendees-more", count=len(lines) - SHOWN)]
    lines += [t("events-slot-team", label=team.slot.label, count=team.count,
                capacity=team.slot.capacity, names=listed(t, team.names) or "—")
              for team in await events.slots_of(session, event)]
    people = (t("events-people", adults=tally.adults, children=tally.children)
              if event.ask_headcount else None)
    return t("events-attendees", title=event.title, yes=tally.yes,
             coming=people_coming(event, tally), maybe=tally.maybe,
             no=tally.no, waiting=tally.waitlisted, silent=len(silent),
             **optional_arg("people", people), lines="\n".join(lines) or "-"), len(silent)


async def on_csv(callback: CallbackQuery, callback_data: EventCb, member: Member,
                 session: AsyncSession, t: Translate) -> None:
    event = await events.managed_event(session, member, callback_data.event_id)
    await callback.answer()
    await callback.message.answer_document(
        BufferedInputFile(await answers_csv(session, event, t), filename=f"event-{event.id}.csv"),
        caption=t("events-csv-caption", title=event.title))


async def on_change(callback: CallbackQuery, callback_data: EventCb, member: Member,
                    session: AsyncSession, state: FSMContext, t: Translate) -> None:
    event = await events.managed_event(session, member, callback_data.event_id)
    events.ensure_active(event)  # not "When does it start?" for an event that will not
    await state.clear()
    moving = callback_data.action == "move"
    await state.set_state(ChangeEvent.when if moving else ChangeEvent.place)
    await state.update_data(event_id=event.id)
    await callback.answer()
    if moving:  # what the time is now: typing only the times keeps its day
        no_end = buttons((t("events-no-end"), EventCb(action="no_end", event_id=event.id)))
        await callback.message.answer(
            t("events-ask-new-when", when=await when_text(
                session, t, member, event.starts_at, event.ends_at),
              has_end="yes" if event.ends_at else "no"),
            reply_markup=no_end if event.ends_at else None)
    else:
        await callback.message.answer(t("events-ask-place"))


async def on_new_time(message: Message, member: Member, session: AsyncSession,
                      state: FSMContext, t: Translate) -> None:
    """A new start, or start and end ("12/03 14h-17h"; "14h-17h" the same day); a start
    alone keeps the event's length."""
    school = await get_school(session, member.school_id)
    event = await changed_event(message, member, session, state, t)
    if event is None:
        return
    starts_at, ends_at = parse_span(message.text, school.timezone, utcnow(),
                                    day_of=event.starts_at)
    await apply_change(message, member, session, state, t, starts_at=starts_at,
                       ends_at=ends_at or events.Ending.SAME_LENGTH)


async def on_no_end(callback: CallbackQuery, callback_data: EventCb, member: Member,
                    session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """The button under "When does it start?" of an event with an end: the start stays,
    the end goes. (A start typed later keeps no end, as a start alone keeps the length.)"""
    if (await state.get_data()).get("event_id") != callback_data.event_id:
        raise DomainError("button-stale")  # the prompt of another event
    await callback.answer()
    if await changed_event(callback.message, member, session, state, t) is None:
        return
    await apply_change(callback.message, member, session, state, t, ends_at=None)


async def on_new_place(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    if await changed_event(message, member, session, state, t) is None:
        return
    await apply_change(message, member, session, state, t,
                       location=events.clean_place(message.text))


async def changed_event(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate) -> Event | None:
    """The event an organiser's prompt (new time, place, number of places) is about, if
    it can still be changed; None if it was cancelled meanwhile (by a co-rep, say), or is
    no longer theirs: that is said once and the prompt ends (see end_step), whether the
    answer was typed or one of its buttons ("No end time", "No limit")."""
    try:
        event = await events.managed_event(session, member,
                                           (await state.get_data())["event_id"])
        events.ensure_active(event)
    except DomainError as refusal:
        await end_step(message, state, t, refusal)
        return None
    return event


async def apply_change(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate, **change: object) -> None:
    data = await state.get_data()
    _, told = await notices.change_and_tell(session, member, data["event_id"], rsvp_buttons,
                                            **change)
    await state.clear()
    await message.answer(t("events-change-done", count=told.answered, asked=told.asked,
                           declined=told.declined,
                           total=told.answered + told.asked + told.declined))


async def on_change_places(callback: CallbackQuery, callback_data: EventCb, member: Member,
                           session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """A limit for an event that has none, or another one; "No limit" lifts it."""
    event = await events.managed_event(session, member, callback_data.event_id)
    events.ensure_active(event)
    await state.clear()
    await state.set_state(ChangeEvent.places)
    await state.update_data(event_id=event.id)
    await callback.answer()
    no_limit = buttons((t("events-no-limit"), EventCb(action="no_limit", event_id=event.id)))
    await callback.message.answer(
        t("events-ask-places", capacity=-1 if event.capacity is None else event.capacity,
          confirmed=await events.taken(session, event)),
        reply_markup=None if event.capacity is None else no_limit)


async def on_new_places(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate) -> None:
    if await changed_event(message, member, session, state, t) is None:
        return
    await set_places(message, member, session, state, t, events.typed_capacity(message.text))


async def on_no_limit_places(callback: CallbackQuery, callback_data: EventCb, member: Member,
                             session: AsyncSession, state: FSMContext, t: Translate) -> None:
    if (await state.get_data()).get("event_id") != callback_data.event_id:
        raise DomainError("button-stale")  # the prompt of another event
    await callback.answer()
    if await changed_event(callback.message, member, session, state, t) is None:
        return
    await set_places(callback.message, member, session, state, t, None)


async def set_places(message: Message, member: Member, session: AsyncSession,
                     state: FSMContext, t: Translate, capacity: int | None) -> None:
    data = await state.get_data()
    event, confirmed = await notices.change_places_and_tell(session, member, data["event_id"],
                                                            capacity)
    await state.clear()
    await message.answer(t("events-places-done", count=confirmed,
                           capacity=-1 if event.capacity is None else event.capacity))


async def on_cancel_event(callback: CallbackQuery, callback_data: EventCb, member: Member,
                          session: AsyncSession, t: Translate) -> None:
    event = await events.managed_event(session, member, callback_data.event_id)
    events.ensure_active(event)
    await callback.answer()
    choices = buttons((t("events-cancel-yes"), EventCb(action="cancel_yes", event_id=event.id)),
                      (t("children-keep"), EventCb(action="view", event_id=event.id)))
    await callback.message.answer(t("events-cancel-confirm", title=event.title),
                                  reply_markup=choices)


async def on_cancel_yes(callback: CallbackQuery, callback_data: EventCb, member: Member,
                        session: AsyncSession, t: Translate) -> None:
    _, told = await notices.cancel_and_tell(session, member, callback_data.event_id)
    await callback.answer()
    await callback.message.answer(t("events-cancel-done", count=told))


# The organisers' wizard ---------------------------------------------------------------------

def skip(t: Translate, label: str = "start-skip"):
    return buttons((t(label), WizardCb(action="skip")))


async def on_new_event(message: Message, member: Member, state: FSMContext, t: Translate) -> None:
    if organiser_classes(member) == set():
        raise DomainError("events-organisers-only")
    await state.clear()
    await state.set_state(NewEvent.title)
    await message.answer(t("events-ask-title"))


async def on_title(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(title=events.clean_title(message.text))
    await state.set_state(NewEvent.when)
    await message.answer(t("events-ask-when"))


async def on_when(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                  t: Translate) -> None:
    school = await get_school(session, member.school_id)
    starts_at, ends_at = parse_span(message.text, school.timezone, utcnow())
    if starts_at <= utcnow():
        raise DomainError("events-start-in-past")
    await state.update_data(starts_at=starts_at.isoformat(),
                            ends_at=ends_at.isoformat() if ends_at else None)
    await state.set_state(NewEvent.location)
    await message.answer(t("events-ask-place"), reply_markup=skip(t))


async def on_location(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(location=(message.text or "").strip()[:200])
    await ask_description(message, state, t)


async def ask_description(message: Message, state: FSMContext, t: Translate) -> None:
    await state.set_state(NewEvent.description)
    await message.answer(t("events-ask-description"), reply_markup=skip(t))


async def on_description(message: Message, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    await state.update_data(description=(message.text or "").strip()[:2000])
    await ask_audience(message, member, session, state, t)


async def on_skip(callback: CallbackQuery, member: Member, session: AsyncSession,
                  state: FSMContext, t: Translate) -> None:
    await callback.answer()
    step = await state.get_state()
    if step == NewEvent.location.state:
        await ask_description(callback.message, state, t)
    elif step == NewEvent.description.state:
        await ask_audience(callback.message, member, session, state, t)
    elif step == NewEvent.deadline.state:
        await ask_slots(callback.message, state, t)
    elif step == NewEvent.slots.state:
        await show_summary(callback.message, member, session, state, t)
    else:
        raise DomainError("button-stale")


async def ask_audience(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    if await took_only_class(message, member, session, state, t):
        await ask_capacity(message, state, t)
        return
    await state.set_state(NewEvent.audience)
    await ask_for_audience(message, member, session, t,
                           set((await state.get_data()).get("class_ids", [])),
                           lambda action, value: WizardCb(action=action, value=value))


async def on_audience(callback: CallbackQuery, callback_data: WizardCb, member: Member,
                      session: AsyncSession, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    chosen = set((await state.get_data()).get("class_ids", []))
    if callback_data.action == "school":
        events.check_audience(member, [])
        await state.update_data(class_ids=[])
        await ask_capacity(callback.message, state, t)
        return
    if callback_data.action == "class":
        chosen ^= {callback_data.value}
        events.check_audience(member, sorted(chosen) or [callback_data.value])
        await state.update_data(class_ids=sorted(chosen))
        await ask_audience(callback.message, member, session, state, t)
        return
    check_classes_ticked(member, sorted(chosen))
    events.check_audience(member, sorted(chosen))
    await ask_capacity(callback.message, state, t)


async def ask_capacity(message: Message, state: FSMContext, t: Translate) -> None:
    await state.set_state(NewEvent.capacity)
    await message.answer(t("events-ask-capacity"), reply_markup=buttons(
        (t("events-no-limit"), WizardCb(action="no_limit"))))


async def on_capacity(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(capacity=events.typed_capacity(message.text))
    await ask_headcount_question(message, state, t)


async def on_no_limit(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    await state.update_data(capacity=None)
    await ask_headcount_question(callback.message, state, t)


async def ask_headcount_question(message: Message, state: FSMContext, t: Translate) -> None:
    await state.set_state(NewEvent.headcount)
    await message.answer(t("events-ask-headcount"), reply_markup=buttons(
        (t("events-headcount-yes"), WizardCb(action="headcount", value=1)),
        (t("events-headcount-no"), WizardCb(action="headcount", value=0))))


async def on_headcount(callback: CallbackQuery, callback_data: WizardCb, state: FSMContext,
                       t: Translate) -> None:
    await callback.answer()
    await state.update_data(ask_headcount=bool(callback_data.value))
    await state.set_state(NewEvent.deadline)
    await callback.message.answer(t("events-ask-deadline"),
                                  reply_markup=skip(t, "events-no-deadline"))


async def on_deadline(message: Message, member: Member, session: AsyncSession,
                      state: FSMContext, t: Translate) -> None:
    school = await get_school(session, member.school_id)
    deadline = parse_when(message.text, school.timezone, utcnow())
    starts_at = datetime.fromisoformat((await state.get_data())["starts_at"])
    events.check_deadline(deadline, starts_at, utcnow())
    await state.update_data(deadline=deadline.isoformat())
    await ask_slots(message, state, t)


async def ask_slots(message: Message, state: FSMContext, t: Translate) -> None:
    await state.set_state(NewEvent.slots)
    await message.answer(t("events-ask-slots"), reply_markup=skip(t, "events-no-slots"))


async def on_slots(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                   t: Translate) -> None:
    slots = events.parse_slots(message.text)
    await state.update_data(slots=[[slot.label, slot.capacity] for slot in slots])
    await show_summary(message, member, session, state, t)


def draft_of(data: dict) -> EventDraft:
    return EventDraft(
        title=data["title"], starts_at=datetime.fromisoformat(data["starts_at"]),
        ends_at=datetime.fromisoformat(data["ends_at"]) if data.get("ends_at") else None,
        description=data.get("description", ""), location=data.get("location", ""),
        capacity=data.get("capacity"), ask_headcount=data.get("ask_headcount", False),
        rsvp_deadline=datetime.fromisoformat(data["deadline"]) if data.get("deadline") else None,
        class_ids=data.get("class_ids", []),
        slots=[SlotDraft(label, count) for label, count in data.get("slots", [])])


async def show_summary(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    draft = draft_of(await state.get_data())
    await state.set_state(NewEvent.confirm)
    school = await get_school(session, member.school_id)
    classes = {c.id: class_label(t, c) for c in await classes_of(session, school)}
    audience = ", ".join(classes[c] for c in draft.class_ids) or t("events-whole-school")
    await message.answer(t(
        "events-summary", title=draft.title,
        when=await when_text(session, t, member, draft.starts_at, draft.ends_at),
        **optional_arg("location", draft.location), audience=audience,
        capacity=draft.capacity or -1, headcount="yes" if draft.ask_headcount else "no",
        deadline=await when_text(session, t, member, draft.rsvp_deadline)
        if draft.rsvp_deadline else "-",
        slots=", ".join(f"{s.label} ({s.capacity})" for s in draft.slots) or "-"),
        reply_markup=buttons((t("events-create"), WizardCb(action="create")),
                             (t("sel-cancel-button"), WizardCb(action="cancel"))))


async def on_create(callback: CallbackQuery, member: Member, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    event = await events.create_event(session, member, draft_of(await state.get_data()))
    invited = await notices.invite(session, event, rsvp_buttons)
    await state.clear()
    await callback.answer()
    await callback.message.answer(t("events-created", count=invited))
    await show_event(callback.message, member, event, session, t)


def make_router() -> Router:
    router = Router(name="events")
    wiz = WizardCb.filter
    ev = EventCb.filter

    router.message.register(show_events, Command("events"))
    router.message.register(show_events, Said("events"), StateFilter(None))  # "activiteiten"
    router.callback_query.register(on_view, ev(F.action == "view"))
    router.callback_query.register(on_rsvp, RsvpCb.filter())
    router.message.register(on_typed_count, TYPED, Headcount.adults)
    router.message.register(on_typed_count, TYPED, Headcount.children)
    router.callback_query.register(on_slot, SlotCb.filter())
    router.callback_query.register(on_ics, ev(F.action == "ics"))
    router.callback_query.register(on_attendees, ev(F.action == "attendees"))
    router.callback_query.register(on_ask, ev(F.action == "ask"))
    router.callback_query.register(on_csv, ev(F.action == "csv"))
    router.callback_query.register(on_change, ev(F.action.in_({"move", "place"})))
    router.message.register(on_new_time, TYPED, ChangeEvent.when)
    router.callback_query.register(on_no_end, ChangeEvent.when, ev(F.action == "no_end"))
    router.message.register(on_new_place, TYPED, ChangeEvent.place)
    router.callback_query.register(on_change_places, ev(F.action == "places"))
    router.message.register(on_new_places, TYPED, ChangeEvent.places)
    router.callback_query.register(on_no_limit_places, ChangeEvent.places,
                                   ev(F.action == "no_limit"))
    router.callback_query.register(on_cancel_event, ev(F.action == "cancel"))
    router.callback_query.register(on_cancel_yes, ev(F.action == "cancel_yes"))

    router.message.register(on_new_event, Command("newevent"))
    router.message.register(on_title, TYPED, NewEvent.title)
    router.message.register(on_when, TYPED, NewEvent.when)
    router.message.register(on_location, TYPED, NewEvent.location)
    router.message.register(on_description, TYPED, NewEvent.description)
    router.callback_query.register(on_skip, wiz(F.action == "skip"))
    router.callback_query.register(on_audience, NewEvent.audience,
                                   wiz(F.action.in_({"school", "class", "classes_done"})))
    router.message.register(on_capacity, TYPED, NewEvent.capacity)
    router.callback_query.register(on_no_limit, NewEvent.capacity, wiz(F.action == "no_limit"))
    router.callback_query.register(on_headcount, NewEvent.headcount, wiz(F.action == "headcount"))
    router.message.register(on_deadline, TYPED, NewEvent.deadline)
    router.message.register(on_slots, TYPED, NewEvent.slots)
    router.callback_query.register(on_create, NewEvent.confirm, wiz(F.action == "create"))
    router.callback_query.register(cancel_to_menu, wiz(F.action == "cancel"))
    return router
