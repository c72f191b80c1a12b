"""SEL offers and needs in the panel: the list with its reports and the "reported only"
filter, a post's page, removal with a reason behind "I am sure" (its author told, its
followers' alerts withdrawn, gone from browsing and search), dismissed reports, and
another school's post out of reach."""

from __future__ import annotations

import html

from sqlalchemy import select

from core.db import unit_of_work
from core.models import AuditEntry, Member, MemberStatus, OutboxMessage, SelPost
from core.sel import follows, moderation, posts
from core.sel.posts import create_post
from handlers.sel_posts import open_button
from tests.support.panel import member_named, other_school_admin, page, submit

REASON = "Selling cosmetics is not an exchange between parents."


async def two_posts(app) -> tuple[int, int]:
    """Anna (approved) offers maths help and a bike; Sophie follows Homework (her alert
    is still waiting) and reports the maths help."""
    async with unit_of_work(app.sessions) as uow:
        session = uow.session
        sophie = await session.scalar(select(Member).where(Member.first_name == "Sophie"))
        anna = await session.scalar(select(Member).where(Member.first_name == "Anna"))
        anna.status = MemberStatus.ACTIVE
        await follows.follow(session, sophie, "homework")
        maths = await create_post(session, anna, kind="offer", category="homework",
                                  title="Maths help", description="Thursdays.\nAt the library.")
        await follows.tell_followers(session, maths, open_button(maths))
        bike = await create_post(session, anna, kind="need", category="transport",
                                 title="A bike for Léa", description="Size 24.")
        assert await moderation.report(session, sophie, maths.id)
        return maths.id, bike.id


def table_of(listing: str) -> str:
    return listing.split("<tbody>")[1]


async def test_the_list_shows_reports_and_filters_the_reported(admin) -> None:
    app, client = admin
    maths, bike = await two_posts(app)
    # the link to them says how many posts have reports to look at, and opens those
    assert ('<a href="/admin/sel/posts">Offers and needs</a> (<a href="/admin/sel/posts?'
            'reported=1">🚩 1 reported</a>)') in await page(client, "/admin/sel")
    listing = table_of(await page(client, "/admin/sel/posts"))
    assert listing.index("A bike for Léa") < listing.index("Maths help")  # newest first
    assert f'<a href="/admin/sel/posts/{maths}">Maths help</a>' in listing
    assert "🔎 Need" in listing and "🚗 Transport" in listing and "🟢 Visible" in listing
    assert "<strong>🚩 1</strong>" in listing
    by_reports = table_of(await page(client, "/admin/sel/posts?sort=reports&dir=desc"))
    assert by_reports.index("Maths help") < by_reports.index("A bike for Léa")
    reported = table_of(await page(client, "/admin/sel/posts?reported=1"))
    assert "Maths help" in reported and "A bike for Léa" not in reported
    assert "reported=1&amp;sort=posted" in await page(client, "/admin/sel/posts?reported=1")

    anna = await member_named(app, "Anna")
    card = await page(client, f"/admin/sel/posts/{maths}")
    assert f'<a href="/admin/members/{anna.id}">Anna De Smet</a>' in card
    assert "Thursdays.\nAt the library." in card
    assert "Sophie Lambert" in card.split("<tbody>")[1]  # who reported it

    dismissed = await submit(client, f"/admin/sel/posts/{maths}/dismiss")
    assert "The reports are dismissed; the post stays." in await dismissed.text()
    assert "dismissed on" in await dismissed.text()
    assert "Maths help" not in table_of(await page(client, "/admin/sel/posts?reported=1"))
    assert "<strong>🚩" not in table_of(await page(client, "/admin/sel/posts"))
    assert "reported=1" not in await page(client, "/admin/sel")  # none left to look at
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "sel-post-dismiss-reports"))
    assert (entry.subject, entry.after) == (f"sel-post:{maths}", {"dismissed": 1})


async def test_removing_a_post_needs_a_reason_and_i_am_sure(admin) -> None:
    app, client = admin
    maths, _ = await two_posts(app)
    path = f"/admin/sel/posts/{maths}/remove"
    for form, errors in (({"reason": " ", "confirm": "on"}, ["e-reason"]),
                         ({"reason": "x" * 301, "confirm": "on"}, ["e-reason"]),
                         ({"reason": REASON}, ["e-confirm"]),
                         ({}, ["e-reason", "e-confirm"])):
        refused = await submit(client, path, form)
        text = html.unescape(await refused.text())
        assert refused.status == 400, form
        for error in errors:
            assert f'id="{error}"' in text, (form, error)
    assert "Please give a reason: the post's author reads it." in text
    assert (await stored_post(app, maths)).status == "active"

    removed = await submit(client, path, {"reason": f"  {REASON} ", "confirm": "on"})
    text = await removed.text()
    assert "The post is removed; its author is told." in text
    assert "🚫 Removed by the school" in text and REASON in text
    assert "Remove the post</button>" not in text  # nothing left to do
    post = await stored_post(app, maths)
    assert (post.status, post.removed_reason) == ("removed", REASON)
    async with app.sessions() as session:
        rows = (await session.execute(
            select(Member.first_name, OutboxMessage.message_id, OutboxMessage.status,
                   OutboxMessage.message_args)
            .join(Member, Member.id == OutboxMessage.member_id)
            .where(OutboxMessage.message_id.in_(["posts-removed-notice",
                                                 "posts-followed-notice"])))).all()
        entry = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "sel-post-remove"))
        school_id = post.school_id
        browsed, _ = await posts.browse(session, school_id, "offer", "homework")
        found, _ = await posts.search(session, school_id, "maths")
    assert sorted((name, message, status) for name, message, status, _ in rows) == [
        ("Anna", "posts-removed-notice", "pending"),
        ("Sophie", "posts-followed-notice", "cancelled")]  # her alert is withdrawn
    assert [args for name, _, _, args in rows if name == "Anna"] == [
        {"kind": "offer", "title": "Maths help", "reason": REASON}]
    assert (entry.subject, entry.before, entry.after) == (
        f"sel-post:{maths}", {"status": "active"}, {"status": "removed", "reason": REASON})
    assert browsed == [] and found == []
    assert "Maths help" not in await page(client, "/admin/sel/posts")
    again = await submit(client, path, {"reason": REASON, "confirm": "on"})
    assert again.status == 409 and "This post is already removed." in await again.text()


async def stored_post(app, post_id: int) -> SelPost:
    async with app.sessions() as session:
        return await session.get_one(SelPost, post_id)


async def test_another_schools_post_is_out_of_reach(admin) -> None:
    app, client = admin
    async with other_school_admin(app) as (session, zoe):
        elsewhere = await create_post(session, zoe, kind="offer", category="garden",
                                      title="Zoé's lawn", description="Mowing.")
    assert (await client.get(f"/admin/sel/posts/{elsewhere.id}")).status == 404
    for action in ("remove", "dismiss"):
        refused = await submit(client, f"/admin/sel/posts/{elsewhere.id}/{action}",
                               {"reason": REASON, "confirm": "on"})
        assert refused.status == 404, action
        assert "No offer or need with that number in your school." in await refused.text()
    assert (await stored_post(app, elsewhere.id)).status == "active"
    assert "Zoé" not in await page(client, "/admin/sel/posts")
    assert (await client.get("/admin/sel/posts/99999999999")).status == 404
