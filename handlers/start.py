"""Joining the school: invite code (or another parent's family code) -> language -> name
-> contact -> consent -> children -> summary -> confirm. Also /cancel and its words, "menu"
typed in any dialog, and what strangers and waiting members see."""

from __future__ import annotations

import re

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, CommandStart, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of
from bot.commands import refresh_after_commit
from core.db import UnitOfWork
from core.i18n import LOCALES, Translate, Translator, listed
from core.members.family import invitation, is_family_code
from core.members.invites import find_code_in, find_usable_invite
from core.members.linking import (
    is_chat_app_code,
    registered_with_name,
    registered_with_number,
)
from core.members.registration import (
    ChildDraft,
    RegistrationDraft,
    needs_children,
    redeem_for_member,
    register,
    request_approval,
)
from core.members.service import MAX_CHILDREN, chosen_class
from core.members.validation import clean_name, parse_contact
from core.models import Member, MemberStatus, SchoolClass
from core.outbox import Button
from core.schools import classes_of, get_class, get_school
from core.schools.year import placing_for, school_today
from handlers.approvals import ApprovalCb
from handlers.children import child_line, class_question, join_with_code
from handlers.filters import (
    NOT_COMMAND,
    TYPED,
    in_a_dialog,
    is_active,
    is_stranger,
    is_waiting,
)
from handlers.keyboards import (
    ButtonData,
    ClassCb,
    LangCb,
    answer_with_menu,
    buttons,
    class_keyboard,
    class_label,
    language_keyboard,
    main_menu,
)
from handlers.linking import link_this_chat
from handlers.words import Said, intents_of, language_named


class Registration(StatesGroup):
    code = State()
    language = State()
    first_name = State()
    last_name = State()
    contact = State()
    consent = State()
    child_name = State()
    child_class = State()
    more_children = State()
    confirm = State()


class RegCb(ButtonData, prefix="reg"):
    action: str


async def on_start(message: Message, command: CommandObject, member: Member | None,
                   session: AsyncSession, state: FSMContext, t: Translate,
                   uow: UnitOfWork, bot: Bot, translator: Translator) -> None:
    if member is not None:
        await start_again(message, command.args, member, session, t, uow, bot, translator)
        return
    await state.clear()
    if command.args:
        await begin_or_link(message, command.args, session, state, t, bot, translator, uow)
    else:
        await state.set_state(Registration.code)
        await message.answer(t("start-ask-code"))


async def start_again(message: Message, code: str | None, member: Member,
                      session: AsyncSession, t: Translate, uow: UnitOfWork, bot: Bot,
                      translator: Translator) -> None:
    """/start (with a code or not), or an invite or family code typed, by someone
    registered."""
    if not member.is_active:
        await on_waiting(message, t) if is_waiting(message, member) else await message.answer(
            t("access-inactive"))
    elif code and await is_family_code(session, code):  # the other parent's, pasted
        await join_with_code(message, member, session, t, code)
    elif code and await is_chat_app_code(session, code):  # pasted back where it was made
        await message.answer(t("linking-already-registered"))
    elif code:
        invite = await redeem_for_member(session, member, code)
        refresh_after_commit(uow, bot, translator, message.chat.id, member)
        await message.answer(t("start-role-granted", role=invite.role))
    else:
        school = await get_school(session, member.school_id)
        await message.answer(t("start-welcome-back", name=member.first_name),
                             reply_markup=main_menu(t, member, school))


async def on_typed_code(message: Message, session: AsyncSession, state: FSMContext,
                        t: Translate, bot: Bot, translator: Translator,
                        uow: UnitOfWork) -> None:
    """A stranger's message: an invite code (alone or in a sentence) starts registration;
    anything else (a greeting, "menu") is told what this is and where a code comes from."""
    code = None if intents_of(message.text) else await find_code_in(session, message.text)
    if code is None:
        await message.answer(t("start-stranger-welcome"))
        return
    await begin_or_link(message, code, session, state, t, bot, translator, uow)


async def begin_or_link(message: Message, code: str, session: AsyncSession, state: FSMContext,
                        t: Translate, bot: Bot, translator: Translator,
                        uow: UnitOfWork) -> None:
    """A parent registered in their other chat app pastes the code /link gave them
    without "/link": this chat joins their membership, instead of being told the code
    is no invite (and registering a second time)."""
    if await is_chat_app_code(session, code):
        await state.clear()
        await link_this_chat(message, code, bot, session, translator, uow)
    else:
        await begin(message, code, session, state, t)


async def holds_an_invite_code(message: Message, session: AsyncSession,
                               member: Member | None = None) -> bool | dict[str, str]:
    """A registered member's message that holds an existing invite or family code."""
    if member is None or intents_of(message.text):
        return False
    code = await find_code_in(session, message.text, known_only=True)
    return {"code": code} if code else False


async def begin(message: Message, code: str, session: AsyncSession, state: FSMContext,
                t: Translate) -> None:
    """The school's invite code, or another parent's family code, starts registration."""
    if (family := await invitation(session, code)) is not None:
        school = await get_school(session, family.parent.school_id)
        data = {"family": family.code, "school_id": school.id, "needs_children": False,
                "parent": family.parent.full_name,
                "shared": [{"first_name": child.first_name, "class_id": klass.id,
                            "placed_for": child.placed_for}
                           for child, klass in family.children]}
    else:
        invite = await find_usable_invite(session, code)
        school = await get_school(session, invite.school_id)
        data = {"code": invite.code, "school_id": school.id,
                "needs_children": needs_children(invite)}
    same = await already_registered(message, session, school.id)
    await state.set_state(Registration.language)
    # Told once: a number already registered is not asked about again at the name.
    await state.set_data({**data, "children": [], "told_registered": same is not None})
    if same is not None:
        await message.answer(t("start-registered-elsewhere", school=school.name))
    await message.answer(t("start-welcome", school=school.name),
                         reply_markup=language_keyboard())


async def already_registered(message: Message, session: AsyncSession,
                             school_id: int) -> Member | None:
    """On WhatsApp the sender's number is known: a parent who gave it when registering
    from Telegram is told to link rather than make a second account (second units, and
    counted twice)."""
    channel = channel_of(message.bot)
    if channel != "whatsapp":
        return None
    return await registered_with_number(session, school_id, f"+{message.from_user.id}",
                                        channel)


async def on_family_code(message: Message, command: CommandObject, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    """/family CODE from someone not registered: the other parent's code registers them."""
    await state.clear()
    if not command.args:
        await message.answer(t("access-register-first"))
        return
    await begin(message, command.args, session, state, t)


async def on_language(callback: CallbackQuery, callback_data: LangCb, state: FSMContext,
                      translator: Translator) -> None:
    await callback.answer()
    await choose_language(callback.message, callback_data.code, state, translator)


async def choose_language(message: Message, code: str, state: FSMContext,
                          translator: Translator) -> None:
    await state.update_data(locale=code)
    await state.set_state(Registration.first_name)
    await message.answer(translator.for_locale(code)("start-ask-first-name"))


async def on_first_name(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(first_name=clean_name(message.text))
    await state.set_state(Registration.last_name)
    await message.answer(t("start-ask-last-name"))


async def on_last_name(message: Message, session: AsyncSession, state: FSMContext,
                       t: Translate) -> None:
    data = await state.update_data(last_name=clean_name(message.text))
    await state.set_state(Registration.contact)
    school_id = await _school_id(session, state)
    if not data.get("told_registered") and await registered_with_name(
            session, school_id, data["first_name"], data["last_name"]):
        school = await get_school(session, school_id)
        await message.answer(t("start-same-name", school=school.name,
                               name=f"{data['first_name']} {data['last_name']}"))
    await ask_contact(message, t)


async def ask_contact(message: Message, t: Translate) -> None:
    await message.answer(t("start-ask-contact"),
                         reply_markup=buttons((t("start-skip"), RegCb(action="skip_contact"))))


async def on_contact(message: Message, state: FSMContext, t: Translate) -> None:
    if "no" in intents_of(message.text):  # "non merci", "overslaan": the Skip button
        await ask_consent(message, state, t)
        return
    phone, email = parse_contact(message.text)
    await state.update_data(phone=phone, email=email)
    await ask_consent(message, state, t)


async def on_skip_contact(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    await ask_consent(callback.message, state, t)


async def ask_consent(message: Message, state: FSMContext, t: Translate) -> None:
    await state.set_state(Registration.consent)
    await message.answer(t("start-privacy"), reply_markup=consent_buttons(t))


def consent_buttons(t: Translate) -> InlineKeyboardMarkup:
    return buttons((t("start-consent-yes"), RegCb(action="consent")),
                   (t("start-consent-no"), RegCb(action="no_consent")))


async def on_consent(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    await agree(callback.message, state, t)


async def agree(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(consent=True)
    data = await state.get_data()
    if data.get("shared"):  # the other parent's children come with the family code
        await state.set_state(Registration.more_children)
        await message.answer(
            t("start-family-children", parent=data["parent"],
              children=listed(t, (child["first_name"] for child in data["shared"]))),
            reply_markup=more_children_buttons(t, children_counted(data)))
        return
    await ask_child_name(message, state, t)


async def on_no_consent(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    """Nothing they typed is kept (not even in the conversation's state), but the code
    they came with is given back, to start again without looking for it."""
    data = await state.get_data()
    await state.clear()
    await callback.answer()
    await callback.message.answer(t("start-consent-refused",
                                    code=data.get("code") or data.get("family")))


async def ask_child_name(message: Message, state: FSMContext, t: Translate) -> None:
    await state.set_state(Registration.child_name)
    data = await state.get_data()
    first = not data["children"] and not data.get("shared")
    skip = () if data["needs_children"] or not first else (
        (t("start-no-children"), RegCb(action="children_done")),)
    await message.answer(t("start-ask-child-name", first="yes" if first else "no"),
                         reply_markup=buttons(*skip) if skip else None)


# "Léa P3", "Léa, p3", "Léa (P 3)": a first name with the class after it.
_NAME_AND_CLASS = re.compile(r"(.+?)[\s,;:(–-]+(\w\s?\d)\)?\s*", re.DOTALL)


async def on_child_name(message: Message, state: FSMContext, session: AsyncSession,
                        t: Translate, translator: Translator) -> None:
    """The child's first name; typed with the class after it, both are taken (the name
    alone is kept, and the class question is not asked). A no-word goes on to the summary
    once there is a child, or where none is needed."""
    data = await state.get_data()
    if "no" in intents_of(message.text) and (children_counted(data) or not data["needs_children"]):
        # "non", "c'est tout" after "Add another child": a change of mind, not a child
        return await show_summary(message, state, session, t)
    name, klass = message.text, None
    if (found := _NAME_AND_CLASS.fullmatch(message.text or "")) is not None:
        klass = class_typed(found[2], await _classes(session, state), translator)
        name = found[1] if klass is not None else name
    await state.update_data(child_name=clean_name(name, "children-name-invalid"))
    if klass is not None:
        await add_child(message, klass, state, t)
        return
    await state.set_state(Registration.child_class)
    school = await get_school(session, await _school_id(session, state))
    await message.answer(class_question(t, school, (await state.get_data())["child_name"]),
                         reply_markup=class_keyboard(t, await classes_of(session, school),
                                                     purpose="reg"))


async def _school_id(session: AsyncSession, state: FSMContext) -> int:
    data = await state.get_data()
    if "school_id" in data:
        return data["school_id"]
    # A registration begun before the school was kept in its data: by its invite.
    return (await find_usable_invite(session, data["code"])).school_id


async def _classes(session: AsyncSession, state: FSMContext) -> list[SchoolClass]:
    return await classes_of(session, await get_school(session, await _school_id(session, state)))


async def on_child_class(callback: CallbackQuery, callback_data: ClassCb, state: FSMContext,
                         session: AsyncSession, t: Translate) -> None:
    klass = await get_class(session, await _school_id(session, state), callback_data.class_id)
    await callback.answer()
    await add_child(callback.message, klass, state, t)


async def add_child(message: Message, klass: SchoolClass, state: FSMContext,
                    t: Translate) -> None:
    data = await state.get_data()
    children = [*data["children"], {"first_name": data["child_name"], "class_id": klass.id}]
    await state.update_data(children=children, child_name=None)
    await state.set_state(Registration.more_children)
    await message.answer(
        t("start-child-added", child=data["child_name"], klass=class_label(t, klass)),
        reply_markup=more_children_buttons(t, children_counted({**data, "children": children})))


def children_counted(data: dict) -> int:
    """The children registration will link: one's own and the other parent's."""
    return len(data["children"]) + len(data.get("shared", []))


def more_children_buttons(t: Translate, children: int) -> InlineKeyboardMarkup:
    choices = [(t("start-children-done"), RegCb(action="children_done"))]
    if children < MAX_CHILDREN:
        choices.insert(0, (t("start-add-another-child"), RegCb(action="add_child")))
    return buttons(*choices)


async def on_add_child(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    await ask_child_name(callback.message, state, t)


async def on_children_done(callback: CallbackQuery, state: FSMContext, session: AsyncSession,
                           t: Translate) -> None:
    await callback.answer()
    await show_summary(callback.message, state, session, t)


async def show_summary(message: Message, state: FSMContext, session: AsyncSession,
                       t: Translate) -> None:
    await state.set_state(Registration.confirm)
    await message.answer(await summary(state, session, t), reply_markup=confirm_buttons(t))


def confirm_buttons(t: Translate) -> InlineKeyboardMarkup:
    return buttons((t("start-confirm"), RegCb(action="confirm")),
                   (t("start-restart"), RegCb(action="restart")))


async def summary(state: FSMContext, session: AsyncSession, t: Translate) -> str:
    data = await state.get_data()
    school = await get_school(session, await _school_id(session, state))
    placing = placing_for(school, school_today(school))  # the classes given are September's
    lines = []
    for child in data.get("shared", []):
        klass = await get_class(session, school.id, child["class_id"])
        lines.append(child_line(t, child["first_name"], klass, child.get("placed_for")))
    for child in data["children"]:
        klass, _ = await chosen_class(session, school.id, child["class_id"])
        lines.append(child_line(t, child["first_name"], klass, placing))
    return t(
        "start-summary",
        name=f"{data['first_name']} {data['last_name']}",
        phone=data.get("phone") or "-",
        email=data.get("email") or "-",
        children="\n".join(lines) or "-",
    )


async def on_restart(callback: CallbackQuery, state: FSMContext, session: AsyncSession,
                     t: Translate) -> None:
    await callback.answer()
    data = await state.get_data()
    await begin(callback.message, data.get("family") or data["code"], session, state, t)


async def on_confirm(callback: CallbackQuery, state: FSMContext, session: AsyncSession,
                     t: Translate, bot: Bot, uow: UnitOfWork, translator: Translator) -> None:
    await confirm(callback.message, callback.from_user.id, state, session, t, bot, uow,
                  translator)
    await callback.answer()


async def confirm(message: Message, user_id: int, state: FSMContext, session: AsyncSession,
                  t: Translate, bot: Bot, uow: UnitOfWork, translator: Translator) -> None:
    data = await state.get_data()
    draft = RegistrationDraft(
        invite_code=data.get("code"), family_code=data.get("family"), locale=data["locale"],
        first_name=data["first_name"], last_name=data["last_name"], phone=data.get("phone"),
        email=data.get("email"),
        consent=bool(data.get("consent")),
        children=[ChildDraft(c["first_name"], c["class_id"]) for c in data["children"]],
    )
    member = await register(session, channel_of(bot), str(user_id), draft)
    refresh_after_commit(uow, bot, translator, user_id, member)
    await state.clear()
    if member.status == MemberStatus.PENDING:
        await request_approval(session, member, [[
            Button("approval-approve", ApprovalCb(member_id=member.id, approve=True).pack()),
            Button("approval-reject", ApprovalCb(member_id=member.id, approve=False).pack()),
        ]])
        await message.answer(t("start-pending"))
    else:
        school = await get_school(session, member.school_id)
        await message.answer(t("start-done", name=member.first_name),
                             reply_markup=main_menu(t, member, school))


async def on_typed_at_a_button_step(message: Message, raw_state: str, state: FSMContext,
                                    session: AsyncSession, t: Translate,
                                    translator: Translator, bot: Bot, uow: UnitOfWork) -> None:
    """Typed where a button was expected: a language named ("nl", "français", see
    handlers/words.py) or a class typed as its button reads is taken as the tap, and so
    is a yes-word ("oui", "ja") where the one obvious answer is yes, and a no-word ("non",
    "c'est tout") to "another child?"; anything else gets the step's buttons again."""
    said_yes = "yes" in intents_of(message.text)
    if "no" in intents_of(message.text) and raw_state == Registration.more_children.state:
        return await show_summary(message, state, session, t)
    if said_yes and raw_state == Registration.consent.state:
        return await agree(message, state, t)
    if said_yes and raw_state == Registration.confirm.state:
        return await confirm(message, message.from_user.id, state, session, t, bot, uow,
                             translator)
    if raw_state == Registration.language.state:
        code = language_named(message.text)
        if code is not None:
            return await choose_language(message, code, state, translator)
        markup = language_keyboard()
    elif raw_state == Registration.child_class.state:
        classes = await _classes(session, state)
        klass = class_typed(message.text, classes, translator)
        if klass is not None:
            return await add_child(message, klass, state, t)
        markup = class_keyboard(t, classes, purpose="reg")
    elif raw_state == Registration.consent.state:
        markup = consent_buttons(t)
    elif raw_state == Registration.more_children.state:
        markup = more_children_buttons(t, children_counted(await state.get_data()))
    else:
        markup = confirm_buttons(t)
    await message.answer(t("start-tap-a-button"), reply_markup=markup)


async def on_menu_while_registering(message: Message, raw_state: str, state: FSMContext,
                                    session: AsyncSession, t: Translate) -> None:
    """"menu" or "help" typed during registration, where a name step would have taken
    it for a name: the menu comes with the registration, whose step is asked again."""
    await message.answer(t("start-menu-after-registration"))
    await ask_again(message, raw_state, state, session, t)


async def on_earlier_button(callback: CallbackQuery, raw_state: str, state: FSMContext,
                            session: AsyncSession, t: Translate) -> None:
    """A button of an earlier registration step (a double tap on "Français"): the step
    the person is at is asked again, and nothing changes."""
    await callback.answer()
    await ask_again(callback.message, raw_state, state, session, t)


async def ask_again(message: Message, raw_state: str, state: FSMContext,
                    session: AsyncSession, t: Translate) -> None:
    reg, data = Registration, await state.get_data()
    questions = {reg.code.state: "start-ask-code", reg.first_name.state: "start-ask-first-name",
                 reg.last_name.state: "start-ask-last-name"}
    if raw_state in questions:
        await message.answer(t(questions[raw_state]))
    elif raw_state == reg.language.state:
        school = await get_school(session, await _school_id(session, state))
        await message.answer(t("start-welcome", school=school.name),
                             reply_markup=language_keyboard())
    elif raw_state == reg.contact.state:
        await ask_contact(message, t)
    elif raw_state == reg.consent.state:
        await ask_consent(message, state, t)
    elif raw_state == reg.child_name.state:
        await ask_child_name(message, state, t)
    elif raw_state == reg.child_class.state:
        await message.answer(t("start-ask-child-class", child=data["child_name"]),
                             reply_markup=class_keyboard(t, await _classes(session, state),
                                                         purpose="reg"))
    elif raw_state == reg.more_children.state:
        await message.answer(t("start-tap-a-button"),
                             reply_markup=more_children_buttons(t, children_counted(data)))
    else:
        await message.answer(await summary(state, session, t), reply_markup=confirm_buttons(t))


def class_typed(text: str | None, classes: list[SchoolClass],
                translator: Translator) -> SchoolClass | None:
    """The class typed as its button reads, in any language ("p2", "K3" for M3)."""
    typed = squeezed(text)
    return next((klass for klass in classes if typed in {
        squeezed(class_label(translator.for_locale(code), klass)) for code in LOCALES}), None)


def squeezed(text: str | None) -> str:
    """What was typed, for comparing with a button: "p 2" and "P2" alike."""
    return "".join((text or "").split()).upper()


async def on_cancel(message: Message, member: Member | None, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    """/cancel, or a word for it ("annuler", "stop"): the dialog ends, nothing is kept."""
    had_state = await state.get_state() is not None
    await state.clear()
    if member is None and had_state:  # a registration: no menu yet, the code starts again
        await message.answer(t("cancel-registration"))
    elif member is None or not member.is_active:  # no menu to offer: what they can do
        if had_state:
            await message.answer(t("cancel-done"))
        await message.answer(t(access_of(member)))
    else:
        await answer_with_menu(message, member, session, t,
                               t("cancel-done-menu" if had_state else "cancel-nothing-menu"))


def access_of(member: Member | None) -> str:
    """Why someone has no menu: not registered, waiting for approval, or not active."""
    if member is None:
        return "access-register-first"
    return "access-pending" if member.status == MemberStatus.PENDING else "access-inactive"


async def leave_for_menu(message: Message, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    """"menu" typed in the middle of a dialog: the dialog ends, the menu shows."""
    await state.clear()
    await answer_with_menu(message, member, session, t, t("menu-title"))


async def help_in_a_dialog(message: Message, t: Translate) -> None:
    """"aide" typed in the middle of a dialog would have been taken as the answer (a
    note, a title): the person asked for help, so they are told how to go on or stop,
    and the step waits. The /help command still ends the dialog with the full help."""
    await message.answer(t("dialog-help"))


async def on_waiting(event: Message | CallbackQuery, t: Translate) -> None:
    if isinstance(event, CallbackQuery):
        await event.answer()
        event = event.message
    await event.answer(t("access-pending"))


def on(action: str):
    return RegCb.filter(F.action == action)


def make_router() -> Router:
    """Registration comes first: it must see /start and its own states before features."""
    router = Router(name="start")
    router.message.register(on_start, CommandStart())
    router.message.register(on_cancel, Command("cancel"))
    router.message.register(on_family_code, Command("family"), is_stranger)
    router.message.register(on_cancel, Said("cancel", anyone=True))  # any dialog
    router.message.register(on_waiting, is_waiting, NOT_COMMAND)
    # Before any feature's dialog takes "menu" as its answer (handlers/help.py: outside).
    router.message.register(leave_for_menu, Said("menu"), is_active, in_a_dialog)
    router.message.register(help_in_a_dialog, Said("help"), NOT_COMMAND, is_active, in_a_dialog)
    router.callback_query.register(on_waiting, is_waiting)
    reg = Registration
    router.callback_query.register(on_language, reg.language, LangCb.filter())
    router.message.register(on_menu_while_registering, Said("menu", "help", anyone=True),
                            is_stranger, StateFilter(reg))
    router.message.register(on_first_name, TYPED, reg.first_name, is_stranger)
    router.message.register(on_last_name, TYPED, reg.last_name, is_stranger)
    router.message.register(on_contact, TYPED, reg.contact, is_stranger)
    router.callback_query.register(on_skip_contact, reg.contact, on("skip_contact"))
    router.callback_query.register(on_consent, reg.consent, on("consent"))
    router.callback_query.register(on_no_consent, reg.consent, on("no_consent"))
    router.message.register(on_child_name, TYPED, reg.child_name, is_stranger)
    router.callback_query.register(on_child_class, reg.child_class,
                                   ClassCb.filter(F.purpose == "reg"))
    router.callback_query.register(on_add_child, reg.more_children, on("add_child"))
    router.callback_query.register(
        on_children_done, StateFilter(reg.more_children, reg.child_name),
        on("children_done"))
    router.callback_query.register(on_confirm, reg.confirm, on("confirm"))
    router.callback_query.register(on_restart, reg.confirm, on("restart"))
    router.callback_query.register(on_earlier_button, is_stranger, StateFilter(reg))
    router.message.register(on_typed_at_a_button_step, NOT_COMMAND, is_stranger, StateFilter(
        reg.language, reg.consent, reg.child_class, reg.more_children, reg.confirm))
    return router


def make_code_router() -> Router:
    """Strangers' free text is read as an invite code, and a member's typed invite code
    as /start CODE; included after the features so that commands like /profile reach
    their (guarded) handlers first."""
    router = Router(name="typed-code")
    router.message.register(on_typed_code, StateFilter(None, Registration.code), is_stranger,
                            F.text, NOT_COMMAND)
    router.message.register(start_again, StateFilter(None), F.text, NOT_COMMAND,
                            holds_an_invite_code)  # the database last: rarely reached
    return router
