"""Conversations several tests go through, written once."""

from __future__ import annotations

from tests.support.harness import App, Person, SchoolFixture

LABELS = {
    "English": {"skip": "Skip", "continue": "Continue", "none": "no child"},
    "Français": {"skip": "Passer", "continue": "Continuer", "none": "pas d'enfant"},
    "Nederlands": {"skip": "Overslaan", "continue": "Verder", "none": "geen kind"},
}


async def register(person: Person, code: str, *, language: str = "English",
                   first: str = "Anna", last: str = "De Smet",
                   children: tuple[tuple[str, str], ...] = (("Léa", "P3"),)) -> str:
    await person.says(f"/start {code}")
    await person.taps(language)
    await person.says(first)
    await person.says(last)
    await person.taps(LABELS[language]["skip"])
    await person.taps("✅")
    for index, (name, klass) in enumerate(children):
        if index:
            await person.taps("➕")
        await person.says(name)
        await person.taps(klass)
    await person.taps(LABELS[language]["continue" if children else "none"])
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
