"""SEL offers and needs in the chat: posting, browsing, searching, contact, paying from a
post, pausing / deleting / renewing, and the expiry reminder — as transcripts."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import select

from bot.scheduler import remind_expiring_posts
from core.clock import utcnow
from core.i18n import format_date
from core.models import Invite, Member, SelPost, SelTransfer
from handlers.sel_posts import ContactCb, PostsCb
from tests.conversations.test_events import quiet_nights
from tests.support.flows import another_family, balances, families, register
from tests.support.harness import App, Person

MATHS = "Maths homework help"
MATHS_TEXT = "Thursday evenings at the library, up to 6th grade."
NOT_AVAILABLE_NL = "Dat zoekertje is niet (meer) beschikbaar."
NOTHING_NL = "Hier is nog niets."


async def offer(person: Person, title: str = MATHS, description: str = MATHS_TEXT, *,
                category: str = "📚 Homework", rate: str | None = None,
                lifetime: str = "90 days") -> str:
    """An English-speaking parent posts an offer through the whole wizard."""
    await person.says("/offers")
    await person.taps("I offer")
    await person.taps(category)
    await person.says(title)
    await person.says(description)
    await (person.says(rate) if rate else person.taps("60 units per hour"))
    await person.taps(lifetime)
    return await person.taps("✅ Publish")


def author_actions(person: Person) -> list[str]:
    """The status buttons of the author's post page (the ✏️ edit buttons left out)."""
    return [label for label in person.button_labels() if not label.startswith("✏️")]


def listed(person: Person) -> list[str]:
    """The buttons of a list of posts, without the one to follow its category."""
    return [label for label in person.button_labels() if label[0] not in "🔔🔕"]


async def post_named(app: App, title: str) -> SelPost:
    async with app.sessions() as session:
        post = await session.scalar(select(SelPost).where(SelPost.title == title))
    assert post is not None, f"no post called {title}"
    return post


async def member_id(app: App, first_name: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Member.id).where(Member.first_name == first_name))
    assert found is not None
    return found


async def browse_offers(person: Person, category: str = "Huiswerk") -> str:
    """A Dutch-speaking parent lists the offers of a category."""
    await person.says("/offers")
    await person.taps("Aanbod bekijken")
    return await person.taps(category)


async def search(person: Person, words: str, button: str) -> str:
    await person.says("/offers")
    await person.taps(button)
    return await person.says(words)


async def open_offer(person: Person, title: str = MATHS) -> str:
    await browse_offers(person)
    return await person.taps(title)


# Posting ---------------------------------------------------------------------------------

async def test_posting_an_offer_end_to_end(app: App) -> None:
    anna, _, school_id = await families(app)
    menu = await anna.says("/offers")
    assert "🤝 Offers and needs of the school's parents. What would you like to do?" in menu
    assert anna.button_labels() == ["➕ I offer…", "➕ I am looking for…", "📚 See offers",
                                    "📚 See needs", "🔍 Search", "🗂 My posts",
                                    "🔔 My alerts"]
    assert "What do you offer? Pick a category." in await anna.taps("I offer")
    assert "📚 Homework" in anna.button_labels()
    assert len(anna.button_labels()) == 9
    assert "A short title (80 characters at most)" in await anna.taps("📚 Homework")
    assert "Describe it in a few lines" in await anna.says(MATHS)
    assert "How many units per hour?" in await anna.says(MATHS_TEXT)
    assert anna.button_labels() == ["60 units per hour"]
    assert "How long should it stay visible?" in await anna.taps("60 units per hour")
    assert anna.button_labels() == ["90 days", "30 days", "No end date"]
    preview = await anna.taps("90 days")
    assert preview.startswith("Here is your post:\n\n🤝 Offer · 📚 Homework\n"
                              f"{MATHS}\n{MATHS_TEXT}\n⏱ 60 units per hour")
    assert anna.button_labels() == ["✅ Publish", "Cancel"]

    published = await anna.taps("✅ Publish")
    post = await post_named(app, MATHS)
    until = format_date("en", post.expires_at)
    assert "✅ Published! Parents of the school can now see it." in published
    assert (f"🤝 Offer · 📚 Homework\n{MATHS}\n{MATHS_TEXT}\n"
            f"⏱ 60 units per hour · by Anna De Smet · until {until}\n🟢 Visible") in published
    assert author_actions(anna) == ["⏸ Pause", "🔁 Renew for 90 days", "🗑 Delete"]
    assert not {"✉️ Contact", "💸 Pay"} & set(anna.button_labels())
    assert (post.school_id, post.kind, post.category, post.units_per_hour, post.status) == \
        (school_id, "offer", "homework", 60, "active")
    assert post.description == MATHS_TEXT
    assert abs(post.expires_at - (utcnow() + timedelta(days=90))) < timedelta(minutes=1)
    assert post.reminded_at is None


async def test_a_typed_rate_and_no_end_date(app: App) -> None:
    anna, _, _ = await families(app)
    await anna.says("/offers")
    await anna.taps("I offer")
    await anna.taps("🚗 Transport")
    await anna.says("Lift   to the   swimming pool")  # spaces are tidied
    await anna.says("Every Wednesday at 13:30.")
    assert "How long should it stay visible?" in await anna.says("45")
    preview = await anna.taps("No end date")
    assert "⏱ 45 units per hour · by Anna De Smet · until -" in preview
    published = await anna.taps("✅ Publish")
    assert "⏱ 45 units per hour · by Anna De Smet · until -" in published
    post = await post_named(app, "Lift to the swimming pool")
    assert (post.category, post.units_per_hour, post.expires_at) == ("transport", 45, None)


async def test_a_need_can_be_cancelled_before_publishing(app: App) -> None:
    anna, _, _ = await families(app)
    await anna.says("/offers")
    assert "What are you looking for? Pick a category." in await anna.taps("looking for")
    await anna.taps("🌱 Garden")
    await anna.says("Someone to mow the lawn")
    await anna.says("Once in June.")
    await anna.taps("60 units per hour")
    assert "🔎 Need · 🌱 Garden" in await anna.taps("30 days")
    assert (await anna.taps("Cancel")).startswith("Cancelled. Here is the main menu.")
    assert "🤝 Offers & needs" in anna.button_labels()
    async with app.sessions() as session:
        assert list(await session.scalars(select(SelPost))) == []


async def test_bad_input_while_posting_is_refused_and_the_step_is_kept(app: App) -> None:
    anna, _, _ = await families(app)
    await anna.says("/offers")
    await anna.taps("I offer")
    await anna.taps("📚 Homework")
    for bad in ("ab", "x" * 81, "   "):
        assert await anna.says(bad) == "Please type a title of 3 to 80 characters."
    assert "Describe it in a few lines" in await anna.says("y" * 80)
    for bad in ("z" * 5000, " "):
        assert await anna.says(bad) == "Please type a description of 1 to 1,000 characters."
    assert "How many units per hour?" in await anna.says("w" * 1000)
    for bad in ("0", "abc", "-5"):
        assert "Please type a rate between 1 and 600 units per hour" in await anna.says(bad)
    assert await anna.says("700") == "Please type a rate between 1 and 600 units per hour."
    assert "How long should it stay visible?" in await anna.says("600")
    await anna.taps("30 days")
    await anna.taps("✅ Publish")
    post = await post_named(app, "y" * 80)
    assert (len(post.description), post.units_per_hour) == (1000, 600)
    assert abs(post.expires_at - (utcnow() + timedelta(days=30))) < timedelta(minutes=1)


# Browsing and searching --------------------------------------------------------------------

async def test_browsing_offers_in_my_language(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna, rate="45")
    await jan.says("/offers")
    assert "Kies een categorie:" in await jan.taps("Aanbod bekijken")
    categories = jan.keyboard()
    assert (await jan.taps("🌱 Tuin")).startswith(NOTHING_NL)
    assert jan.button_labels() == ["🔔 Laat het me weten"]  # following a category
    listing = await jan.taps_again(categories, "📚 Huiswerk")
    assert listing.startswith("🤝 Aanbod · 📚 Huiswerk (pagina 1 van 1) — tik op een "
                              "zoekertje om het te bekijken:\n[1] Maths homework help — "
                              "Anna De Smet")
    assert jan.button_labels() == ["Maths homework help — Anna De Smet", "🔔 Laat het me weten"]

    page = await jan.taps(MATHS)
    until = format_date("nl", (await post_named(app, MATHS)).expires_at)
    assert page.startswith(f"🤝 Aanbod · 📚 Huiswerk\n{MATHS}\n{MATHS_TEXT}\n"
                           f"⏱ 45 eenheden per uur · door Anna De Smet · tot {until}")
    assert "Zichtbaar" not in page  # the status is for the author only
    assert jan.button_labels() == ["✉️ Contact opnemen", "💸 Betalen", "🚩 Melden"]

    await jan.says("/offers")
    await jan.taps("Vragen bekijken")
    assert (await jan.taps("📚 Huiswerk")).startswith(NOTHING_NL)  # an offer is not a need


async def test_browsing_is_paginated_by_five(app: App) -> None:
    anna, jan, _ = await families(app)
    for number in range(1, 7):
        await offer(anna, f"Homework help {number}")
    first = await browse_offers(jan)
    assert "(pagina 1 van 2)" in first
    assert listed(jan) == [f"Homework help {n} — Anna De Smet" for n in (6, 5, 4, 3, 2)] + ["▶"]
    assert "(pagina 2 van 2)" in await jan.taps("▶")
    assert listed(jan) == ["Homework help 1 — Anna De Smet", "◀"]
    assert "Homework help 1\n" in await jan.taps("Homework help 1")
    await browse_offers(jan)
    await jan.taps("▶")
    assert "(pagina 1 van 2)" in await jan.taps("◀")


async def test_searching_titles_and_descriptions(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    await offer(anna, "Bike repairs", "I fix flat tyres and brakes.", category="🔧 Repairs")
    found = await search(jan, "MATHS", "Zoeken")
    assert found.startswith("🔍 “MATHS” (pagina 1 van 1)")
    assert listed(jan) == ["Maths homework help — Anna De Smet"]
    await search(jan, "Library", "Zoeken")  # a word of the description
    assert listed(jan) == ["Maths homework help — Anna De Smet"]
    await search(jan, "brakes TYRES", "Zoeken")  # every word must match
    assert jan.button_labels() == ["Bike repairs — Anna De Smet"]
    assert await search(jan, "brakes maths", "Zoeken") == NOTHING_NL

    await jan.says("/offers")
    assert "Typ een paar woorden om te zoeken" in await jan.taps("Zoeken")
    assert await jan.says("a") == "Typ minstens één woord van 2 letters of meer."
    assert await jan.says("piano") == NOTHING_NL  # the search step was kept
    assert await search(anna, "piano", "Search") == "Nothing here yet."
    assert await search(anna, "x", "Search") == \
        "Please type at least one word of 2 letters or more."


async def test_search_results_are_paginated(app: App) -> None:
    anna, jan, _ = await families(app)
    for number in range(1, 7):
        await offer(anna, f"Bike ride {number}", "Helmet included.", category="🚗 Transport")
    assert "(pagina 1 van 2)" in await search(jan, "helmet", "Zoeken")
    assert len(jan.button_labels()) == 6 and jan.button_labels()[-1] == "▶"
    assert "🔍 “helmet” (pagina 2 van 2)" in await jan.taps("▶")
    assert jan.button_labels() == ["Bike ride 1 — Anna De Smet", "◀"]
    stale = jan.keyboard()
    await jan.says("/offers")  # a new menu forgets the search words
    assert "niet meer geldig" in await jan.taps_again(stale, "◀")


async def test_search_ignores_the_case_of_accented_letters(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna, "Été au jardin", "Cours de français à l'ÉCOLE.")
    assert (await search(jan, "été", "Zoeken")).startswith("🔍 “été” (pagina 1 van 1)")
    assert jan.button_labels() == ["Été au jardin — Anna De Smet"]
    assert (await search(jan, "école", "Zoeken")).startswith("🔍 “école” (pagina 1 van 1)")
    assert jan.button_labels() == ["Été au jardin — Anna De Smet"]


# Following a category ----------------------------------------------------------------------

async def test_following_a_category_tells_me_of_each_new_post(app: App) -> None:
    anna, jan, school_id = await families(app)
    await browse_offers(jan)  # nothing in Homework yet: Jan asks to be told
    assert (await jan.taps("🔔 Laat het me weten")).startswith(
        "🔔 Genoteerd: ik laat je elk nieuw aanbod en elke nieuwe vraag in 📚 Huiswerk weten.")
    assert jan.button_labels() == ["🔕 Geen meldingen"]
    await jan.forges(PostsCb(action="follow", category="homework").pack())  # twice is once
    await anna.says("/offers")
    await anna.taps("See needs")
    await anna.taps("📚 Homework")
    await anna.taps("🔔 Notify me")  # the author follows too, yet hears nothing of her own
    await another_family(app, school_id, 403, "Marie", (("Louis", "P1"),))  # follows nothing

    await offer(anna)
    assert await app.deliver() == 1
    assert jan.last.text.startswith(f"🔔 Nieuw aanbod in 📚 Huiswerk: “{MATHS}”")
    assert jan.button_labels() == ["👀 Bekijken"]
    assert (await jan.taps("Bekijken")).startswith(f"🤝 Aanbod · 📚 Huiswerk\n{MATHS}")
    await offer(anna, "Bike repairs", "Flat tyres.", category="🔧 Repairs")
    assert await app.deliver() == 0  # a category Jan does not follow

    await jan.says("/offers")
    assert (await jan.taps("Mijn meldingen")).startswith(
        "🔔 Je krijgt een melding bij elk nieuw aanbod en elke nieuwe vraag in:\n📚 Huiswerk")
    assert jan.button_labels() == ["🔕 📚 Huiswerk"]
    assert (await jan.taps("🔕 📚 Huiswerk")).startswith(
        "🔕 Genoteerd: geen meldingen meer voor 📚 Huiswerk.")
    await offer(anna, "Spelling practice")
    assert await app.deliver() == 0
    await jan.says("/offers")
    assert (await jan.taps("Mijn meldingen")).startswith("Je volgt geen enkele categorie.")


async def test_a_notice_waits_for_the_morning_and_a_pause_takes_it_back(app: App) -> None:
    """Published at 22:00 and paused before 8:00, a post is never announced; made visible
    again, it is, once, however often it is paused and resumed."""
    anna, jan, _ = await families(app)
    await browse_offers(jan)
    await jan.taps("🔔 Laat het me weten")
    night = await quiet_nights(app)
    with time_machine.travel(night, tick=False):
        await offer(anna)
        assert await app.deliver() == 0  # quiet hours
        await anna.taps("⏸ Pause")
    post = await post_named(app, MATHS)
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 0  # taken back
        await anna.forges(PostsCb(action="resume", post_id=post.id).pack())
        assert await app.deliver() == 1
        assert jan.last.text.startswith(f"🔔 Nieuw aanbod in 📚 Huiswerk: “{MATHS}”")
        for action in ("pause", "resume"):
            await anna.forges(PostsCb(action=action, post_id=post.id).pack())
        assert await app.deliver() == 0
    assert len([m for m in jan.inbox if (m.text or "").startswith("🔔 Nieuw")]) == 1



async def test_a_notice_waiting_for_the_morning_tells_the_edited_title(app: App) -> None:
    anna, jan, _ = await families(app)
    await browse_offers(jan)
    await jan.taps("🔔 Laat het me weten")
    night = await quiet_nights(app)
    with time_machine.travel(night, tick=False):
        await offer(anna, "Maths homwork")
        assert await app.deliver() == 0  # quiet hours
        await anna.taps("✏️ Title")
        await anna.says(MATHS)
        await anna.taps("✏️ Description")
        await anna.says("Only on Fridays now.")
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 1
    assert jan.last.text.startswith(f"🔔 Nieuw aanbod in 📚 Huiswerk: “{MATHS}”")
    assert (await jan.taps("Bekijken")).startswith(
        f"🤝 Aanbod · 📚 Huiswerk\n{MATHS}\nOnly on Fridays now.")

async def test_a_post_renewed_after_its_end_is_announced_again_once(app: App) -> None:
    anna, jan, _ = await families(app)
    await browse_offers(jan)
    await jan.taps("🔔 Laat het me weten")
    await offer(anna, lifetime="30 days")
    assert await app.deliver() == 1
    renew = PostsCb(action="renew", post_id=(await post_named(app, MATHS)).id).pack()
    assert "stays visible until" in await anna.forges(renew)
    assert await app.deliver() == 0  # still in sight: no news for its followers
    with time_machine.travel(utcnow() + timedelta(days=91)):  # it ended yesterday
        await app.parents_wrote_recently()
        assert "stays visible until" in await anna.forges(renew)
        assert "stays visible until" in await anna.forges(renew)  # twice the same day
        assert await app.deliver() == 1
        assert jan.last.text.startswith(f"🔔 Nieuw aanbod in 📚 Huiswerk: “{MATHS}”")
        assert (await jan.taps("Bekijken")).startswith(f"🤝 Aanbod · 📚 Huiswerk\n{MATHS}")
    assert len([m for m in jan.inbox if (m.text or "").startswith("🔔 Nieuw")]) == 2


async def test_a_renewal_notice_waits_for_the_morning_and_a_pause_takes_it_back(
        app: App) -> None:
    anna, jan, _ = await families(app)
    await browse_offers(jan)
    await jan.taps("🔔 Laat het me weten")
    night = await quiet_nights(app)
    with time_machine.travel(night.replace(hour=12) - timedelta(days=40), tick=False):
        await app.parents_wrote_recently()
        await offer(anna, lifetime="30 days")
        assert await app.deliver() == 1
    renew = PostsCb(action="renew", post_id=(await post_named(app, MATHS)).id).pack()
    with time_machine.travel(night, tick=False):  # ended ten days ago
        await anna.forges(renew)
        assert await app.deliver() == 0  # quiet hours
        await anna.taps("⏸ Pause")
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 0  # taken back
        await anna.forges(PostsCb(action="resume", post_id=(await post_named(app, MATHS)).id)
                          .pack())
        assert await app.deliver() == 1  # visible again: the renewal is news after all
        for action in ("pause", "resume"):
            await anna.forges(PostsCb(action=action, post_id=(await post_named(app, MATHS)).id)
                              .pack())
        assert await app.deliver() == 0
    assert len([m for m in jan.inbox if (m.text or "").startswith("🔔 Nieuw")]) == 2


# Contact -----------------------------------------------------------------------------------

async def test_a_relayed_message_and_its_reply(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    await open_offer(jan)
    assert await jan.taps("Contact opnemen") == (
        f"Schrijf je bericht voor Anna De Smet over “{MATHS}”. Ik geef het door.")
    for bad in (" ", "x" * 1001):
        assert await jan.says(bad) == "Schrijf een bericht van 1 tot 1.000 tekens."
    confirm = await jan.says("Hallo Anna, could you help Noor on Thursday?")
    assert confirm.startswith("Versturen? Je telefoonnummer wordt alleen gedeeld als je "
                              "daarvoor kiest.")
    assert jan.button_labels() == ["✉️ Versturen"]  # Jan gave no phone number
    send = jan.keyboard()
    assert await jan.taps("Versturen") == "✅ Je bericht is doorgegeven aan Anna De Smet."
    assert "Deze knop is niet meer geldig" in await jan.taps_again(send, "Versturen")
    inbox_before = len(anna.inbox)
    assert await app.deliver() == 1
    assert len(anna.inbox) == inbox_before + 1
    assert anna.last.text == (f"✉️ Message from Jan Peeters about “{MATHS}”:\n"
                              "Hallo Anna, could you help Noor on Thursday?")
    assert anna.button_labels() == ["✉️ Reply"]

    assert await anna.taps("✉️ Reply") == (
        f"Write your message for Jan Peeters about “{MATHS}”. I will pass it on.")
    assert "Send it?" in await anna.says("Sure, 17:00 at the library.")
    assert anna.button_labels() == ["✉️ Send"]
    assert await anna.taps("✉️ Send") == "✅ Your message was passed on to Jan Peeters."
    await app.deliver()
    assert jan.last.text == (f"✉️ Bericht van Anna De Smet over “{MATHS}”:\n"
                             "Sure, 17:00 at the library.")
    assert jan.button_labels() == ["✉️ Antwoorden"]


async def test_a_message_can_share_my_phone_number(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    await jan.says("/profile")
    await jan.taps("Contactgegevens")
    assert "Telefoon: +32470123456" in await jan.says("0470 12 34 56")
    await open_offer(jan)
    await jan.taps("Contact opnemen")
    await jan.says("Bel me gerust.")
    assert jan.button_labels() == ["✉️ Versturen", "✉️ Met mijn nummer"]
    await jan.taps("Met mijn nummer")
    await app.deliver()
    assert anna.last.text == (f"✉️ Message from Jan Peeters about “{MATHS}”:\n"
                              "Bel me gerust.\nPhone: +32470123456")

    await open_offer(jan)  # without the button, the number stays private
    await jan.taps("Contact opnemen")
    await jan.says("Nog een vraag.")
    # Both labels contain “✉️ Versturen”: press the first one, the plain one.
    assert "doorgegeven" in await jan.taps_again(jan.keyboard(), "✉️ Versturen")
    await app.deliver()
    assert anna.last.text.endswith("Nog een vraag.")  # no "Phone: -" line


async def test_contact_cannot_be_forged(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    post = await post_named(app, MATHS)
    ids = {name: await member_id(app, name) for name in ("Anna", "Jan")}
    # Writing to yourself about your own post, or sending what was never written.
    assert "not an active member of your school" in await anna.forges(
        ContactCb(post_id=post.id, member_id=ids["Anna"]).pack())
    assert "niet meer geldig" in await jan.forges(
        ContactCb(post_id=post.id, member_id=ids["Anna"], send=True).pack())
    assert "niet (meer) beschikbaar" in await jan.forges(
        ContactCb(post_id=999_999, member_id=ids["Anna"]).pack())
    assert await app.deliver() == 0


async def test_a_forged_contact_cannot_reach_a_parent_unrelated_to_the_post(app: App) -> None:
    anna, jan, school_id = await families(app)
    await offer(anna)
    post = await post_named(app, MATHS)
    async with app.sessions() as session:
        code = await session.scalar(select(Invite.code).where(
            Invite.school_id == school_id, Invite.role == "parent"))
    sophie = app.person(403, "Sophie", "en")
    await register(sophie, code, first="Sophie", last="Lambert")
    received = len(sophie.inbox)
    forged = ContactCb(post_id=post.id, member_id=await member_id(app, "Sophie")).pack()
    if "Schrijf je bericht voor Sophie Lambert" in await jan.forges(forged):
        await jan.says("Hi, I got your number from nowhere.")
        await jan.taps("Versturen")
    await app.deliver()
    assert len(sophie.inbox) == received, sophie.last.text


# Paying from a post --------------------------------------------------------------------------

async def test_paying_from_a_post(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna, rate="45")
    post = await post_named(app, MATHS)
    await open_offer(jan)
    assert await jan.taps("💸 Betalen") == (
        "Hoeveel betaal je Anna De Smet? Bijvoorbeeld 1u30, 45 min of 90 (eenheden; "
        "60 eenheden = 1 uur).\n(Het zoekertje vermeldt 45 eenheden per uur.)")
    assert "Waarvoor was het?" in await jan.says("1u30")
    confirm = await jan.taps("Overslaan")
    assert "90 eenheden (1 u 30) betalen aan Anna De Smet?" in confirm
    assert f"Notitie: {MATHS}" in confirm  # the post says what it was for
    assert "Je saldo daarna: 30 eenheden (0 u 30)" in confirm
    assert "✅ Je hebt 90 eenheden (1 u 30) aan Anna De Smet betaald. Je saldo: 30 eenheden" in \
        await jan.taps("✅ Betalen")
    await app.deliver()
    assert anna.last.text == ("💰 Jan Peeters paid you 90 units (1 h 30). "
                              f"Note: {MATHS}. Your balance: 210 units (3 h 30).")
    assert await balances(app) == {"Anna": 210, "Jan": 30}
    async with app.sessions() as session:
        transfers = list(await session.scalars(
            select(SelTransfer).where(SelTransfer.post_id.is_not(None))))
    assert [(t.post_id, t.units, t.note) for t in transfers] == [(post.id, 90, MATHS)]


async def test_a_payment_from_a_post_keeps_its_note(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    post = await post_named(app, MATHS)
    await open_offer(jan)
    await jan.taps("💸 Betalen")
    await jan.says("60")
    assert "Notitie: wiskunde" in await jan.says("wiskunde")
    await jan.taps("✅ Betalen")
    async with app.sessions() as session:
        transfer = await session.scalar(select(SelTransfer).where(SelTransfer.units == 60,
                                                                  SelTransfer.post_id == post.id))
    assert transfer is not None and transfer.note == "wiskunde"
    assert await balances(app) == {"Anna": 180, "Jan": 60}


async def test_a_helper_asks_the_author_of_a_need_for_units(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna.says("/offers")
    await anna.taps("looking for")
    await anna.taps("🚗 Transport")
    await anna.says("Walk Léa home on Thursday")
    await anna.says("From school at 15:30 to avenue Cicéron.")
    await anna.taps("60 units per hour")
    assert anna.button_labels() == ["7 days", "30 days", "90 days"]  # a need: a week first
    assert "This button is no longer valid" in await anna.forges(
        PostsCb(action="life", page=10**9).pack())  # forged: refused, nothing kept
    assert "until " + format_date("en", utcnow() + timedelta(days=7)) in \
        await anna.taps("7 days")
    await anna.taps("✅ Publish")
    post = await post_named(app, "Walk Léa home on Thursday")
    assert post.reminded_at is not None  # for one occasion: no "renew it?" in a week
    await jan.says("/offers")
    await jan.taps("Vragen bekijken")
    await jan.taps("🚗 Vervoer")
    await jan.taps("Walk Léa home")
    # Jan would help Anna: he is the one to be paid, so he asks; he does not pay her.
    assert jan.button_labels() == ["✉️ Contact opnemen", "🙋 Eenheden vragen", "🚩 Melden"]
    assert await jan.taps("🙋 Eenheden vragen") == (
        "Hoeveel vraag je aan Anna De Smet? Bijvoorbeeld 1u30, 45 min of 90 (eenheden; "
        "60 eenheden = 1 uur).\n(Het zoekertje vermeldt 60 eenheden per uur.)")
    await jan.says("1u")
    confirm = await jan.taps("Overslaan")
    assert "60 eenheden (1 u 00) vragen aan Anna De Smet?" in confirm
    assert "Je saldo na betaling: 180 eenheden (3 u 00)" in confirm
    await jan.taps("Verzoek versturen")
    await app.deliver()
    assert anna.last.text == ("🙋 Jan Peeters asks you for 60 units (1 h 00). "
                              "Note: Walk Léa home on Thursday.")
    assert "✅ You paid 60 units (1 h 00) to Jan Peeters." in await anna.taps("✅ Pay")
    # A "Pay" button shown under a need before this change asks as well.
    assert "Hoeveel vraag je aan Anna De Smet?" in await jan.forges(
        PostsCb(action="pay", post_id=post.id).pack())
    assert await balances(app) == {"Anna": 60, "Jan": 180}


async def test_the_author_cannot_pay_their_own_post(app: App) -> None:
    anna, _, _ = await families(app)
    await offer(anna)
    post = await post_named(app, MATHS)
    assert await anna.forges(PostsCb(action="pay", post_id=post.id).pack()) == \
        "You cannot pay yourself or ask yourself for units."
    assert "I did not understand" in await anna.says("60")  # no payment step was started
    assert await balances(app) == {"Anna": 120, "Jan": 120}


# My posts: pause, resume, delete ----------------------------------------------------------

async def test_pausing_resuming_and_deleting_my_post(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    post = await post_named(app, MATHS)
    view = PostsCb(action="view", post_id=post.id).pack()
    await anna.says("/offers")
    mine = await anna.taps("🗂 My posts")
    assert mine.startswith("🗂 My posts (page 1 of 1)")
    assert anna.button_labels() == ["Maths homework help — 🟢 Visible"]
    assert "🟢 Visible" in await anna.taps(MATHS)

    assert await anna.taps("⏸ Pause") == (
        f"⏸ “{MATHS}” is paused: nobody sees it until you make it visible again.")
    assert (await browse_offers(jan)).startswith(NOTHING_NL)
    assert await search(jan, "maths", "Zoeken") == NOTHING_NL
    assert await jan.forges(view) == NOT_AVAILABLE_NL
    assert await jan.forges(PostsCb(action="pay", post_id=post.id).pack()) == NOT_AVAILABLE_NL
    assert await jan.forges(ContactCb(post_id=post.id, member_id=post.member_id).pack()) == \
        NOT_AVAILABLE_NL
    await anna.says("/offers")
    await anna.taps("🗂 My posts")
    assert anna.button_labels() == ["Maths homework help — ⏸ Paused"]
    assert "⏸ Paused" in await anna.taps(MATHS)  # the author still sees it
    assert author_actions(anna) == ["▶ Make visible again", "🔁 Renew for 90 days", "🗑 Delete"]

    assert await anna.taps("▶ Make visible again") == f"✅ “{MATHS}” is visible again."
    await browse_offers(jan)
    assert listed(jan) == ["Maths homework help — Anna De Smet"]

    await anna.forges(view)
    await anna.taps("🗑 Delete")
    assert anna.last.text == f"Delete “{MATHS}”?"
    assert anna.button_labels() == ["Yes, remove", "No, keep"]
    assert "🟢 Visible" in await anna.taps("No, keep")  # back to the post, still there
    await anna.taps("🗑 Delete")
    assert await anna.taps("Yes, remove") == f"🗑 “{MATHS}” was deleted."
    assert (await post_named(app, MATHS)).status == "deleted"
    assert (await browse_offers(jan)).startswith(NOTHING_NL)
    assert await jan.forges(view) == NOT_AVAILABLE_NL
    assert await anna.forges(view) == "That post is not available (any more)."
    for action in ("resume", "renew", "delete"):  # deleted for good
        assert await anna.forges(PostsCb(action=action, post_id=post.id).pack()) == \
            "That post is not available (any more)."
    await anna.says("/offers")
    assert await anna.taps("🗂 My posts") == "Nothing here yet."
    assert (await post_named(app, MATHS)).status == "deleted"


async def test_another_parent_cannot_change_my_post(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    before = await post_named(app, MATHS)
    for action in ("pause", "resume", "delete", "delete_yes", "renew"):
        forged = PostsCb(action=action, post_id=before.id).pack()
        assert await jan.forges(forged) == NOT_AVAILABLE_NL, action
    after = await post_named(app, MATHS)
    assert (after.status, after.expires_at, after.reminded_at) == \
        ("active", before.expires_at, None)
    await browse_offers(jan)
    assert listed(jan) == ["Maths homework help — Anna De Smet"]
    await jan.says("/offers")
    assert await jan.taps("Mijn zoekertjes") == NOTHING_NL  # not Jan's post either


async def test_a_post_of_another_school_is_not_available(app: App) -> None:
    anna, _, _ = await families(app)
    await offer(anna)
    post = await post_named(app, MATHS)
    elsewhere = await app.school("École Ailleurs")
    bob = app.person(403, "Bob", "en")
    await register(bob, elsewhere.parent_code, first="Bob")
    for action in ("view", "pay", "pause", "renew"):
        assert await bob.forges(PostsCb(action=action, post_id=post.id).pack()) == \
            "That post is not available (any more).", action
    assert await search(bob, "maths", "Search") == "Nothing here yet."


async def test_editing_my_post(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    post = await post_named(app, MATHS)
    assert await anna.taps("✏️ Title") == f"New title for “{MATHS}”?"
    assert await anna.says("ab") == "Please type a title of 3 to 80 characters."
    edited = await anna.says("Maths and physics help")
    assert edited.startswith("✅ Saved.\n🤝 Offer · 📚 Homework\nMaths and physics help\n")
    await anna.taps("✏️ Rate")
    assert await anna.says("700") == "Please type a rate between 1 and 600 units per hour."
    assert "⏱ 30 units per hour" in await anna.says("30")
    await anna.taps("✏️ Description")
    assert "\nOnly on Fridays now.\n" in await anna.says("Only on Fridays now.")
    await open_offer(jan, "Maths and physics help")
    assert "⏱ 30 eenheden per uur" in jan.said
    for action in ("edit_title", "edit_description", "edit_rate"):
        assert await jan.forges(PostsCb(action=action, post_id=post.id).pack()) == \
            NOT_AVAILABLE_NL
    edited_post = await post_named(app, "Maths and physics help")
    assert (edited_post.id, edited_post.description, edited_post.units_per_hour) == \
        (post.id, "Only on Fridays now.", 30)


# Expiry -------------------------------------------------------------------------------------

async def test_one_reminder_before_the_end_and_renewing_from_it(app: App) -> None:
    anna, _, _ = await families(app)
    await offer(anna)
    with time_machine.travel(utcnow() + timedelta(days=82)):
        assert await remind_expiring_posts(app.sessions) == 0  # 8 days left: too early
    with time_machine.travel(utcnow() + timedelta(days=84)):
        assert await remind_expiring_posts(app.sessions) == 1
        assert await remind_expiring_posts(app.sessions) == 0
        await app.parents_wrote_recently()
        assert await app.deliver() == 1
        reminder = anna.last
        assert reminder.text == f"⏳ Your post “{MATHS}” ends within a week. Keep it visible?"
        assert anna.button_labels() == ["🔁 Renew for 90 days"]
        renewed = await anna.taps("Renew")
        post = await post_named(app, MATHS)
        assert abs(post.expires_at - (utcnow() + timedelta(days=90))) < timedelta(minutes=1)
        assert renewed == (f"🔁 “{MATHS}” stays visible until "
                           f"{format_date('en', post.expires_at)}.")
        assert post.reminded_at is None
        assert await remind_expiring_posts(app.sessions) == 0
    with time_machine.travel(utcnow() + timedelta(days=84 + 84)):
        assert await remind_expiring_posts(app.sessions) == 1  # the renewed end gets its own
        await app.parents_wrote_recently()
        assert await app.deliver() == 1
        assert anna.last.text == reminder.text


async def test_a_paused_or_endless_post_gets_no_reminder(app: App) -> None:
    anna, _, _ = await families(app)
    await offer(anna, lifetime="No end date")
    await offer(anna, "Bike repairs", "Flat tyres.", category="🔧 Repairs")
    await anna.taps("⏸ Pause")
    with time_machine.travel(utcnow() + timedelta(days=84)):
        assert await remind_expiring_posts(app.sessions) == 0
        assert await app.deliver() == 0


async def test_an_ended_post_is_hidden_until_renewed(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna, lifetime="30 days")
    await offer(anna, "Piano lessons", "Beginners welcome.", lifetime="No end date")
    post = await post_named(app, MATHS)
    view = PostsCb(action="view", post_id=post.id).pack()
    with time_machine.travel(utcnow() + timedelta(days=24)):
        assert await remind_expiring_posts(app.sessions) == 1
        await app.parents_wrote_recently()
        await app.deliver()
        reminder = anna.last
    with time_machine.travel(utcnow() + timedelta(days=31)):
        assert await remind_expiring_posts(app.sessions) == 0
        await browse_offers(jan)
        assert listed(jan) == ["Piano lessons — Anna De Smet"]
        assert await search(jan, "maths", "Zoeken") == NOTHING_NL
        assert await jan.forges(view) == NOT_AVAILABLE_NL
        await anna.says("/offers")
        await anna.taps("🗂 My posts")  # the author still finds it, to renew it
        assert [label for label in anna.button_labels() if label.startswith(MATHS)]

        renewed = await anna.taps_again(reminder, "Renew")
        until = format_date("en", (await post_named(app, MATHS)).expires_at)
        assert renewed == f"🔁 “{MATHS}” stays visible until {until}."
        await browse_offers(jan)
        assert listed(jan) == ["Piano lessons — Anna De Smet",
                               "Maths homework help — Anna De Smet"]
        assert f"tot {format_date('nl', (await post_named(app, MATHS)).expires_at)}" in \
            await jan.taps(MATHS)


async def test_an_ended_post_is_not_labelled_visible_to_its_author(app: App) -> None:
    anna, _, _ = await families(app)
    await offer(anna, lifetime="30 days")
    with time_machine.travel(utcnow() + timedelta(days=31)):
        await anna.says("/offers")
        await anna.taps("🗂 My posts")
        assert anna.button_labels() != [f"{MATHS} — 🟢 Visible"]
        assert "🟢 Visible" not in await anna.taps(MATHS)


async def test_renewing_a_paused_post_keeps_it_paused(app: App) -> None:
    """Renewing moves the end, not the pause, and says so; a post that ended while paused
    is news to its followers once it is made visible again, not before."""
    anna, jan, _ = await families(app)
    await browse_offers(jan)
    await jan.taps("🔔 Laat het me weten")
    await offer(anna, lifetime="30 days")
    assert await app.deliver() == 1
    await anna.taps("⏸ Pause")
    await anna.says("/offers")
    await anna.taps("🗂 My posts")
    await anna.taps(MATHS)
    renewed = await anna.taps("🔁 Renew")
    assert renewed.startswith(f"🔁 “{MATHS}” now runs until ")
    assert ("but it is still paused: nobody sees it until you tap "
            "▶ Make visible again.") in renewed
    assert anna.button_labels() == ["▶ Make visible again"]
    assert (await post_named(app, MATHS)).status == "paused"
    await browse_offers(jan)
    assert "Hier is nog niets." in jan.said
    renew = PostsCb(action="renew", post_id=(await post_named(app, MATHS)).id).pack()
    with time_machine.travel(utcnow() + timedelta(days=91)):  # it ended while paused
        await app.parents_wrote_recently()
        assert "still paused" in await anna.forges(renew)
        assert await app.deliver() == 0  # nobody can see it yet
    with time_machine.travel(utcnow() + timedelta(days=92)):
        await app.parents_wrote_recently()
        assert "is visible again" in await anna.taps("Make visible again")
        assert await app.deliver() == 1  # back after its end: news again, once
        assert jan.last.text.startswith(f"🔔 Nieuw aanbod in 📚 Huiswerk: “{MATHS}”")
        for action in ("pause", "resume"):
            await anna.forges(PostsCb(action=action, post_id=(await post_named(app, MATHS)).id)
                              .pack())
        assert await app.deliver() == 0
    assert len([m for m in jan.inbox if (m.text or "").startswith("🔔 Nieuw")]) == 2


async def test_a_search_of_wildcards_only_is_refused(app: App) -> None:
    anna, jan, _ = await families(app)
    await offer(anna)
    for words in ("%%", "__", "% _ x"):
        assert "Typ minstens één woord van 2 letters" in await search(jan, words, "Zoeken")
