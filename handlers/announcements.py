"""/announce: audience -> text -> other languages -> urgent? -> preview -> send; the
"Read" and "Reply" buttons (a family's private reply to its author, who may answer back);
the sender's live status (refresh, unread list, re-send, cancel);
/myannouncements: the sender's past announcements, and those of the other reps of their
classes, each opening its card and status."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of
from bot.replies import sent_now
from core.announcements import polls, replies
from core.announcements import service as announcements
from core.announcements.service import Figures
from core.clock import utcnow
from core.errors import DomainError
from core.i18n import LOCALES, Translate, format_date, format_datetime, listed
from core.members.audience import classes_cell, classes_of_families
from core.members.service import has_role
from core.models import (
    Announcement,
    AnnouncementClass,
    AnnouncementStatus,
    Attachment,
    AudienceKind,
    Member,
    RoleKind,
    SchoolClass,
)
from core.outbox import Button
from core.quiet import quiet_end_after
from core.schools import classes_of, get_school
from handlers.announcement_polls import (
    choice_buttons,
    preview_button,
    preview_choices,
    tally_text,
)
from handlers.filters import NOT_COMMAND, TYPED
from handlers.groups import is_rep, on_linkgroup_in_private
from handlers.keyboards import (
    ButtonData,
    Keyboard,
    buttons,
    cancel_to_menu,
    class_label,
    end_step,
    short,
)
from handlers.media import stored_attachment


class ComposeCb(ButtonData, prefix="ann"):
    action: str
    value: int = 0
    locale: str = ""


class ReadCb(ButtonData, prefix="read"):
    announcement_id: int


class ReplyCb(ButtonData, prefix="annrp"):
    """Write about an announcement: to whoever answers for it (`member_id` 0, a family's
    💬 Reply under its copy), or back to the one who wrote (↩️ Answer under their
    message)."""
    announcement_id: int
    member_id: int = replies.TO_ITS_AUTHOR


class StatusCb(ButtonData, prefix="annst"):
    action: str  # refresh, unread, cancel (a "resend" of older buttons refreshes)
    announcement_id: int


class ResendCb(ButtonData, prefix="annrs"):
    """Re-send to the unread; `seen`: the reminders already sent when the buttons were
    drawn, so a double tap does not remind the whole class twice."""
    announcement_id: int
    seen: int


class MineCb(ButtonData, prefix="annmy"):
    """The sender's list: a page of it, or one announcement's card."""
    action: str  # page, open
    value: int = 0


class Compose(StatesGroup):
    audience = State()
    text = State()
    languages = State()
    version = State()
    urgency = State()
    preview = State()


class Replying(StatesGroup):
    text = State()


def read_buttons(announcement: Announcement) -> list[list[Button]]:
    """Under each family's copy (not a class group's post): 👍 Read and 💬 Reply; a
    poll's choices instead of 👍 Read (handlers/announcement_polls.py)."""
    reply = Button("announcements-reply", ReplyCb(announcement_id=announcement.id).pack())
    if announcement.choices:
        return [*choice_buttons(announcement), [reply]]
    return [[Button("announcements-read", ReadCb(announcement_id=announcement.id).pack()),
             reply]]


def answer_buttons(announcement: Announcement, writer: Member) -> list[list[Button]]:
    """Under a relayed message: ↩️ Answer, to its writer."""
    return [[Button("announcements-answer", ReplyCb(announcement_id=announcement.id,
                                                    member_id=writer.id).pack())]]


def status_text(t: Translate, figures: Figures) -> str:
    text = t("announcements-status", who=figures.who,
             **{name: value for name, value in figures.as_dict().items() if name != "answers"})
    return text + "\n" + tally_text(t, figures) if figures.choices else text


def status_buttons(t: Translate, announcement: Announcement) -> InlineKeyboardMarkup:
    def status(action: str) -> tuple[str, CallbackData]:
        label = ("announcements-status-unanswered" if action == "unread" and announcement.choices
                 else f"announcements-status-{action}")
        return t(label), StatusCb(action=action, announcement_id=announcement.id)

    if announcement.status == AnnouncementStatus.CANCELLED:  # nothing to re-send or stop
        return buttons(status("refresh"), status("unread"))
    return buttons(status("refresh"), status("unread"),
                   (t("announcements-status-resend"),
                    ResendCb(announcement_id=announcement.id, seen=announcement.resends or 0)),
                   status("cancel"))


async def on_announce(message: Message, member: Member, session: AsyncSession,
                      state: FSMContext, t: Translate) -> None:
    await state.clear()
    await state.set_state(Compose.audience)
    if has_role(member, RoleKind.ADMIN):
        await message.answer(t("announcements-ask-audience"), reply_markup=buttons(*(
            (t(f"announcements-audience-{kind}"), ComposeCb(action="audience", locale=kind))
            for kind in (AudienceKind.SCHOOL, AudienceKind.CLASSES, AudienceKind.REPS,
                         AudienceKind.ADMINS)), width=1))
        return
    if not has_role(member, RoleKind.CLASS_REP):
        raise DomainError("announcements-authors-only")
    own = sorted({r.class_id for r in member.roles if r.kind == RoleKind.CLASS_REP})
    if len(own) == 1:  # a rep of one class has nothing to choose
        await state.update_data(audience=AudienceKind.CLASSES, class_ids=own)
        klass = await session.get_one(SchoolClass, own[0])
        await state.set_state(Compose.text)
        await message.answer(t("announcements-to-class", klass=class_label(t, klass)) + "\n"
                             + t("announcements-ask-text"))
        return
    await state.update_data(audience=AudienceKind.CLASSES, class_ids=[])
    await ask_classes(message, member, session, state, t)


async def on_audience(callback: CallbackQuery, callback_data: ComposeCb, member: Member,
                      session: AsyncSession, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    await state.update_data(audience=callback_data.locale, class_ids=[])
    if callback_data.locale == AudienceKind.CLASSES:
        await ask_classes(callback.message, member, session, state, t)
    else:
        announcements.check_audience(member, callback_data.locale, [])
        await ask_text(callback.message, state, t)


async def ask_classes(message: Message, member: Member, session: AsyncSession,
                      state: FSMContext, t: Translate) -> None:
    chosen = set((await state.get_data()).get("class_ids", []))
    own = None if has_role(member, RoleKind.ADMIN) else {
        r.class_id for r in member.roles if r.kind == RoleKind.CLASS_REP}
    builder = Keyboard()
    for klass in await classes_of(session, await get_school(session, member.school_id)):
        if own is None or klass.id in own:
            builder.button(text=("✅ " if klass.id in chosen else "") + class_label(t, klass),
                           callback_data=ComposeCb(action="class", value=klass.id))
    builder.button(text=t("events-classes-done"), callback_data=ComposeCb(action="classes_done"))
    builder.adjust(3, 3, 3, 1)
    await message.answer(t("announcements-ask-classes", chosen=len(chosen)),
                         reply_markup=builder.as_markup())


async def on_class(callback: CallbackQuery, callback_data: ComposeCb, member: Member,
                   session: AsyncSession, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    chosen = set((await state.get_data()).get("class_ids", [])) ^ {callback_data.value}
    announcements.check_audience(member, AudienceKind.CLASSES, sorted(chosen) or
                                 [callback_data.value])
    await state.update_data(class_ids=sorted(chosen))
    await ask_classes(callback.message, member, session, state, t)


async def on_classes_done(callback: CallbackQuery, member: Member, state: FSMContext,
                          t: Translate) -> None:
    await callback.answer()
    announcements.check_audience(member, AudienceKind.CLASSES,
                                 (await state.get_data()).get("class_ids", []))
    await ask_text(callback.message, state, t)


async def ask_text(message: Message, state: FSMContext, t: Translate) -> None:
    await state.set_state(Compose.text)
    await message.answer(t("announcements-ask-text"))


async def on_text(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                  t: Translate) -> None:
    data = await state.get_data()
    text = announcements.clean_text(message.text or message.caption)
    attachment = await stored_attachment(message, session, member.school_id)
    draft = await announcements.create(session, member, audience=data["audience"],
                                       class_ids=data["class_ids"], text=text,
                                       attachment_id=attachment.id if attachment else None)
    await state.update_data(announcement_id=draft.id)
    await ask_languages(message, draft, state, t)


async def ask_languages(message: Message, draft: Announcement, state: FSMContext,
                        t: Translate) -> None:
    await state.set_state(Compose.languages)
    missing = [code for code in LOCALES if code not in draft.texts]
    choices = [(t("announcements-add-version", language=t(f"language-in-{code}")),
                ComposeCb(action="version", locale=code)) for code in missing]
    choices.append((t("announcements-no-more-versions"), ComposeCb(action="urgency")))
    await message.answer(t("announcements-ask-versions"), reply_markup=buttons(*choices, width=1))


async def on_version(callback: CallbackQuery, callback_data: ComposeCb, state: FSMContext,
                     t: Translate) -> None:
    await callback.answer()
    await state.update_data(locale=callback_data.locale)
    await state.set_state(Compose.version)
    code = callback_data.locale
    language = t(f"language-in-{code}") if code in LOCALES else "?"
    await callback.message.answer(t("announcements-ask-version-text", language=language))


async def on_version_text(message: Message, member: Member, session: AsyncSession,
                          state: FSMContext, t: Translate) -> None:
    data = await state.get_data()
    draft = await announcements.add_version(session, member, data["announcement_id"],
                                            data["locale"], message.text or "")
    await ask_languages(message, draft, state, t)


async def on_urgency_question(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    await state.set_state(Compose.urgency)
    await callback.message.answer(t("announcements-ask-urgent"), reply_markup=buttons(
        (t("announcements-urgent"), ComposeCb(action="urgent", value=1)),
        (t("announcements-normal"), ComposeCb(action="urgent", value=0)), width=1))


async def on_urgency(callback: CallbackQuery, callback_data: ComposeCb, member: Member,
                     session: AsyncSession, state: FSMContext, t: Translate) -> None:
    # draft(): one sent or scheduled meanwhile (from the panel) keeps its urgency
    draft = await announcements.draft(session, member,
                                      (await state.get_data())["announcement_id"])
    draft.urgent = bool(callback_data.value)
    await callback.answer()
    await show_preview(callback.message, member, session, state, t, draft)


async def show_preview(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate, draft: Announcement) -> None:
    """The last step: what families will receive, to send, make a poll of, or drop."""
    reach = await announcements.reach(session, draft)
    await state.set_state(Compose.preview)
    preview = t("announcements-message", author=member.full_name, urgent=(
        "yes" if draft.urgent else "no"), text=announcements.text_for(draft, member.locale))
    if draft.attachment_id is not None:
        attachment = await session.get_one(Attachment, draft.attachment_id)
        preview += "\n" + t("announcements-preview-attachment", name=attachment.filename)
    await message.answer(
        t("announcements-preview", preview=preview + preview_choices(t, draft),
          count=reach.families, who=reach.who,
          versions=", ".join(t(f"language-in-{code}") for code in sorted(draft.texts))),
        reply_markup=buttons((t("announcements-send"), ComposeCb(action="send")),
                             # handlers/announcement_schedule.py
                             (t("announcements-later"), ComposeCb(action="later")),
                             preview_button(t, draft),
                             (t("sel-cancel-button"), ComposeCb(action="drop"))))


async def on_send(callback: CallbackQuery, member: Member, session: AsyncSession,
                  state: FSMContext, t: Translate) -> None:
    announcement_id = (await state.get_data())["announcement_id"]
    count = await announcements.send(session, member, announcement_id, read_buttons)
    await state.clear()
    await callback.answer()
    await show_sent(callback, session, t, announcement_id, count)


async def show_sent(callback: CallbackQuery, session: AsyncSession, t: Translate,
                    announcement_id: int, count: int) -> None:
    """Once sent (*Send*, a scheduled one's *Send now*): when it goes, and the status
    message that follows its delivery."""
    draft = await session.get_one(Announcement, announcement_id)
    reach = await announcements.reach(session, draft)
    await callback.message.answer(await queued_text(session, t, draft, reach.families))
    async with sent_now(callback.bot):  # its id is stored with the announcement
        status = await callback.message.answer(
            status_text(t, Figures(count, count, 0, 0, 0, 0, reach.families, reach.who,
                                   tuple(draft.choices or ()), (0,) * len(draft.choices or ()))),
            reply_markup=status_buttons(t, draft))
    draft.status_channel = channel_of(callback.bot)
    draft.status_chat_id, draft.status_message_id = str(status.chat.id), status.message_id


async def queued_text(session: AsyncSession, t: Translate, draft: Announcement,
                      count: int) -> str:
    """Sent at 21:30, it goes at 8:00: said, lest "queued" all evening look like a fault.
    `count`: the families it goes to (people, for reps or admins)."""
    school = await get_school(session, draft.school_id)
    later = None if draft.urgent else quiet_end_after(school, utcnow())
    who = announcements.counted_as(draft)
    if later is None or later <= utcnow():
        return t("announcements-queued", count=count, who=who)
    return t("announcements-queued-later", count=count, who=who,
             when=format_datetime(t.locale, later, school.timezone))


async def on_read(callback: CallbackQuery, callback_data: ReadCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    poll = await polls.to_answer(session, member, callback_data.announcement_id)
    if poll is not None:  # /week's button for a poll: reading it is no answer
        await callback.answer()
        await show_poll(callback.message, session, t, member, poll)
        return
    first = await announcements.acknowledge(session, member, callback_data.announcement_id)
    await callback.answer(t("announcements-thanks" if first else "announcements-already-read"))


async def show_poll(message: Message, session: AsyncSession, t: Translate, member: Member,
                    poll: Announcement) -> None:
    """The poll again as its copy came (its file apart), with a button per choice."""
    author = await session.get_one(Member, poll.author_id)
    await message.answer(
        t("announcements-message", author=author.full_name,
          urgent="yes" if poll.urgent else "no",
          text=announcements.text_for(poll, member.locale)),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=[
            [InlineKeyboardButton(text=t(b.label_id, **(b.args or {})), callback_data=b.data)
             for b in row] for row in read_buttons(poll)]))


async def on_reply(callback: CallbackQuery, callback_data: ReplyCb, member: Member,
                   session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """💬 Reply or ↩️ Answer: whom it goes to, checked now and again when it is sent; the
    tap's id goes with the text, so that this question is relayed once."""
    announcement, to = await replies.addressees(
        session, member, callback_data.announcement_id, callback_data.member_id)
    await state.clear()
    await state.set_state(Replying.text)
    await state.update_data(announcement_id=announcement.id, to=callback_data.member_id,
                            tap=short(callback.id))
    await callback.answer()
    school = await get_school(session, member.school_id)
    await callback.message.answer(t(
        "announcements-reply-ask", name=listed(t, [person.full_name for person in to]),
        date=format_datetime(t.locale, announcement.queued_at, school.timezone),
        words=announcements.first_words(announcements.text_for(announcement, member.locale)),
        max=replies.MESSAGE_MAX))


async def on_reply_text(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate) -> None:
    """The text typed (a photo, an empty or too long text is refused, the question
    kept), relayed through the outbox: after the quiet hours, said so."""
    data = await state.get_data()
    try:
        to = await replies.relay(session, member, data["announcement_id"], data["to"],
                                 message.text, data["tap"], answer_buttons)
    except DomainError as refusal:
        if refusal.message_id in replies.TEXT_REFUSALS:
            raise  # type it again: the question stays
        await end_step(message, state, t, refusal)  # nobody to write to any more
        return
    await state.clear()
    school = await get_school(session, member.school_id)
    now = utcnow()
    later = quiet_end_after(school, now)
    await message.answer(t("announcements-reply-sent",
                           name=listed(t, [person.full_name for person in to]),
                           later="yes" if later > now else "no",
                           when=format_datetime(t.locale, later, school.timezone)))


UNREAD_SHOWN = 50  # a chat message, not a register: the rest is counted


async def unread_list(session: AsyncSession, t: Translate, announcement: Announcement) -> str:
    """The families who have not read it, co-parents on one line, each with their
    children's classes (two families may share a name; a rep of two classes asks at the
    right door), and how many more; reps or admins one by one."""
    people = await announcements.unread(session, announcement)
    families = await announcements.families_of(session, announcement, people)
    who = announcements.counted_as(announcement)
    classes = await classes_of_families(session, [person.id for person in people])
    lines = []
    for family in families[:UNREAD_SHOWN]:
        names = " & ".join(person.full_name for person in family)
        codes = list(dict.fromkeys(code for p in family for code in classes.get(p.id, [])))
        lines.append(t("announcements-unread-line", name=names, classes=classes_cell(t, codes))
                     if codes else names)
    if len(families) > UNREAD_SHOWN:
        lines.append(t("announcements-unread-more", count=len(families) - UNREAD_SHOWN,
                       who=who))
    return t("announcements-poll-unanswered" if announcement.choices else "announcements-unread",
             count=len(families), who=who, names="\n".join(lines) or "-")


async def on_status(callback: CallbackQuery, callback_data: StatusCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    # its author's, or a co-rep's of all its classes (an admin's, a forged button's)
    draft = await announcements.managed(session, member, callback_data.announcement_id)
    await callback.answer()
    match callback_data.action:
        case "unread":
            await callback.message.answer(await unread_list(session, t, draft))
        case "cancel":
            held = await announcements.cancel(session, member, draft.id)
            # all delivered already: what Stop still does is end the reminders
            said = (t("announcements-cancelled", count=held) if held
                    else t("announcements-cancelled-delivered"))
            if draft.choices:  # and a poll's answers (core.announcements.polls)
                said += "\n" + t("announcements-poll-stopped")
            await callback.message.answer(said)
        case _:
            figures = await announcements.figures(session, draft)
            draft.figures = figures.as_dict()
            await callback.message.edit_text(status_text(t, figures),
                                             reply_markup=status_buttons(t, draft))


async def on_resend(callback: CallbackQuery, callback_data: ResendCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    count = await announcements.resend_to_unread(session, member, callback_data.announcement_id,
                                                 read_buttons, seen_rounds=callback_data.seen)
    draft = await session.get_one(Announcement, callback_data.announcement_id)
    if not count:  # everyone has read it: no round to count, nothing to say "sent" about
        raise DomainError("announcements-poll-everyone-answered" if draft.choices
                          else "announcements-everyone-read")
    await callback.answer()
    # fresh buttons: a later reminder is tapped here, the older ones are spent
    await callback.message.answer(t("announcements-poll-resent" if draft.choices
                                    else "announcements-resent", count=count,
                                    who=announcements.counted_as(draft)),
                                  reply_markup=status_buttons(t, draft))


async def show_mine(message: Message, member: Member, session: AsyncSession, t: Translate,
                    page: int = 0) -> None:
    """The member's announcements, and the other reps' to classes that are all theirs
    (marked with their author's name), newest first, ten a page: when, how it starts, how
    many families read it (a poll: answered it); a button each opens its card."""
    from handlers.announcement_schedule import scheduled_section  # (it imports this module)

    if not (has_role(member, RoleKind.CLASS_REP) or has_role(member, RoleKind.ADMIN)):
        raise DomainError("announcements-authors-only")
    sent, pages = await announcements.sent_by(session, member, page)
    page = min(max(page, 0), pages - 1)
    # the author's scheduled ones first (on the first page), each with its time
    waiting, opens = await scheduled_section(session, t, member) if page == 0 else ("", [])
    if not sent:
        if waiting:
            await message.answer(waiting, reply_markup=buttons(*opens, width=1))
        else:
            await message.answer(t("announcements-mine-empty"))
        return
    school = await get_school(session, member.school_id)
    figures = await announcements.figures_by_announcement(session, sent)
    authors = await names_of(session, {a.author_id for a in sent} - {member.id})
    lines, keyboard = [], Keyboard()
    for label, data in opens:
        keyboard.button(text=label, callback_data=data)
    for number, announcement in enumerate(sent, start=page * announcements.MINE_PAGE + 1):
        words = announcements.first_words(announcement.texts[announcement.original_locale])
        lines.append(t("announcements-mine-line", number=number, words=words,
                       date=format_date(t.locale, announcement.queued_at, school.timezone),
                       # a poll: how many answered it (core.announcements.polls)
                       poll="yes" if announcement.choices else "no",
                       read=(figures[announcement.id].answered if announcement.choices
                             else figures[announcement.id].read),
                       families=figures[announcement.id].families,
                       who=figures[announcement.id].who,
                       **by(member, announcement, authors),
                       stopped="yes" if announcement.status == AnnouncementStatus.CANCELLED
                       else "no"))
        keyboard.button(text=f"{number}. {words}",
                        callback_data=MineCb(action="open", value=announcement.id))
    nav = [(label, MineCb(action="page", value=to)) for label, to, shown in (
        ("◀", page - 1, page > 0), ("▶", page + 1, page < pages - 1)) if shown]
    for label, data in nav:
        keyboard.button(text=label, callback_data=data)
    keyboard.adjust(*([1] * (len(opens) + len(sent))), *([len(nav)] if nav else []))
    await message.answer((waiting + "\n\n" if waiting else "")
                         + t("announcements-mine", page=page + 1, pages=pages,
                             lines="\n".join(lines)), reply_markup=keyboard.as_markup())


async def names_of(session: AsyncSession, member_ids: set[int]) -> dict[int, str]:
    return {member.id: member.full_name for member in await session.scalars(
        select(Member).where(Member.id.in_(member_ids)))} if member_ids else {}


def by(member: Member, announcement: Announcement, authors: dict[int, str]) -> dict[str, str]:
    """Who wrote it, said when it is not the reader (a co-rep's, in their list or card)."""
    mine = announcement.author_id == member.id
    return {"mine": "yes" if mine else "no",
            "author": "" if mine else authors.get(announcement.author_id, "?")}


async def on_mine_command(message: Message, member: Member, session: AsyncSession,
                          state: FSMContext, t: Translate) -> None:
    await state.clear()
    await show_mine(message, member, session, t)


async def on_mine(callback: CallbackQuery, callback_data: MineCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    if callback_data.action != "open":
        await show_mine(callback.message, member, session, t, callback_data.value)
        await callback.answer()
        return
    if not (has_role(member, RoleKind.CLASS_REP) or has_role(member, RoleKind.ADMIN)):
        raise DomainError("announcements-authors-only")
    announcement = await announcements.sent_one(session, member, callback_data.value)
    await callback.answer()
    await callback.message.answer(await card_text(session, t, announcement, member))
    figures = await announcements.figures(session, announcement)
    await callback.message.answer(status_text(t, figures),
                                  reply_markup=status_buttons(t, announcement))


async def card_text(session: AsyncSession, t: Translate, announcement: Announcement,
                    reader: Member) -> str:
    """When it was sent (by whom, when not the reader), to whom, and its text as
    written."""
    school = await get_school(session, announcement.school_id)
    return t("announcements-card", audience=await card_audience(session, t, announcement),
             date=format_datetime(t.locale, announcement.queued_at, school.timezone),
             stopped="yes" if announcement.status == AnnouncementStatus.CANCELLED else "no",
             text=announcement.texts[announcement.original_locale],
             **by(reader, announcement, await names_of(session, {announcement.author_id})))


async def card_audience(session: AsyncSession, t: Translate, announcement: Announcement) -> str:
    """Its classes ("P3, P4"), or the whole school, the reps, the admins."""
    if announcement.audience != AudienceKind.CLASSES:
        return t(f"announcements-audience-{announcement.audience}")
    classes = list(await session.scalars(
        select(SchoolClass).join(AnnouncementClass, AnnouncementClass.class_id == SchoolClass.id)
        .where(AnnouncementClass.announcement_id == announcement.id)))
    return ", ".join(class_label(t, klass) for klass in
                     sorted(classes, key=lambda klass: klass.sort_key))


def make_router() -> Router:
    router = Router(name="announcements")
    on = ComposeCb.filter
    router.message.register(on_announce, Command("announce"))
    router.callback_query.register(on_audience, Compose.audience, on(F.action == "audience"))
    router.callback_query.register(on_class, Compose.audience, on(F.action == "class"))
    router.callback_query.register(on_classes_done, Compose.audience,
                                   on(F.action == "classes_done"))
    router.message.register(on_text, NOT_COMMAND, Compose.text)
    router.callback_query.register(on_version, Compose.languages, on(F.action == "version"))
    router.message.register(on_version_text, TYPED, Compose.version)
    router.callback_query.register(on_urgency_question, Compose.languages,
                                   on(F.action == "urgency"))
    router.callback_query.register(on_urgency, Compose.urgency, on(F.action == "urgent"))
    router.callback_query.register(on_send, Compose.preview, on(F.action == "send"))
    router.callback_query.register(cancel_to_menu, on(F.action == "drop"))
    router.callback_query.register(on_read, ReadCb.filter())
    router.callback_query.register(on_reply, ReplyCb.filter())
    router.message.register(on_reply_text, NOT_COMMAND, Replying.text)  # a photo: refused
    router.callback_query.register(on_status, StatusCb.filter())
    router.callback_query.register(on_resend, ResendCb.filter())
    router.message.register(on_mine_command, Command("myannouncements"))
    router.callback_query.register(on_mine, MineCb.filter())
    router.message.register(on_linkgroup_in_private, Command("linkgroup"), is_rep)
    return router
