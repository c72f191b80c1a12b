"""Conversations several tests go through, written once."""

from __future__ import annotations

import re

import aiohttp
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from core.db import unit_of_work
from core.members import roles
from core.members.invites import create_invite
from core.models import Invite, Member, RoleKind, SchoolClass, SelAccount
from tests.support.harness import App, Person, SchoolFixture

LABELS = {
    "English": {"skip": "Skip", "continue": "Continue", "none": "No child"},
    "Français": {"skip": "Passer", "continue": "Continuer", "none": "pas d'enfant"},
    "Nederlands": {"skip": "Overslaan", "continue": "Verder", "none": "Geen kind"},
}


async def register(person: Person, code: str, *, language: str = "English",
                   first: str = "Anna", last: str = "De Smet",
                   children: tuple[tuple[str, str], ...] = (("Léa", "P3"),),
                   contact: str | None = None) -> str:
    await person.says(f"/start {code}")
    await person.taps(language)
    await person.says(first)
    await person.says(last)
    await (person.says(contact) if contact else person.taps(LABELS[language]["skip"]))
    await person.taps("✅")
    for index, (name, klass) in enumerate(children):
        if index:
            await person.taps("➕")
        await person.says(name)
        await person.taps(klass)
    await person.taps(LABELS[language]["continue" if children else "none"])
    return await person.taps("✅")



async def up_to_the_consent(person: Person, first: str = "Marc", last: str = "Dubois",
                            contact: str | None = None) -> str:
    """A stranger's registration in English, from its welcome (an invite or family code
    sent) to the privacy notice it shows."""
    await person.taps("English")
    await person.says(first)
    await person.says(last)
    return await (person.says(contact) if contact else person.taps("Skip"))


async def up_to_the_children(person: Person, first: str = "Marc", last: str = "Dubois",
                             contact: str | None = None) -> str:
    """The same, on to what the children step says."""
    await up_to_the_consent(person, first, last, contact)
    return await person.taps("✅")


async def awaiting_approval(app: App, admin_language: str = "English"
                            ) -> tuple[SchoolFixture, Person, Person]:
    """A school that asks for approval, its admin, and Anna's pending registration with
    the admin's approval request delivered."""
    school = await app.school(approval=True)
    admin = app.person(200, "Sophie")
    await register(admin, school.admin_code, language=admin_language, first="Sophie",
                   last="Lambert", children=())
    anna = app.person(110, "Anna", "en")
    await register(anna, school.parent_code)
    await app.deliver()
    return school, admin, anna


async def families(app: App) -> tuple[Person, Person, int]:
    school = await app.school()
    anna = app.person(401, "Anna", "en")
    await register(anna, school.parent_code)
    jan = app.person(402, "Jan", "nl")
    await register(jan, school.parent_code, language="Nederlands", first="Jan",
                   last="Peeters", children=(("Noor", "L3"),))
    return anna, jan, school.id


async def admin_of(app: App, school_id: int, language: str = "English") -> Person:
    async with app.sessions() as session:
        code = await session.scalar(select(Invite.code).where(
            Invite.school_id == school_id, Invite.role == "admin"))
    admin = app.person(405, "Sophie", "en")
    await register(admin, code, language=language, first="Sophie", last="Lambert",
                   children=())
    return admin


async def another_family(app: App, school_id: int, chat_id: int, first: str,
                         children: tuple[tuple[str, str], ...]) -> Person:
    """A French-speaking parent of the same school."""
    async with app.sessions() as session:
        code = await session.scalar(select(Invite.code).where(
            Invite.school_id == school_id, Invite.role == "parent"))
    parent = app.person(chat_id, first, "fr")
    await register(parent, code, language="Français", first=first, last="Martin",
                   children=children)
    return parent


async def second_parent(app: App, anna: Person) -> Person:
    """Marc, Léa's father, registers with Anna's family code and leaves his phone."""
    code = re.search(r"/family (\w+)", await anna.says("/family")).group(1)
    marc = app.person(410, "Marc", "en")
    await marc.says(f"/family {code}")
    await up_to_the_children(marc, contact="0470 12 34 56")
    await marc.taps("Continue")
    assert "You are now registered" in await marc.taps("✅")
    return marc


async def class_ids(app: App, school_id: int) -> dict[str, int]:
    async with app.sessions() as session:
        rows = await session.execute(select(SchoolClass.code, SchoolClass.id)
                                     .where(SchoolClass.school_id == school_id))
        return {code: class_id for code, class_id in rows}


async def rep_of(app: App, school_id: int, class_code: str = "P3", *also: str) -> Person:
    """Tom, class representative of one class (and of the classes `also`), registered
    through the chat."""
    async with unit_of_work(app.sessions) as uow:
        code = (await create_invite(uow.session, school_id, role="class_rep",
                                    class_code=class_code)).code
    rep = app.person(406, "Tom", "en")
    await register(rep, code, first="Tom", last="Claes", children=())
    async with unit_of_work(app.sessions) as uow:
        tom = await uow.session.scalar(select(Member).where(Member.first_name == "Tom")
                                       .options(selectinload(Member.roles)))
        for other in also:
            klass = await uow.session.scalar(select(SchoolClass).where(
                SchoolClass.school_id == school_id, SchoolClass.code == other))
            await roles.grant(uow.session, tom, RoleKind.CLASS_REP, klass.id)
    return rep


async def co_rep(app: App, school_id: int, class_code: str = "P3") -> Person:
    """Camille Dubois, a French-speaking class rep of a class Tom (rep_of) may represent
    too, registered through the chat."""
    async with unit_of_work(app.sessions) as uow:
        code = (await create_invite(uow.session, school_id, role="class_rep",
                                    class_code=class_code)).code
    camille = app.person(408, "Camille", "fr")
    await register(camille, code, language="Français", first="Camille", last="Dubois",
                   children=())
    return camille


async def compose(author: Person, text: str, *, audience: tuple[str, ...] = ("Whole school",),
                  versions: dict[str, str] | None = None, urgent: bool = False,
                  file: tuple[str, bytes] | None = None) -> str:
    """The whole /announce flow up to the preview; returns the preview."""
    await author.says("/announce")
    for label in audience:
        await author.taps(label)
    if file:
        await author.sends_file(file[0], file[1], caption=text)
    else:
        await author.says(text)
    for language, version in (versions or {}).items():
        await author.taps(f"{language} version")
        await author.says(version)
    await author.taps("Continue")
    return await author.taps("🚨 Urgent" if urgent else "Not urgent")


async def balances(app: App) -> dict[str, int]:
    async with app.sessions() as session:
        rows = await session.execute(select(Member.first_name, SelAccount.balance)
                                     .join(SelAccount, SelAccount.member_id == Member.id))
        return {name: value for name, value in rows}


async def new_order(author: Person, title: str = "Class T-shirts", *,
                    items: tuple[tuple[str, str | None], ...] = (("T-shirt 12,50", "S, M, L"),),
                    minimum: str = "3", maximum: str | None = None,
                    deadline: str = "12/12/2099 20h", audience: tuple[str, ...] = (
                        "Whole school",), photo: bytes | None = None) -> str:
    """The /neworder wizard up to its preview (English labels); returns the preview."""
    await author.says("/neworder")
    await author.says(title)
    await author.taps("Skip")  # description
    await (author.sends_file("tshirt.jpg", photo) if photo else author.taps("Skip"))
    for index, (item, variants) in enumerate(items):
        if index:
            await author.taps("Another item")
        await author.says(item)
        await (author.says(variants) if variants else author.taps("Skip"))
    await author.taps("That's all")
    await author.says(minimum)
    await (author.says(maximum) if maximum else author.taps("Skip"))
    await author.says(deadline)
    await author.says("School hall, Friday 15h30")
    for label in audience:
        await author.taps(label)
    return author.said


async def checkout(url: str, status: str = "paid") -> int:
    """What the parent does on Mollie's hosted checkout page: pay (or cancel)."""
    async with aiohttp.ClientSession() as http, http.post(
            url, data={"status": status}, allow_redirects=False) as response:
        return response.status


def link_in(text: str) -> str:
    return re.search(r"https?://\S+", text).group(0)
