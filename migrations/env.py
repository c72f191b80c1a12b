"""Alembic environment: async engines, batch mode so SQLite can alter tables too."""

import asyncio
from logging.config import fileConfig

from alembic import context
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from core.models import Base
from core.models.base import UTCDateTime

config = context.config
if config.config_file_name and not config.attributes.get("database_url"):
    fileConfig(config.config_file_name)


def database_url() -> str:
    url = config.attributes.get("database_url")
    if url:
        return url
    from bot.config import Settings  # only when run from the alembic command line

    return Settings().database_url


def render_item(type_, obj, autogen_context):
    """Migrations spell plain SQL types, never our Python-side decorators."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


# Replicas starting together migrate one after the other (the others then find nothing
# to do); the lock belongs to the migration's transaction and ends with it.
MIGRATION_LOCK = 0x5C400_3160


async def run_async() -> None:
    engine = create_async_engine(database_url())
    async with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                     {"key": MIGRATION_LOCK})
        await connection.run_sync(run_migrations)
        await connection.commit()  # Alembic leaves a transaction it did not begin to us
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=database_url(), target_metadata=Base.metadata, render_as_batch=True,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(run_async())
