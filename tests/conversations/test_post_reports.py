"""Moderation of the SEL's offers and needs in the chat: a parent reports a post (after a
confirmation, once), the school's admins are told; a post the admins removed is gone for
everyone, and its author, told why, can no longer change it — as transcripts."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import select

from bot.scheduler import remind_expiring_posts
from core.clock import utcnow
from core.db import unit_of_work
from core.models import Member, SelPost, SelPostReport
from core.sel import moderation
from core.sel.posts import create_post
from handlers.sel_posts import PostsCb
from tests.conversations.test_posts import (
    MATHS,
    NOT_AVAILABLE_NL,
    NOTHING_NL,
    browse_offers,
    offer,
    open_offer,
    post_named,
    search,
)
from tests.conversations.test_privacy import document_of, forget, mentions
from tests.support.flows import admin_of, another_family, families, second_parent
from tests.support.harness import App

REMOVED = f"“{MATHS}” was removed by the school's admins: it can no longer be changed."


async def reports(app: App) -> list[tuple[int, int]]:
    async with app.sessions() as session:
        rows = await session.execute(select(SelPostReport.post_id, SelPostReport.member_id))
        return sorted(tuple(row) for row in rows)


async def test_a_parent_reports_a_post_and_the_admins_are_told(app: App) -> None:
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await offer(anna)
    await open_offer(jan)
    assert jan.button_labels() == ["✉️ Contact opnemen", "💸 Betalen", "🚩 Melden"]
    assert (await jan.taps("🚩 Melden")).startswith(
        "🚩 Dit zoekertje melden aan de beheerders van de school?\n"
        f"“{MATHS}”\n"
        "Zij beslissen of het blijft. De auteur hoort niet wie het gemeld heeft.")
    assert jan.button_labels() == ["🚩 Melden", "Annuleren"]
    assert await jan.taps("Annuleren") == "Er is niets gemeld."  # a mistaken tap
    assert await reports(app) == []
    assert await app.deliver() == 0

    await open_offer(jan)
    await jan.taps("🚩 Melden")
    assert await jan.taps("🚩 Melden") == (
        "🚩 Bedankt: de beheerders van de school zijn verwittigd, en zij beslissen wat er "
        "met dit zoekertje gebeurt.")
    anna_had = len(anna.inbox)
    assert await app.deliver() == 1
    assert sophie.last.text == (
        f"🚩 An offer was reported: “{MATHS}” by Anna De Smet (1 report). "
        "You can remove it in the panel: SEL → Offers and needs.")
    assert len(anna.inbox) == anna_had  # the author is not told, nor who reported

    marie = await another_family(app, school_id, 403, "Marie", (("Louis", "P1"),))
    await marie.says("/offers")
    await marie.taps("Voir les offres")
    await marie.taps("📚 Devoirs")
    await marie.taps(MATHS)
    assert "Signaler cette annonce aux administrateurs" in await marie.taps("🚩 Signaler")
    assert "🚩 Merci : les administrateurs de l'école sont prévenus" in \
        await marie.taps("🚩 Signaler")
    assert await app.deliver() == 1
    assert sophie.last.text.startswith(
        f"🚩 An offer was reported: “{MATHS}” by Anna De Smet (2 reports).")
    assert len(anna.inbox) == anna_had
    assert len(await reports(app)) == 2


async def test_a_second_report_my_own_post_and_a_stale_button(app: App) -> None:
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await offer(anna)
    marc = await second_parent(app, anna)
    await app.deliver()  # what Marc's registration told Anna
    post = await post_named(app, MATHS)
    await open_offer(jan)
    card = jan.keyboard()
    await jan.taps("🚩 Melden")
    confirm = jan.keyboard()
    assert "Bedankt" in await jan.taps("🚩 Melden")
    already = ("Je hebt dit zoekertje al gemeld: de beheerders van de school beslissen wat "
               "ermee gebeurt.")
    assert await jan.taps_again(confirm, "🚩 Melden") == already  # a double tap
    await jan.taps_again(card, "🚩 Melden")
    assert await jan.taps("🚩 Melden") == already
    assert len(await reports(app)) == 1

    # The author never sees the button; forged, it is refused.
    for action in ("report", "report_yes"):
        assert await anna.forges(PostsCb(action=action, post_id=post.id).pack()) == \
            "You cannot report your own post."
    assert await jan.forges(
        PostsCb(action="report_yes", post_id=999_999).pack()) == NOT_AVAILABLE_NL
    # Nor does Anna's co-parent: the post is their household's own.
    await marc.says("/offers")
    await marc.taps("See offers")
    await marc.taps("📚 Homework")
    await marc.taps(MATHS)
    assert await marc.taps("🚩 Report") == "You cannot report a post of your own family."
    assert await marc.forges(PostsCb(action="report_yes", post_id=post.id).pack()) == \
        "You cannot report a post of your own family."
    assert len(await reports(app)) == 1

    await anna.forges(PostsCb(action="delete_yes", post_id=post.id).pack())
    marie = await another_family(app, school_id, 403, "Marie", (("Louis", "P1"),))
    assert await marie.forges(PostsCb(action="report_yes", post_id=post.id).pack()) == \
        "Cette annonce n'est pas (ou plus) disponible."
    assert await jan.taps_again(confirm, "🚩 Melden") == NOT_AVAILABLE_NL  # deleted since
    assert len(await reports(app)) == 1
    assert await app.deliver() == 0  # Jan's one report's notice: the post is gone since
    assert not [m for m in sophie.inbox if "was reported" in (m.text or "")]


async def test_a_removed_post_is_gone_and_its_author_cannot_bring_it_back(app: App) -> None:
    anna, jan, school_id = await families(app)
    await browse_offers(jan)
    await jan.taps("🔔 Laat het me weten")
    await offer(anna)
    post = await post_named(app, MATHS)
    async with unit_of_work(app.sessions) as uow:  # as the panel does
        await moderation.remove(uow.session, school_id, post.id,
                                "Selling goods is not what the SEL is for.")
    assert await app.deliver() == 1  # Jan's alert, not sent yet, is withdrawn
    assert not [m for m in jan.inbox if (m.text or "").startswith("🔔 Nieuw")]
    assert anna.last.text == (f"🚫 The school's admins removed your offer “{MATHS}”. "
                              "Reason: Selling goods is not what the SEL is for.")

    assert (await browse_offers(jan)).startswith(NOTHING_NL)
    assert await search(jan, "maths", "Zoeken") == NOTHING_NL
    assert await jan.forges(PostsCb(action="view", post_id=post.id).pack()) == NOT_AVAILABLE_NL
    await anna.says("/offers")
    assert await anna.taps("🗂 My posts") == "Nothing here yet."
    for action in ("view", "resume", "pause", "renew", "edit_title", "delete", "delete_yes"):
        assert await anna.forges(PostsCb(action=action, post_id=post.id).pack()) == REMOVED, \
            action
    async with app.sessions() as session:
        after = await session.get_one(SelPost, post.id)
    assert (after.status, after.expires_at) == ("removed", post.expires_at)


async def test_my_reports_are_in_my_data_and_go_when_i_am_forgotten(app: App) -> None:
    """Anna reports two of Jan's posts, which the admins remove, one with a reason naming
    her. Her data holds her reports, Jan's his posts' reasons; erased, her reports go, and
    so does her name from the reason, while the other reason stays."""
    anna, jan, school_id = await families(app)
    await admin_of(app, school_id)
    async with unit_of_work(app.sessions) as uow:
        author = await uow.session.scalar(select(Member).where(Member.first_name == "Jan"))
        shop, lift = [await create_post(uow.session, author, kind="offer", category="other",
                                        title=title, description="…")
                      for title in ("Cosmetics for sale", "Lift to the pool")]
    for post in (shop, lift):
        await anna.forges(PostsCb(action="report_yes", post_id=post.id).pack())
    reasons = {shop.id: "Selling goods is not an exchange.",
               lift.id: "Anna De Smet says the address of a child is given."}
    async with unit_of_work(app.sessions) as uow:
        for post_id, reason in reasons.items():
            await moderation.remove(uow.session, school_id, post_id, reason)

    await anna.says("/mydata")
    assert [report["post_id"] for report in document_of(anna)["sel"]["reports"]] == \
        [shop.id, lift.id]
    await jan.says("/mydata")
    assert {p["id"]: p["removed_reason"] for p in document_of(jan)["sel"]["posts"]} == reasons

    await forget(anna)
    assert await reports(app) == []
    assert await mentions(app, "Anna", "De Smet") == []
    async with app.sessions() as session:
        kept = await session.get_one(SelPost, shop.id)
    assert kept.removed_reason == reasons[shop.id]


async def test_the_admins_notices_of_reports_lose_a_forgotten_authors_title(app: App) -> None:
    """Anna's offer is reported by Jan (the admins told) and by Marie (not told yet) when
    Anna is forgotten: the notice still waiting is about a post that is gone and does not
    go, and the one sent loses her title, as her post and its alerts do."""
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await offer(anna)
    post = await post_named(app, MATHS)
    await jan.forges(PostsCb(action="report_yes", post_id=post.id).pack())
    assert await app.deliver() == 1
    marie = await another_family(app, school_id, 403, "Marie", (("Louis", "P1"),))
    await marie.forges(PostsCb(action="report_yes", post_id=post.id).pack())

    await forget(anna)
    assert await app.deliver() == 0
    assert sum("was reported" in (m.text or "") for m in sophie.inbox) == 1
    assert await mentions(app, MATHS) == []


async def test_what_waited_about_a_removed_post_is_not_sent(app: App) -> None:
    """A week before Anna's offer ends, her reminder to renew it and the admins' notice of
    Jan's report are not sent yet when the post is removed: only the removal goes."""
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await offer(anna)
    post = await post_named(app, MATHS)
    with time_machine.travel(utcnow() + timedelta(days=84)):
        assert await remind_expiring_posts(app.sessions) == 1
        await jan.forges(PostsCb(action="report_yes", post_id=post.id).pack())
        async with unit_of_work(app.sessions) as uow:
            await moderation.remove(uow.session, school_id, post.id, "Not an exchange.")
        await app.parents_wrote_recently()
        sophie_had = len(sophie.inbox)
        assert await app.deliver() == 1
        assert anna.last.text.startswith("🚫 The school's admins removed your offer")
        assert not [m for m in anna.inbox if (m.text or "").startswith("⏳")]
        assert len(sophie.inbox) == sophie_had


async def test_what_waited_about_a_deleted_post_or_dismissed_reports_is_not_sent(
        app: App) -> None:
    """Anna deletes her offer a week before it ends: neither her reminder to renew it nor
    the admins' notice of Jan's report still waiting goes out. Later Sophie dismisses the
    reports of Anna's next offer: the notice still waiting would send her to remove it."""
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await offer(anna)
    post = await post_named(app, MATHS)
    with time_machine.travel(utcnow() + timedelta(days=84)):
        assert await remind_expiring_posts(app.sessions) == 1
        await jan.forges(PostsCb(action="report_yes", post_id=post.id).pack())
        await anna.forges(PostsCb(action="delete_yes", post_id=post.id).pack())
        await app.parents_wrote_recently()
        assert await app.deliver() == 0
        assert not [m for m in anna.inbox if (m.text or "").startswith("⏳")]

    await offer(anna, "Piano lessons")
    piano = await post_named(app, "Piano lessons")
    await jan.forges(PostsCb(action="report_yes", post_id=piano.id).pack())
    sophie_had = len(sophie.inbox)
    async with unit_of_work(app.sessions) as uow:
        assert await moderation.dismiss_reports(uow.session, school_id, piano.id) == 1
    assert await app.deliver() == 0
    assert len(sophie.inbox) == sophie_had
