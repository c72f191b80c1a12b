"""Login throttling without locking the real admin out: failures are counted per
(login, address) pair and per address, so an attacker elsewhere cannot block an
account, while guessing from one place soon stops."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.models import LoginFailure

WINDOW = timedelta(minutes=15)
PER_PAIR = 5
PER_ADDRESS = 20


def keys(login: str, address: str) -> tuple[str, str]:
    return f"login:{login.strip().lower()}|ip:{address}", f"ip:{address}"


async def blocked(session: AsyncSession, login: str, address: str) -> bool:
    pair, ip = keys(login, address)
    since = utcnow() - WINDOW
    rows = await session.execute(
        select(LoginFailure.key, func.count()).where(LoginFailure.key.in_([pair, ip]),
                                                     LoginFailure.at > since)
        .group_by(LoginFailure.key))
    counts = {key: count for key, count in rows}
    return counts.get(pair, 0) >= PER_PAIR or counts.get(ip, 0) >= PER_ADDRESS


async def failed(session: AsyncSession, login: str, address: str) -> None:
    session.add_all(LoginFailure(key=key) for key in keys(login, address))
    await session.execute(delete(LoginFailure).where(LoginFailure.at < utcnow() - WINDOW))


async def succeeded(session: AsyncSession, login: str, address: str) -> None:
    await session.execute(delete(LoginFailure).where(
        LoginFailure.key == keys(login, address)[0]))
