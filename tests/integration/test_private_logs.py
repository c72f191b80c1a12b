"""Logs never carry personal data: a database error, logged with its traceback (a failed
update, an outbox pass), names the statement but not the values people typed."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from core.db import create_engine, session_factory, unit_of_work
from core.models import Identity, SelPost
from tests.support.people import school_with_members


async def test_a_database_error_does_not_quote_what_people_wrote(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        with pytest.raises(IntegrityError) as failure:
            async with unit_of_work(session_factory(engine)) as uow:
                _, (anna,) = await school_with_members(uow.session, 1)
                uow.session.add(SelPost(
                    school_id=anna.school_id, member_id=anna.id, kind="offer",
                    category="other", title="Maths with Anna",
                    description="Call Anna on 0470 12 34 56", units_per_hour=0))
                await uow.session.flush()
    finally:
        await engine.dispose()
    logged = str(failure.value)
    assert "units_per_hour" in logged  # what failed is still told
    assert "Anna" not in logged and "0470" not in logged


async def test_a_duplicate_does_not_quote_the_phone_number(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        with pytest.raises(IntegrityError) as failure:
            async with unit_of_work(session_factory(engine)) as uow:
                _, (anna, jan) = await school_with_members(uow.session, 2)
                for member in (anna, jan):
                    uow.session.add(Identity(member_id=member.id, channel="whatsapp",
                                             external_id="32470123456"))
                await uow.session.flush()
    finally:
        await engine.dispose()
    assert "32470123456" not in str(failure.value)
