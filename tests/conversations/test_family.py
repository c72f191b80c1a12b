"""Two parents, one set of children (/family), as transcripts: one parent gives a code,
the other sends it, and from then on both see and manage the same children."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import time_machine
from sqlalchemy import select, update

from bot.scheduler import queue_event_reminders
from core.clock import utcnow
from core.db import unit_of_work
from core.members.invites import create_invite
from core.models import Child, LinkCode, Member, MemberChild
from tests.conversations.test_events import local_moment, open_event, organise, received
from tests.conversations.test_orders import join
from tests.conversations.test_privacy import document_of, forget
from tests.conversations.test_profile import child_rows, children_of
from tests.conversations.test_roster import start_the_year
from tests.support.flows import (
    admin_of,
    another_family,
    new_order,
    register,
    up_to_the_children,
)
from tests.support.harness import App, Person


async def parents(app: App) -> tuple[Person, Person]:
    """Anna registered Léa (P3) and Tom (M1); Marc, their father, registered Léa again,
    with an accent and a capital of his own, and Zoé, who is not in Anna's list."""
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.parent_code, children=(("Léa", "P3"), ("Tom", "M1")))
    marc = app.person(302, "Marc", "en")
    await register(marc, school.parent_code, first="Marc", last="Dubois",
                   children=(("LEA", "P3"), ("Zoé", "P1")))
    return anna, marc


async def linked_parents(app: App) -> tuple[Person, Person]:
    """Anna and Marc, as in `parents`, after Marc sent Anna's family code."""
    anna, marc = await parents(app)
    await marc.says(f"/family {code_in(await anna.says('/family'))}")
    return anna, marc


async def school_id_of(app: App) -> int:
    async with app.sessions() as session:  # closed before registering: SQLite writes alone
        return await session.scalar(select(Member.school_id).limit(1))


async def school_admin(app: App) -> Person:
    return await admin_of(app, await school_id_of(app))


def code_in(text: str) -> str:
    found = re.search(r"/family (\w+)", text)
    assert found, text
    return found.group(1)


async def test_the_other_parent_sends_the_code_and_both_share_one_list(app: App) -> None:
    anna, marc = await parents(app)

    await anna.says("/children")
    answer = await anna.taps("👥 The other parent")
    code = code_in(answer)
    assert f"👥 Code for the other parent of Léa and Tom: {code}" in answer
    assert "It works once, within 7 days." in answer

    answer = await marc.says(f"/family {code}")
    assert answer == ("✅ You and Anna De Smet now share your children: Léa, Tom and Zoé. "
                      "Children you had both registered are now listed once.")
    await app.deliver()
    assert anna.last.text == "👥 Marc Dubois used your family code: you now share Léa, Tom and Zoé."

    # one Léa, kept as Anna typed her; Marc's "LEA" is gone
    assert await children_of(app, "Anna") == [("Léa", "P3"), ("Tom", "M1"), ("Zoé", "P1")]
    assert await children_of(app, "Marc") == [("Léa", "P3"), ("Tom", "M1"), ("Zoé", "P1")]
    children, _ = await child_rows(app)
    assert [name for _, name, _ in children] == ["Léa", "Tom", "Zoé"]
    assert "👥 Shared with: Marc Dubois" in await anna.says("/children")
    assert "👥 Shared with: Anna De Smet" in await marc.says("/children")


async def test_one_parent_moves_a_child_and_the_other_sees_it(app: App) -> None:
    anna, marc = await linked_parents(app)

    await marc.says("/children")
    await marc.taps("🔀 Tom: class")
    assert "✅ Tom is now in M2." in await marc.taps("M2")
    assert "• Tom – M2" in await anna.says("/children")
    await app.deliver()
    assert anna.last.text == "🔀 Marc Dubois moved Tom to M2. A mistake? Change it with /children."
    await marc.says("/children")
    await marc.taps("🔀 Tom: class")
    await marc.taps("M2")  # the class it is in already: nobody is told again
    assert await app.deliver() == 0

    # a child added later by one parent is on both lists
    await anna.says("/children")
    await anna.taps("➕ Add a child")
    await anna.says("Noé")
    await anna.taps("M1")
    assert ("Noé", "M1") in await children_of(app, "Marc")

    # removing a shared child takes it out of one list only
    await marc.says("/children")
    assert ("Remove Zoé from your profile?\nZoé stays on the list of Anna De Smet."
            in await marc.taps("🗑 Zoé"))
    await marc.taps("Yes, remove")
    assert ("Zoé", "P1") not in await children_of(app, "Marc")
    assert ("Zoé", "P1") in await children_of(app, "Anna")


async def test_a_code_works_once_and_not_for_oneself(app: App) -> None:
    anna, marc = await parents(app)
    code = code_in(await anna.says("/family"))
    assert code_in(await anna.says("/family")) == code  # asked again: the same code

    assert await anna.says(f"/family {code}") == (
        "This is your own family code: give it to your children's other parent, "
        "who sends it with /family.")
    await marc.says(f"/family {code}")

    school = await app.school()
    eva = await another_family(app, school.id, 303, "Eva", (("Noor", "P2"),))
    before = await child_rows(app)
    assert await eva.says(f"/family {code}") == (
        "Ce code famille est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau à "
        "l'autre parent : il ou elle envoie /family dans son chat.")
    assert await eva.says("/family NOTACODE") == await eva.says(f"/family {code.lower()}1")
    assert await child_rows(app) == before


async def test_an_expired_code_changes_nothing(app: App) -> None:
    anna, marc = await parents(app)
    code = code_in(await anna.says("/family"))
    before = await child_rows(app)
    with time_machine.travel(utcnow() + timedelta(days=7, minutes=1)):
        assert "unknown, already used or expired" in await marc.says(f"/family {code}")
        assert await child_rows(app) == before
        # a new one is made the next time Anna asks
        assert code_in(await anna.says("/family")) != code


async def test_too_many_children_together_is_refused(app: App) -> None:
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.parent_code,
                   children=tuple((f"Kid{n}", "P1") for n in range(7)))
    marc = app.person(302, "Marc", "en")
    await register(marc, school.parent_code, first="Marc",
                   children=tuple((f"Other{n}", "P2") for n in range(6)))
    before = await child_rows(app)
    assert "You can register at most 12 children." in await marc.says(
        f"/family {code_in(await anna.says('/family'))}")
    assert await child_rows(app) == before
    async with app.sessions() as session:  # the code was not spent
        assert await session.scalar(select(LinkCode.used_at)) is None


async def test_a_parent_without_children_has_nothing_to_share(app: App) -> None:
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.admin_code, children=())
    assert await anna.says("/family") == "Add your children first (/children), then share them."
    await anna.says("/children")
    assert anna.button_labels() == ["➕ Add a child"]


async def test_the_other_parent_registers_with_the_family_code_alone(app: App) -> None:
    """Marc is not registered and has no school code: Anna's code is enough."""
    anna = app.person(301, "Anna", "en")
    await register(anna, (await app.school()).parent_code,
                   children=(("Léa", "P3"), ("Tom", "M1")))
    code = code_in(await anna.says("/family"))

    marc = app.person(302, "Marc", "en")
    assert "Welcome to École Test!" in await marc.says(f"/family {code}")
    assert (
        "👥 Anna De Smet shares Léa and Tom with you: you will see and manage them together. "
        "Does another child of yours go to this school?") in await up_to_the_children(marc)
    assert marc.button_labels() == ["➕ Add another child", "Continue"]
    assert "What is the first name of your next child?" in await marc.taps("➕")
    await marc.says("Zoé")
    await marc.taps("P1")
    assert "• Léa – P3\n• Tom – M1\n• Zoé – P1" in await marc.taps("Continue")
    assert "You are now registered" in await marc.taps("✅")

    assert await children_of(app, "Marc") == [("Léa", "P3"), ("Tom", "M1"), ("Zoé", "P1")]
    assert await children_of(app, "Anna") == [("Léa", "P3"), ("Tom", "M1"), ("Zoé", "P1")]
    await app.deliver()
    assert anna.last.text == "👥 Marc Dubois used your family code: you now share Léa, Tom and Zoé."
    assert "👥 Shared with: Anna De Smet" in await marc.says("/children")
    # the code is spent: a third person cannot register with it
    stranger = app.person(309, "Sam", "en")
    assert "unknown, already used or expired" in await stranger.says(f"/start {code}")


async def test_a_family_code_that_expired_during_registration_registers_no_one(
        app: App) -> None:
    anna, _ = await parents(app)
    code = code_in(await anna.says("/family"))
    sam = app.person(309, "Sam", "en")
    await sam.says(f"/start {code}")  # a Telegram invite link works too
    await up_to_the_children(sam, "Sam")
    await sam.taps("Continue")
    before = await child_rows(app)
    with time_machine.travel(utcnow() + timedelta(days=8)):
        assert "unknown, already used or expired" in await sam.taps("✅ Confirm")
    assert await child_rows(app) == before
    assert "You are not registered yet" in await sam.says("/children")


async def marc_waits_for_approval(app: App) -> Person:
    """Sophie (Léa, P3) is the admin of a school that approves parents; Marc registers
    with her family code and adds Zoé (P1)."""
    school = await app.school(approval=True)
    admin = app.person(200, "Sophie")
    await register(admin, school.admin_code, first="Sophie", last="Lambert")
    marc = app.person(302, "Marc", "en")
    await marc.says(f"/family {code_in(await admin.says('/family'))}")
    await up_to_the_children(marc)
    await marc.taps("➕")
    await marc.says("Zoé")
    await marc.taps("P1")
    await marc.taps("Continue")
    assert "sent to the school for approval" in await marc.taps("✅")
    assert "waiting for the school's approval" in await marc.says("/children")
    await app.deliver()
    return admin


async def test_where_the_school_approves_parents_they_share_once_approved(app: App) -> None:
    admin = await marc_waits_for_approval(app)
    # nothing reaches Sophie's list, nor is she told, before the school approves Marc
    assert await children_of(app, "Sophie") == [("Léa", "P3")]
    assert not any("used your family code" in m.text for m in admin.inbox)

    await admin.taps("Approve")
    await app.deliver()
    assert await children_of(app, "Sophie") == [("Léa", "P3"), ("Zoé", "P1")]
    assert await children_of(app, "Marc") == [("Léa", "P3"), ("Zoé", "P1")]
    assert any(m.text == "👥 Marc Dubois used your family code: you now share Léa and Zoé."
               for m in admin.inbox)


async def test_a_rejected_parent_shares_nothing(app: App) -> None:
    admin = await marc_waits_for_approval(app)
    await admin.taps("Reject")
    await app.deliver()
    assert await children_of(app, "Sophie") == [("Léa", "P3")]
    assert await children_of(app, "Marc") == [("Zoé", "P1")]  # no parent of Léa
    assert not any("used your family code" in m.text for m in admin.inbox)


async def test_a_family_code_sent_with_link_is_explained(app: App) -> None:
    anna, _ = await parents(app)
    code = code_in(await anna.says("/family"))
    stranger = app.person(309, "Sam", "en")
    assert (f"This is a family code from another parent: send /family {code} to register "
            "with it.") in await stranger.says(f"/link {code}")
    assert "You are not registered yet" in await stranger.says("/family")
    async with app.sessions() as session:
        assert await session.scalar(select(LinkCode.used_at)) is None


async def test_a_second_code_between_the_same_parents_changes_nothing(app: App) -> None:
    anna, marc = await linked_parents(app)
    before = await child_rows(app)
    answer = await anna.says(f"/family {code_in(await marc.says('/family'))}")
    assert answer == "✅ You and Marc Dubois now share your children: Léa, Tom and Zoé."
    assert await child_rows(app) == before


async def test_in_dutch_and_french(app: App) -> None:
    school = await app.school()
    jan = app.person(301, "Jan", "nl")
    await register(jan, school.parent_code, language="Nederlands", first="Jan",
                   last="Peeters", children=(("Noor", "L3"),))
    await jan.says("/children")
    answer = await jan.taps("👥 De andere ouder")
    assert "👥 Code voor de andere ouder van Noor:" in answer
    sophie = await another_family(app, school.id, 302, "Sophie", (("Noor", "P3"),))
    assert await sophie.says(f"/family {code_in(answer)}") == (
        "✅ Jan Peeters et vous partagez maintenant votre enfant : Noor. Les enfants que "
        "vous aviez inscrits tous les deux n'apparaissent plus qu'une fois.")
    await app.deliver()
    assert jan.last.text == ("👥 Sophie Martin gebruikte je gezinscode: jullie delen nu "
                             "Noor.")
    assert await jan.says(f"/family {code_in(await sophie.says('/family'))}") == (
        "✅ Jij en Sophie Martin delen nu jullie kind: Noor.")
    async with app.sessions() as session:
        assert await session.scalar(select(Child.id).where(Child.first_name == "Noor")
                                    .where(~Child.id.in_(select(MemberChild.child_id)))) is None


async def test_each_parent_sees_the_familys_answer_to_an_event_and_who_gave_it(
        app: App) -> None:
    anna, marc = await linked_parents(app)
    admin = await school_admin(app)
    await organise(admin, headcount=True)
    await app.deliver()

    card = await open_event(marc)
    assert "Your answer: not given yet" in card and "👥" not in card
    await anna.taps("Yes")
    await anna.taps("2")
    await anna.taps("1")
    card = await open_event(marc)
    assert "Your answer: ✅ yes (2 adults and 1 child)\n👥 Anna De Smet answered for your " \
        "family." in card
    await marc.taps("No")  # the family's answer is the latest one
    assert "Your answer: ❌ no\n👥 Marc Dubois answered for your family." in \
        await open_event(anna)


async def test_parents_of_one_family_count_once_and_one_answer_is_enough(app: App) -> None:
    anna, marc = await linked_parents(app)
    jan = await another_family(app, await school_id_of(app), 303, "Jan", (("Noor", "P3"),))
    admin = await school_admin(app)
    start, deadline = local_moment(5), local_moment(3)
    created = await organise(admin, when=start, deadline=deadline)
    assert "✅ Event created; 2 families are being invited." in created  # Anna & Marc, Jan
    await app.deliver()
    assert received(marc, "📅 You are invited") and received(anna, "📅 You are invited")
    await anna.taps("Yes")

    with time_machine.travel(deadline.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.deliver()
    assert received(marc, "📅 Will you come") == []  # Anna answered for the family
    assert len(received(jan, "📅 Viendrez-vous à")) == 1


async def test_parents_who_both_answered_before_sharing_their_children_keep_one_answer(
        app: App) -> None:
    """Anna and Marc, each a family of their own, both said yes; once Marc sends Anna's
    family code they are one family with one answer, the latest: his. The place Anna's
    answer held goes to the family waiting, who is told; nobody is told of the merge."""
    anna, marc = await parents(app)
    school_id = await school_id_of(app)
    jan = await another_family(app, school_id, 303, "Jan", (("Noor", "P3"),))
    admin = await school_admin(app)
    await organise(admin, capacity=2)
    await app.deliver()
    await anna.taps("Yes")
    await marc.taps("Yes")
    assert (await jan.taps("Oui")).startswith("⏳ ")  # the places are taken
    await app.deliver()

    await marc.says(f"/family {code_in(await anna.says('/family'))}")
    assert await app.deliver() == 2  # Anna hears Marc joined, Jan that he comes
    assert anna.last.text.startswith("👥 Marc Dubois used your family code")
    assert jan.last.text.startswith("🎉 Une place s'est libérée : vous êtes confirmé·e pour")
    assert "✅ 2 · 🤔 0 · ❌ 0 · full\nYour answer: ✅ yes\n👥 Marc Dubois answered for your " \
        "family." in await open_event(anna)
    await open_event(admin)
    assert await admin.taps("Who comes") == (  # once, and no family left to answer
        "👥 School fair\n✅ 2 · 🤔 0 · ❌ 0\n\n✅ Marc Dubois\n✅ Jan Martin")


async def test_an_invitation_not_yet_sent_to_a_parent_who_joins_an_answered_family_goes_no_more(
        app: App) -> None:
    """Anna answered from /events before the invitations went out; Marc then sends her
    family code: the family has answered, so his invitation is not sent."""
    anna, marc = await parents(app)
    admin = await school_admin(app)
    await organise(admin)
    await open_event(anna)
    await anna.taps("Yes")
    await marc.says(f"/family {code_in(await anna.says('/family'))}")
    assert await app.deliver() == 1  # only Anna's news that Marc joined
    assert anna.last.text.startswith("👥 Marc Dubois used your family code")
    assert "School fair" not in marc.last.text


async def test_each_parent_sees_what_the_other_ordered(app: App) -> None:
    anna, marc = await linked_parents(app)
    sophie = await school_admin(app)
    await new_order(sophie)
    await sophie.taps("Publish")
    await app.deliver()

    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "2")
    card = await marc.taps("Join")
    assert "Your order:\nnothing yet\n👥 Anna De Smet ordered:\n• 2 × T-shirt M — €25.00" in card


async def test_the_family_limit_of_an_order_counts_both_parents(app: App) -> None:
    anna, marc = await linked_parents(app)
    sophie = await school_admin(app)
    await new_order(sophie, maximum="3")
    await sophie.taps("Publish")
    await app.deliver()

    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "2")
    await marc.taps("Join")
    await marc.taps("T-shirt")
    await marc.taps("S")
    assert marc.button_labels() == ["0", "1"]
    assert await marc.says("2") == ("At most 3 per family for this order, and your family "
                                    "already has 2: 1 T-shirt S at most.")
    assert "• 1 × T-shirt S — €12.50" in await marc.says("1")


async def test_children_already_shared_count_once_against_the_limit(app: App) -> None:
    """Anna and Marc share eight children; a second code between them is no "13 or more"."""
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.parent_code,
                   children=tuple((f"Kid{n}", "P1") for n in range(7)))
    marc = app.person(302, "Marc", "en")
    await register(marc, school.parent_code, first="Marc", last="Dubois",
                   children=(("Zoé", "P2"),))
    await marc.says(f"/family {code_in(await anna.says('/family'))}")
    before = await child_rows(app)
    answer = await anna.says(f"/family {code_in(await marc.says('/family'))}")
    assert answer.startswith("✅ You and Marc Dubois now share your children: Kid0,")
    assert await child_rows(app) == before


async def test_a_family_code_typed_alone_registers_a_stranger(app: App) -> None:
    """No /family: the code alone, in lower case (here one without a digit, which does
    not read as a code by its shape)."""
    anna = app.person(301, "Anna", "en")
    await register(anna, (await app.school()).parent_code, children=(("Léa", "P3"),))
    code = code_in(await anna.says("/family"))
    async with app.sessions() as session, session.begin():
        await session.execute(update(LinkCode).where(LinkCode.code == code)
                              .values(code="QWERTYUP"))
    marc = app.person(302, "Marc", "en")
    assert "Welcome to École Test!" in await marc.says("qwer tyup")
    assert "👥 Anna De Smet shares Léa with you" in await up_to_the_children(marc)


async def test_a_registered_parent_who_pastes_the_code_message_joins(app: App) -> None:
    anna, marc = await parents(app)
    message = await anna.says("/family")  # forwarded as it is, without typing /family
    assert await marc.says(message) == (
        "✅ You and Anna De Smet now share your children: Léa, Tom and Zoé. "
        "Children you had both registered are now listed once.")
    assert "unknown, already used or expired" in await marc.says(code_in(message))
    assert "This is your own family code" in await anna.says(code_in(message))


async def test_a_parent_who_erases_their_data_leaves_the_children_to_the_other(
        app: App) -> None:
    anna, marc = await parents(app)
    code = code_in(await anna.says("/family"))
    await marc.says(f"/family {code}")
    await anna.says("/mydata")
    [link] = document_of(anna)["link_codes"]
    assert (link["code"], link["purpose"]) == (code, "family")
    await marc.says("/mydata")
    assert [c["first_name"] for c in document_of(marc)["children"]] == ["Léa", "Tom", "Zoé"]

    await forget(marc)
    assert await children_of(app, "Anna") == [("Léa", "P3"), ("Tom", "M1"), ("Zoé", "P1")]
    assert "Shared with" not in await anna.says("/children")


async def test_a_child_given_before_and_after_15_july_is_one_child(app: App) -> None:
    """Anna registered Léa in P2 in June (one class up in September); Marc, registering
    in August, gave P3, next September's class. Sharing their children, Léa is one child,
    in P3 for 2027-2028 as Marc gave it (and as /mydata says), and one child in P3 once
    the school starts the year."""
    with time_machine.travel(datetime(2027, 6, 1, 8, tzinfo=UTC), tick=False):
        school = await app.school()
        anna = app.person(301, "Anna", "en")
        await register(anna, school.parent_code, children=(("Léa", "P2"),))
    with time_machine.travel(datetime(2027, 8, 20, 8, tzinfo=UTC), tick=False):
        marc = app.person(302, "Marc", "en")
        async with unit_of_work(app.sessions) as uow:  # June's code has expired
            code = (await create_invite(uow.session, school.id)).code
        await register(marc, code, first="Marc", last="Dubois", children=(("Léa", "P3"),))
        answer = await marc.says(f"/family {code_in(await anna.says('/family'))}")
        assert "Children you had both registered are now listed once." in answer
        assert ("Your children:\n• Léa – P3 (school year 2027-2028)\n"
                in await anna.says("/children"))
        await anna.says("/mydata")
        assert [(c["first_name"], c["class"], c["placed_for"])
                for c in document_of(anna)["children"]] == [("Léa", "P3", "2027-2028")]
        await start_the_year(app, school.id, date(2027, 8, 20))
    assert await children_of(app, "Anna") == [("Léa", "P3")]
    assert await children_of(app, "Marc") == [("Léa", "P3")]
