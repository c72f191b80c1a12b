"""What the audience is told when an event is created, changed or cancelled, through the
outbox, whoever did it (the chat's organiser tools or the panel)."""

from __future__ import annotations

import hashlib
from collections.abc import Container
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.events import reminders
from core.events import service as events
from core.events.reminders import Buttons
from core.members import audience
from core.members.households import household_count
from core.models import (
    Answer,
    Event,
    Member,
    MemberStatus,
    OutboxMessage,
    School,
)
from core.outbox import (
    drop_superseded,
    enqueue_for_member,
    event_arg,
    not_yet_sent,
    optional_arg,
    purposes_in,
    rewrite_unsent,
    when_arg,
    withdraw,
)
from core.outbox.asking import Asked, ask_once_a_day, not_on_their_way


def invitation_args(event: Event) -> dict[str, Any]:
    """The event as it is when the invitation goes (held back by the quiet hours, it
    tells a time changed meanwhile)."""
    return {"event": event_arg(event.id)}


async def invite(session: AsyncSession, event: Event, rsvp_buttons: Buttons) -> int:
    """Invite the audience, with the answer buttons; returns how many families (each
    parent gets their own invitation; co-parents are one family)."""
    invited = await events.invitees(session, event)
    for person in invited:
        await enqueue_for_member(
            session, person, purpose=events.invite_purpose(event.id),
            message_id="events-invite", args=invitation_args(event),
            buttons=rsvp_buttons(event))
    return await household_count(session, invited)


def changed_purpose(event: Event) -> str:
    """One notice per version of the event. The version is a digest: a place may be long,
    and a purpose holds 64 characters. The end is in it only when there is one, so the
    versions of events without one read as they always did."""
    return f"event-changed:{event.id}:{version_digest(event)}"


def changed_ask_purpose(event: Event) -> str:
    """The change told to whoever has not answered: a question, so it begins as the
    deadline's nudges do, and what takes back an unsent nudge (an answer, a later change,
    a cancellation) takes it back too."""
    return f"{events.nudge_purpose(event.id)}changed:{version_digest(event)}"


def changed_declined_purpose(event: Event) -> str:
    """The change told to whoever said no: they may be able to come now. A question too,
    taken back as the one to those yet to answer is (see changed_ask_purpose); a purpose
    of its own, since one parent may have been asked, then said no, and hear of this
    version again."""
    return f"{events.nudge_purpose(event.id)}changed-no:{version_digest(event)}"


def version_digest(event: Event) -> str:
    end = f"|{event.ends_at.isoformat()}" if event.ends_at else ""
    version = f"{event.starts_at.isoformat()}|{event.location}{end}".encode()
    return hashlib.sha256(version).hexdigest()[:16]


@dataclass(frozen=True)
class Told:
    answered: int  # said yes or maybe: told the new time or place
    asked: int  # yet to answer: told it with the answer buttons
    declined: int  # said no: told it, with the answer buttons while answers are open


async def change_and_tell(session: AsyncSession, organiser: Member, event_id: int,
                          rsvp_buttons: Buttons, *, starts_at: datetime | None = None,
                          ends_at: events.NewEnd = events.Ending.SAME_LENGTH,
                          location: str | None = None) -> tuple[Event, Told]:
    """Change the time (start, end: see events.reschedule) or place; tell those who
    answered yes or maybe, and ask again, with the answer buttons, those yet to answer
    while answers are open (their invitation shows the old time: they would answer for
    it). Whose invitation has not gone out yet gets it with the new facts instead. Who
    said no is told too (the new time may suit them), asked whether they can come now
    while answers are open.
    Each version of the event is news once: the same change told twice is sent once."""
    event, told = await events.reschedule(session, organiser, event_id, starts_at=starts_at,
                                          ends_at=ends_at, location=location)
    await update_queued(session, event)
    args = {"title": event.title, "when": reminders.when_of(event),
            **optional_arg("location", event.location)}
    told = [person for person in told if person.id != organiser.id]  # they know: they did it
    for person in told:
        await enqueue_for_member(session, person, purpose=changed_purpose(event),
                                 message_id="events-changed", args=args)
    asked = []
    if events.answers_open(event):
        # (an invitation still waiting was rewritten above: it tells the new facts)
        asked = await not_on_their_way(session, [
            person for person in await events.unanswered(session, event)
            if person.id != organiser.id], events.invite_purpose(event.id))
        for person in asked:
            await enqueue_for_member(
                session, person, purpose=changed_ask_purpose(event),
                message_id="events-changed-ask", args=args, buttons=rsvp_buttons(event),
                expires_at=event.rsvp_deadline or event.starts_at)
    declined = await tell_declined(session, organiser, event, args, rsvp_buttons,
                                   told={person.id for person in told})
    await tell_creator(session, organiser, event, "changed")  # (its place read when it goes)
    return event, Told(len(told), len(asked), declined)


async def tell_declined(session: AsyncSession, organiser: Member, event: Event,
                        args: dict[str, Any], rsvp_buttons: Buttons,
                        told: Container[int] = frozenset()) -> int:
    """The parents of the families who said no hear of the change (but whoever was
    `told` it already): while answers are open, as a question with the answer buttons,
    until the deadline; after it, as news. Returns how many."""
    open_ = events.answers_open(event)
    said_no = [person.id for person in await events.declined(session, event)]
    declined = [person for person in await events.with_families(session, event, said_no)
                if person.id != organiser.id and person.id not in told]
    for person in declined:
        await enqueue_for_member(
            session, person, purpose=changed_declined_purpose(event),
            message_id="events-changed-declined",
            args={**args, "open": "yes" if open_ else "no"},
            buttons=rsvp_buttons(event) if open_ else None,
            expires_at=(event.rsvp_deadline or event.starts_at) if open_ else event.starts_at)
    return len(declined)


async def update_queued(session: AsyncSession, event: Event) -> None:
    """What is queued about the event and not sent yet (held back by the quiet hours, or
    waiting for the sender) tells the event as it is now: it is read when the message
    goes (event_arg); rows queued before they were, with the facts as text, are given
    it here. A reminder made for another
    start, a nudge for another deadline, a notice of an earlier change are dropped
    instead: the scheduler queues the reminders and nudges due for the new start or
    deadline (their purposes name it), so nobody hears an old time, gets one reminder
    twice, or misses one."""
    await rewrite_unsent(session, events.invite_purpose(event.id), invitation_args(event))
    await rewrite_unsent(session, promoted_prefix(event.id), promoted_args(event))
    reminder_prefix = events.reminder_prefix(event.id)
    await drop_superseded(session, reminder_prefix, f":{reminders.moment_key(event.starts_at)}")
    await rewrite_unsent(session, reminder_prefix, reminders.reminder_args(event))
    await drop_superseded(session, events.nudge_purpose(event.id),
                          events.nudge_purpose(event.id, event.rsvp_deadline))
    await drop_superseded(session, f"event-changed:{event.id}:", changed_purpose(event))


async def cancel_and_tell(session: AsyncSession, organiser: Member, event_id: int
                          ) -> tuple[Event, int]:
    """Cancel the event and tell everyone it was for at once; returns how many. What was
    still to be said about it is not said; whose invitation had not gone out yet (held
    back by the quiet hours) never heard of the event, and is not told either."""
    event, everyone = await events.cancel(session, organiser, event_id)
    unaware = await not_yet_sent(session, events.invite_purpose(event.id))
    await withdraw(session, purposes_in([events.invite_purpose(event.id)] + [
        f"event-{kind}:{event.id}:"
        for kind in ("nudge", "reminder", "changed", "promoted", "family")]))
    told = [person for person in everyone
            if person.id not in unaware and person.id != organiser.id]
    for person in told:
        await enqueue_for_member(session, person, purpose=f"event-cancelled:{event.id}",
                                 message_id="events-cancelled-notice",
                                 args={"title": event.title, "when": reminders.when_of(event)},
                                 urgent=True)
    await tell_creator(session, organiser, event, "cancelled")
    return event, len(told)


async def change_places_and_tell(session: AsyncSession, organiser: Member, event_id: int,
                                 capacity: int | None) -> tuple[Event, int]:
    """Change the number of places (None: no limit); whom more places confirm from the
    waiting list is told, as for a freed place. Returns how many were confirmed."""
    event, promoted = await events.change_capacity(session, organiser, event_id, capacity)
    await tell_promoted(session, event, promoted)
    await tell_creator(session, organiser, event, "places",
                       capacity=-1 if capacity is None else capacity)
    return event, len(promoted)


def promoted_prefix(event_id: int) -> str:
    return f"event-promoted:{event_id}:"


def promoted_args(event: Event) -> dict[str, Any]:
    return {"event": event_arg(event.id)}


async def tell_promoted(session: AsyncSession, event: Event, member_ids: list[int]) -> None:
    """Those a freed seat confirmed from the waiting list."""
    for member_id in member_ids:
        member = await session.get_one(Member, member_id)
        # One message per promotion: someone may be promoted, step back and come again.
        await enqueue_for_member(session, member,
                                 purpose=f"{promoted_prefix(event.id)}{utcnow().isoformat()}",
                                 message_id="events-promoted", args=promoted_args(event))


async def tell_family(session: AsyncSession, event: Event, answerer: Member,
                      outcome: events.RsvpOutcome, rsvp_buttons: Buttons) -> None:
    """The co-parents for whom the answer just given changed the family's (see
    events.answer) hear it once, in their language, with the answer buttons while answers
    are open, to change it ("Anna De Smet answered for your family: ✅ yes …"). A word
    of an earlier answer still waiting to go is not sent: it no longer holds."""
    rsvp = outcome.rsvp
    open_ = events.answers_open(event)
    counted = event.ask_headcount and rsvp.answer == Answer.YES
    # The event's time as it is when the notice goes: held back by the quiet hours, it
    # tells a new time, not the one it had when the answer was given.
    args = {"name": answerer.full_name, "event": event_arg(event.id),
            "answer": "waitlisted" if rsvp.waitlisted else rsvp.answer,
            "counted": "yes" if counted else "no", "adults": rsvp.adults,
            "children": rsvp.children, "open": "yes" if open_ else "no"}
    stamp = int(utcnow().timestamp() * 1_000_000)  # one message per answer
    for member_id in outcome.family:
        parent = await session.get_one(Member, member_id)
        if parent.status != MemberStatus.ACTIVE:
            continue
        await withdraw(session, OutboxMessage.member_id == parent.id,
                       purposes_in([events.family_prefix(event.id)]))
        await enqueue_for_member(
            session, parent, purpose=f"{events.family_prefix(event.id)}{stamp}",
            message_id="events-family-answered", args=args,
            buttons=rsvp_buttons(event) if open_ else None, expires_at=event.starts_at)


def asked_prefix(event_id: int) -> str:
    """The organiser's own reminder to the families yet to answer, once a day at most (the
    school's date ends its purpose). It begins as the deadline's nudges do, so whatever
    withdraws or drops an unsent nudge (an answer, a cancellation, a new time or place)
    does the same with it."""
    return f"{events.nudge_purpose(event_id)}asked:"


async def ask_unanswered(session: AsyncSession, organiser: Member, event_id: int,
                         rsvp_buttons: Buttons) -> Asked:
    """The organiser reminds those whose family has not answered, and nobody else, with
    the answer buttons: each parent at most once a day (a second tap changes nothing),
    and not whoever's invitation or nudge is still on its way to them."""
    event = await events.managed_event(session, organiser, event_id)
    events.ensure_active(event)
    if not events.answers_open(event, utcnow()):
        raise DomainError("events-ask-closed")
    silent = [person for person in await events.unanswered(session, event)
              if person.id != organiser.id]  # another rep of its class does not remind herself
    if not silent:
        raise DomainError("events-ask-nobody")
    deadline = ({"has_deadline": "yes", "deadline": when_arg(event.rsvp_deadline)}
                if event.rsvp_deadline else {"has_deadline": "no", "deadline": ""})

    async def send(person: Member, purpose: str) -> None:
        await enqueue_for_member(
            session, person, purpose=purpose, message_id="events-asked",
            args={"event": event_arg(event.id), "organiser": organiser.full_name,
                  **deadline},
            buttons=rsvp_buttons(event), expires_at=event.rsvp_deadline or event.starts_at)

    asked = await ask_once_a_day(
        session, await session.get_one(School, event.school_id), silent,
        asked_prefix(event.id), events.invite_purpose(event.id),
        events.nudge_purpose(event.id), already="events-ask-already", send=send)
    await tell_creator(session, organiser, event, "reminded")
    return asked


async def tell_creator(session: AsyncSession, actor: Member, event: Event, what: str,
                       **args: Any) -> None:
    """Someone managing the event who is not its creator — a rep of all its classes, an
    admin — changed (`what`: "changed", "places"), cancelled or reminded for it: its
    creator hears who did what (audience.tell_creator), with the event's time and place
    as they are when it goes (held back by the quiet hours, it tells a later change's;
    not sent once the event is cancelled, which its creator hears of) — but for a
    cancellation, told at once, of the event as it was."""
    facts = ({"title": event.title, "when": reminders.when_of(event)} if what == "cancelled"
             else {"event": event_arg(event.id)})
    await audience.tell_creator(
        session, event.created_by, actor, purpose=f"event-corep:{event.id}:{what}",
        message_id="events-manager-did",
        class_ids=await events.audience_class_ids(session, event),
        what=what, **facts, **args, urgent=what == "cancelled")
