"""Quick polls on announcements (core/announcements/polls.py): at the preview, 📊 Add
choices asks for 2 to 6 choices, one per line (/cancel: back to the preview as it was),
and 📊 Remove choices makes it a plain announcement again; each family's copy then has a
button per choice instead of 👍 Read, and the tap records the family's answer (on
Telegram, the message then ends with it, its buttons kept to change it). The author's
status message, card and the panel show the tally (handlers/announcements.py)."""

from __future__ import annotations

from functools import cache

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of
from core.announcements import polls
from core.announcements import service as announcements
from core.announcements.service import Figures
from core.i18n import LOCALES, Translate, translator
from core.models import Announcement, AnnouncementStatus, Member
from core.outbox import Button
from handlers.answer_lines import with_answer_line
from handlers.filters import TYPED
from handlers.keyboards import ButtonData
from handlers.words import Said


class PollDraftCb(ButtonData, prefix="annpd"):
    """At the preview: 📊 Add choices ("add") or 📊 Remove choices ("remove")."""
    action: str


class PollCb(ButtonData, prefix="annpl"):
    """A family's answer: the index of the choice in the poll's choices."""
    announcement_id: int
    choice: int


class PollDraft(StatesGroup):
    choices = State()


def choice_buttons(announcement: Announcement) -> list[list[Button]]:
    """Under each family's copy of a poll, in place of 👍 Read: one button per choice."""
    return [[Button("announcements-poll-choice", PollCb(announcement_id=announcement.id,
                                                        choice=index).pack(),
                    {"choice": choice})]
            for index, choice in enumerate(announcement.choices or ())]


def preview_choices(t: Translate, draft: Announcement) -> str:
    """The preview's lines for a poll's choices ("" for an announcement that asks
    nothing)."""
    if not draft.choices:
        return ""
    return "\n\n" + t("announcements-poll-preview", choices="\n".join(
        f"▫️ {choice}" for choice in draft.choices))


def preview_button(t: Translate, draft: Announcement) -> tuple[str, PollDraftCb]:
    if draft.choices:
        return t("announcements-poll-remove"), PollDraftCb(action="remove")
    return t("announcements-poll-add"), PollDraftCb(action="add")


def tally_text(t: Translate, figures: Figures) -> str:
    """"Sat 12: 8 · Sat 19: 11 · Sat 26: 2 — 21 of 25 families answered"."""
    tally = " · ".join(f"{choice}: {count}"
                       for choice, count in zip(figures.choices, figures.answers, strict=True))
    return t("announcements-poll-tally", tally=tally, answered=figures.answered,
             families=figures.families, who=figures.who)


async def back_to_preview(message: Message, member: Member, session: AsyncSession,
                          state: FSMContext, t: Translate) -> None:
    from handlers.announcements import show_preview  # (it draws this module's button)

    draft = await announcements.draft(session, member,
                                      (await state.get_data())["announcement_id"])
    await show_preview(message, member, session, state, t, draft)


async def on_cancel_choices(message: Message, member: Member, session: AsyncSession,
                            state: FSMContext, t: Translate) -> None:
    """/cancel while the choices are asked: back to the preview as it was. A draft sent
    or discarded meanwhile (from the panel) has no preview left: the dialog ends as any
    /cancel ends it, rather than refusing every /cancel and keeping the question."""
    from handlers.start import on_cancel

    announcement_id = (await state.get_data()).get("announcement_id")
    draft = await session.get(Announcement, announcement_id) if announcement_id else None
    if draft is None or draft.author_id != member.id \
            or draft.status != AnnouncementStatus.DRAFT:
        await on_cancel(message, member, session, state, t)
        return
    await back_to_preview(message, member, session, state, t)


async def on_add_choices(callback: CallbackQuery, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    await announcements.draft(session, member, (await state.get_data())["announcement_id"])
    await state.set_state(PollDraft.choices)
    await callback.answer()
    await callback.message.answer(t("announcements-poll-ask", min=polls.CHOICES_MIN,
                                    max=polls.CHOICES_MAX, length=polls.CHOICE_MAX))


async def on_choices(message: Message, member: Member, session: AsyncSession,
                     state: FSMContext, t: Translate) -> None:
    """The choices typed; a wrong one is refused with the reason, and the question stays."""
    choices = polls.clean_choices(message.text)
    await polls.set_choices(session, member, (await state.get_data())["announcement_id"],
                            choices)
    await back_to_preview(message, member, session, state, t)


async def on_remove_choices(callback: CallbackQuery, member: Member, session: AsyncSession,
                            state: FSMContext, t: Translate) -> None:
    await polls.set_choices(session, member, (await state.get_data())["announcement_id"],
                            None)
    await callback.answer()
    await back_to_preview(callback.message, member, session, state, t)


async def on_answer(callback: CallbackQuery, callback_data: PollCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    answered = await polls.answer(session, member, callback_data.announcement_id,
                                  callback_data.choice)
    await callback.answer(t("announcements-poll-noted" if answered.changed
                            else "announcements-poll-same", choice=answered.choice))
    await show_answer(callback, t("announcements-poll-your-answer", choice=answered.choice))


async def show_answer(callback: CallbackQuery, line: str) -> None:
    """Where messages are edited in place (Telegram), the poll's message ends with the
    answer given, its buttons kept to change it (as an event's invitation does); WhatsApp
    cannot edit, and a copy would only repeat it. A file's caption is left as it is."""
    message = callback.message
    if channel_of(callback.bot) != "telegram" or not isinstance(message, Message) \
            or not message.text:
        return
    text = with_answer_line(message.text, line, answer_line_starts(), separator="\n\n")
    if text != message.text:  # the same answer again: Telegram refuses an edit to nothing
        await message.edit_text(text, reply_markup=message.reply_markup)


@cache
def answer_line_starts() -> tuple[str, ...]:
    """How the answer line begins in each language: "Your answer: ", "Jouw antwoord: "."""
    return tuple(translator().format(locale, "announcements-poll-your-answer", choice="")
                 for locale in LOCALES)


def make_router() -> Router:
    router = Router(name="announcement_polls")
    from handlers.announcements import Compose

    router.callback_query.register(on_add_choices, Compose.preview,
                                   PollDraftCb.filter(F.action == "add"))
    router.callback_query.register(on_remove_choices, Compose.preview,
                                   PollDraftCb.filter(F.action == "remove"))
    router.message.register(on_choices, TYPED, PollDraft.choices)
    router.callback_query.register(on_answer, PollCb.filter())
    return router


def make_cancel_router() -> Router:
    """/cancel (or its word) while the choices are asked goes back to the preview, the
    draft unchanged; it comes before the /cancel that ends every dialog."""
    router = Router(name="announcement_polls_cancel")
    router.message.register(on_cancel_choices, Command("cancel"), PollDraft.choices)
    router.message.register(on_cancel_choices, Said("cancel"), PollDraft.choices)
    return router
