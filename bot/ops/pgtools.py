"""PostgreSQL's own tools (pg_dump, pg_restore, ...) and scratch databases."""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

# Debian/Ubuntu install the server binaries here, off PATH.
DEBIAN_FOLDERS = Path("/usr/lib/postgresql")


class PgToolFailed(Exception):
    pass


def pg_binary(name: str) -> str:
    """A PostgreSQL program from PATH, else the newest under /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(DEBIAN_FOLDERS.glob(f"*/bin/{name}"),
                        key=lambda path: int(path.parent.parent.name)
                        if path.parent.parent.name.isdecimal() else 0, reverse=True)
    if candidates:
        return str(candidates[0])
    raise PgToolFailed(f"PostgreSQL's {name} is not installed")


def database_name(url: str) -> str:
    return make_url(url).database or "postgres"


def libpq_environment(url: str) -> dict[str, str]:
    """Connection settings for the tools through the environment: a password on the
    command line would show in `ps`."""
    parts = make_url(url)
    settings = {"PGHOST": parts.host, "PGPORT": parts.port, "PGUSER": parts.username,
                "PGPASSWORD": parts.password}
    return {**os.environ, **{key: str(value) for key, value in settings.items()
                             if value is not None}}


async def run_pg_tool(name: str, *args: str, url: str) -> None:
    process = await asyncio.create_subprocess_exec(
        pg_binary(name), *args, env=libpq_environment(url),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    _, errors = await process.communicate()
    if process.returncode != 0:
        raise PgToolFailed(f"{name} failed: {errors.decode(errors='replace').strip()}")


@contextlib.asynccontextmanager
async def scratch_database(url: str) -> AsyncIterator[str]:
    """A new, empty database on the same server, dropped afterwards."""
    name = f"schoolhub_scratch_{secrets.token_hex(6)}"
    server = create_async_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        async with server.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(url).set(database=name).render_as_string(hide_password=False)
        finally:
            async with server.connect() as connection:
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await server.dispose()
