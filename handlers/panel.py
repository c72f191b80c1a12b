"""/panel: an admin gets a one-time link that opens the web panel, no password needed."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.admin import links
from core.i18n import Translate
from core.models import Member


async def send_panel_link(message: Message, member: Member, session: AsyncSession,
                          t: Translate, panel_url: str) -> None:
    token = await links.issue(session, member)  # refuses whoever is not an admin
    minutes = int(links.LIFETIME.total_seconds() // 60)
    await message.answer(t("panel-link", url=f"{panel_url}/login/link/{token}",
                           minutes=minutes))


def make_router() -> Router:
    router = Router(name="panel")
    router.message.register(send_panel_link, Command("panel"))
    return router
