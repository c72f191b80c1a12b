"""Class group chats: linking by the rep, announcements posted there, supergroups."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import select, update

from core.announcements import service as announcements
from core.models import Announcement, ClassGroup, School
from handlers.groups import LinkCb
from tests.support.flows import class_ids, compose, families, rep_of
from tests.support.harness import App
from tests.support.telegram_api import LocalBotApi

GROUP = (-5001, "Parents P3")


@pytest.fixture
async def chat_channel() -> AsyncIterator[LocalBotApi]:
    """Class group chats are Telegram groups (WhatsApp groups are not reachable through
    the Cloud API), so these transcripts run on Telegram only."""
    server = LocalBotApi()
    await server.start()
    yield server
    await server.stop()


async def test_a_rep_links_the_class_group_and_announcements_go_there(app: App) -> None:
    anna, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    assert "/linkgroup, sent in your class's Telegram group" in await tom.says("/help")
    assert await tom.says("/linkgroup") == (  # in private: told where it belongs
        "To link your class's group chat: add me to that Telegram group, then send "
        "/linkgroup in the group. I will ask you here which class it is. (WhatsApp groups "
        "cannot be linked.)")
    assert "I do not know that command" in await anna.says("/linkgroup")  # not hers
    assert await tom.says_in_group(GROUP, "/linkgroup") == \
        "Tom, please confirm in our private chat."
    assert "Link the group “Parents P3” to which class?" in tom.last.text
    assert tom.button_labels() == ["Link to P3"]
    assert "✅ The group now receives the announcements for P3." in await tom.taps("Link to P3")
    assert app.group_inbox(GROUP[0])[-1].text == \
        "📣 This group now receives the school announcements for P3."

    await compose(tom, "Swimming tomorrow.", audience=())
    await tom.taps("📣 Send")
    await app.deliver()
    assert app.group_inbox(GROUP[0])[-1].text == "📣 From Tom Claes:\nSwimming tomorrow."

    await compose(tom, "The class photo.", audience=(), file=("class.png", b"PNG"))
    await tom.taps("📣 Send")
    await app.deliver()
    posted = app.group_inbox(GROUP[0])[-1]
    assert (posted.text, posted.document_bytes) == ("📣 From Tom Claes:\nThe class photo.", b"PNG")

    # At 21:30 the group, like the families, waits for the morning; Stop holds it back there too
    async with app.sessions() as session, session.begin():
        await session.execute(update(School).values(quiet_start=time(21), quiet_end=time(8)))
    night = datetime(2026, 11, 23, 21, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    with time_machine.travel(night, tick=False):
        await compose(tom, "Trip on the 3rd.", audience=())
        await tom.taps("📣 Send")
        wrong = tom.last
        await compose(tom, "Bring boots.", audience=())
        await tom.taps("📣 Send")
        assert await app.deliver() == 0
        assert "3 messages were not sent" in await tom.taps_again(wrong, "Stop sending")
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.deliver()
    assert [m.text for m in app.group_inbox(GROUP[0])[-2:]] == [
        "📣 From Tom Claes:\nThe class photo.", "📣 From Tom Claes:\nBring boots."]


async def test_only_the_rep_may_link_and_chatter_is_ignored(app: App) -> None:
    anna, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    assert await anna.says_in_group(GROUP, "/linkgroup") == \
        "Only the class representative can link this group to a class."
    assert await anna.says_in_group(GROUP, "Who has a spare towel?") == ""
    assert await anna.says_in_group(GROUP, "/profile") == ""
    classes = await class_ids(app, school_id)
    assert "Only the class representative" in await tom.forges(
        LinkCb(class_id=classes["P5"], chat_id=GROUP[0]).pack())
    async with app.sessions() as session:
        assert await session.scalar(select(ClassGroup.id)) is None


async def test_a_group_upgraded_to_a_supergroup_stays_linked(app: App) -> None:
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await tom.says_in_group(GROUP, "/linkgroup")
    await tom.taps("Link to P3")
    await tom.says_in_group(GROUP, "", migrate_to_chat_id=-1005001)
    async with app.sessions() as session:
        assert await session.scalar(select(ClassGroup.chat_id)) == "-1005001"
    await compose(tom, "Photo day.", audience=())
    await tom.taps("📣 Send")
    await app.deliver()
    assert app.group_inbox(-1005001)[-1].text.endswith("Photo day.")


async def test_the_group_reads_every_language_the_rep_wrote(app: App) -> None:
    """A class group mixes French- and Dutch-speaking families: it gets each version."""
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await tom.says_in_group(GROUP, "/linkgroup")
    await tom.taps("Link to P3")
    await compose(tom, "Swimming tomorrow.", audience=(),
                  versions={"French": "Piscine demain.", "Dutch": "Morgen zwemmen."})
    await tom.taps("📣 Send")
    await app.deliver()
    assert app.group_inbox(GROUP[0])[-1].text == (
        "📣 From Tom Claes:\nSwimming tomorrow.\n\n— Français —\nPiscine demain.\n\n"
        "— Nederlands —\nMorgen zwemmen.")

    # Too long together for one message: one post per language; Stop holds back each
    async with app.sessions() as session, session.begin():
        await session.execute(update(School).values(quiet_start=time(21), quiet_end=time(8)))
    night = datetime(2026, 11, 23, 21, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    english, dutch = "Swim. " * 350, "Zwem. " * 350
    with time_machine.travel(night, tick=False):
        await compose(tom, english.strip(), audience=(), versions={"Dutch": dutch.strip()})
        await tom.taps("📣 Send")
        late = tom.last
        async with app.sessions() as session:  # what the panel says Stop holds back
            split = await session.scalar(select(Announcement).order_by(Announcement.id.desc()))
            assert await announcements.waiting(session, split) == 4  # 2 families, 2 posts
        await compose(tom, "Trip on the 3rd.", audience=(),
                      versions={"Dutch": "Uitstap op de 3de."})
        await tom.taps("📣 Send")
        assert "4 messages were not sent" in await tom.taps_again(late, "Stop sending")
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.deliver()
    posts = [m.text for m in app.group_inbox(GROUP[0])]
    assert posts[-1] == "📣 From Tom Claes:\nTrip on the 3rd.\n\n— Nederlands —\nUitstap op de 3de."
    assert not any("Swim." in post or "Zwem." in post for post in posts)

    with time_machine.travel(night.replace(day=24, hour=10), tick=False):
        await compose(tom, english.strip(), audience=(), versions={"Dutch": dutch.strip()})
        await tom.taps("📣 Send")
        await app.deliver()
    assert [m.text for m in app.group_inbox(GROUP[0])[-2:]] == [
        f"📣 From Tom Claes:\n{english.strip()}",
        f"📣 From Tom Claes:\n— Nederlands —\n{dutch.strip()}"]


async def test_a_polls_choices_are_listed_in_the_group_to_answer_in_private(app: App) -> None:
    """The bot answers nothing in groups: the choices are lines of text, and where to
    answer is said in each language the rep wrote."""
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await tom.says_in_group(GROUP, "/linkgroup")
    await tom.taps("Link to P3")
    await compose(tom, "Which Saturday for the party?", audience=(),
                  versions={"Dutch": "Welke zaterdag voor het feest?"})
    await tom.taps("Add choices")
    await tom.says("Sat 12\nSat 19")
    await tom.taps("📣 Send")
    await app.deliver()
    post = app.group_inbox(GROUP[0])[-1]
    assert post.text == (
        "📣 From Tom Claes:\nWhich Saturday for the party?\n\n— Nederlands —\n"
        "Welke zaterdag voor het feest?\n\n▫️ Sat 12\n▫️ Sat 19\n"
        "📊 Answer in your private chat with the bot.\n"
        "📊 Antwoord in je privégesprek met de bot.")
    assert post.buttons == []
