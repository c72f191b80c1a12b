"""Announcements in panel tests: two approved families, and the compose form sent as a
browser sends it, then "Send now" on the preview it leads to."""

from __future__ import annotations

import re

from aiohttp import ClientResponse, FormData
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from core.models import Announcement
from tests.support.flows import another_family
from tests.support.harness import App, Person
from tests.support.panel import csrf_of, member_named, page, submit

PHOTO = b"\xff\xd8\xff\xe0 the swimming pool map"
NEW = "/admin/announcements/new"


async def parents(app: App, client: TestClient) -> tuple[Person, Person]:
    """Anna (English, P3) and Marc (French, P5), both approved from the panel, their
    chats read."""
    school_id = (await member_named(app, "Anna")).school_id
    marc = await another_family(app, school_id, 120, "Marc", (("Tom", "P5"),))
    for name in ("Anna", "Marc"):
        await submit(client, f"/admin/members/{(await member_named(app, name)).id}/approve")
    await app.deliver()
    return app.person(110, "Anna", "en"), marc


async def compose(client: TestClient, text: str, audience: str = "school",
                  class_id: int | None = None, file: tuple[str, str, bytes] | None = None,
                  path: str = NEW, urgent: bool = False, remove_file: bool = False,
                  **versions: str) -> ClientResponse:
    """Send the compose form (or, with `path`, a draft's edit form) as a browser does:
    multipart, with the session's token; `versions` as text_fr="..." for the other
    languages' fields."""
    form = FormData()
    form.add_field("csrf", csrf_of(await page(client, path)))
    form.add_field("text", text)
    for name, version in versions.items():
        form.add_field(name, version)
    form.add_field("audience", audience)
    if class_id is not None:
        form.add_field("class_id", str(class_id))
    for name, ticked in (("urgent", urgent), ("remove_file", remove_file)):
        if ticked:
            form.add_field(name, "on")
    if file is not None:
        name, content_type, data = file
        form.add_field("file", data, filename=name, content_type=content_type)
    return await client.post(path, data=form)


async def send_from(preview: ClientResponse, client: TestClient) -> ClientResponse:
    """Press "Send now" on the preview the form led to."""
    text = await preview.text()
    assert preview.status == 200, text
    action = re.search(r'action="(/admin/announcements/\d+/send)"', text).group(1)
    return await client.post(action, data={"csrf": csrf_of(text)})


async def announce(client: TestClient, text: str, *args, **kwargs) -> ClientResponse:
    """Compose, then send from the preview: the announcement's page."""
    return await send_from(await compose(client, text, *args, **kwargs), client)


async def latest(app: App) -> int | None:
    async with app.sessions() as session:
        return await session.scalar(select(func.max(Announcement.id)))
