"""Admins approve or reject registrations waiting for them (schools that ask for it)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.i18n import Translate
from core.members.registration import decide
from core.members.service import has_role
from core.models import Member, MemberStatus, RoleKind
from core.schools import get_school
from handlers.keyboards import ButtonData, buttons, queued_menu

PENDING_PAGE = 10


class ApprovalCb(ButtonData, prefix="appr"):
    member_id: int
    approve: bool


def decision_keyboard(t: Translate, member_id: int):
    return buttons(
        (t("approval-approve"), ApprovalCb(member_id=member_id, approve=True)),
        (t("approval-reject"), ApprovalCb(member_id=member_id, approve=False)),
    )


async def on_decision(callback: CallbackQuery, callback_data: ApprovalCb, member: Member,
                      session: AsyncSession, t: Translate) -> None:
    school = await get_school(session, member.school_id)
    decided = await decide(session, member, callback_data.member_id, callback_data.approve,
                           menu=queued_menu(school))
    await callback.answer()
    outcome = "approval-approved" if callback_data.approve else "approval-rejected"
    await callback.message.edit_text(t(outcome, name=decided.full_name))


async def show_pending(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    await state.clear()
    if not has_role(member, RoleKind.ADMIN):
        raise DomainError("access-admin-only")
    waiting = list(await session.scalars(
        select(Member)
        .where(Member.school_id == member.school_id, Member.status == MemberStatus.PENDING)
        .order_by(Member.created_at)
        .limit(PENDING_PAGE)
    ))
    if not waiting:
        await message.answer(t("approval-none-pending"))
        return
    for person in waiting:
        await message.answer(t("approval-request", name=person.full_name),
                             reply_markup=decision_keyboard(t, person.id))


def make_router() -> Router:
    router = Router(name="approvals")
    router.callback_query.register(on_decision, ApprovalCb.filter())
    router.message.register(show_pending, Command("pending"))
    return router
