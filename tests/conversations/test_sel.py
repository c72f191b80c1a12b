"""The SEL in the chat: balance, pay, request, history, corrections — as transcripts."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import func, select, update

from bot.scheduler import expire_sel_requests
from core.clock import utcnow
from core.models import Invite, Member, SelTransfer
from handlers.sel import PickCb
from tests.support.flows import admin_of, another_family, balances, families, register
from tests.support.harness import App, Person


async def until_confirmation(anna: Person, command: str, amount: str,
                             note: str | None = None) -> str:
    """/pay or /request to Jan, up to the confirmation."""
    await anna.says(command)
    await anna.says("pee")  # Jan is the only match: taken at once
    await anna.says(amount)
    return await (anna.says(note) if note else anna.taps("Skip"))


async def pay_until_confirmation(anna: Person, amount: str, note: str | None = None) -> str:
    return await until_confirmation(anna, "/pay", amount, note)


async def anna_asks_jan(app: App, anna: Person, amount: str) -> None:
    """Anna requests units from Jan, without a note; Jan's message is delivered."""
    await until_confirmation(anna, "/request", amount)
    await anna.taps("Send the request")
    await app.deliver()


async def test_a_new_parent_starts_with_two_hours(app: App) -> None:
    anna, _, _ = await families(app)
    reply = await anna.says("/balance")
    assert "💰 Your balance: 120 units (2 h 00)" in reply
    assert "Limits: -300 units (-5 h 00) to 600 units (10 h 00)" in reply
    assert anna.button_labels() == ["💸 Pay", "🙋 Ask for units", "📜 History"]


async def test_paying_another_parent(app: App) -> None:
    anna, jan, _ = await families(app)
    assert "Who do you want to pay?" in await anna.says("/pay")
    assert "Nobody in your school matches “zorro”" in await anna.says("zorro")
    assert "How much do you pay Jan Peeters?" in await anna.says("pee")
    assert "What was it for?" in await anna.says("1h30")
    confirm = await anna.says("homework help")
    assert "Pay 90 units (1 h 30) to Jan Peeters?" in confirm
    assert "Note: homework help" in confirm
    assert "Your balance afterwards: 30 units (0 h 30)" in confirm
    assert "✅ You paid 90 units (1 h 30) to Jan Peeters. Your balance: 30 units" in \
        await anna.taps("✅ Pay")
    await app.deliver()
    assert jan.last.text == ("💰 Anna De Smet betaalde je 90 eenheden (1 u 30). "
                             "Notitie: homework help. Je saldo: 210 eenheden (3 u 30).")
    assert await balances(app) == {"Anna": 30, "Jan": 210}


async def test_one_unit_without_a_note_reads_as_one_unit_and_no_note(app: App) -> None:
    anna, jan, school_id = await families(app)
    confirm = await pay_until_confirmation(anna, "1")
    assert confirm.startswith("Pay 1 unit (0 h 01) to Jan Peeters?\n"
                              "Your balance afterwards: 119 units (1 h 59)\n")
    await anna.taps("✅ Pay")
    await app.deliver()
    assert jan.last.text == ("💰 Anna De Smet betaalde je 1 eenheid (0 u 01). "
                             "Je saldo: 121 eenheden (2 u 01).")

    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await camille.says("/request")
    await camille.says("jan")
    await camille.says("1")
    await camille.taps("Passer")
    await camille.taps("Envoyer la demande")
    await app.deliver()
    assert jan.last.text == "🙋 Camille Martin vraagt je om 1 eenheid (0 u 01)."
    await jan.taps("Betalen")
    await app.deliver()
    assert camille.last.text == ("✅ Jan Peeters a payé votre demande de 1 unité (0 h 01). "
                                 "Votre solde : 121 unités (2 h 01).")


async def test_one_unit_notices_of_expiry_and_correction_say_one_unit(app: App) -> None:
    anna, jan, school_id = await families(app)
    await anna_asks_jan(app, anna, "1")
    with time_machine.travel(utcnow() + timedelta(days=14, minutes=1)):
        await expire_sel_requests(app.sessions)
        await app.deliver()
    assert anna.last.text == ("⌛ Your request to Jan Peeters for 1 unit (0 h 01) expired "
                              "after 14 days without an answer.")
    await pay_until_confirmation(anna, "1", note="pen")
    await anna.taps("✅ Pay")
    code = (await anna.says("/history")).split("pen · #")[1][:8]
    admin = await admin_of(app, school_id)
    await admin.says(f"/reverse {code} wrong person")
    await app.deliver()
    assert anna.last.text == ("↩️ A transfer was corrected by the school: 1 unit (0 h 01). "
                              "Reason: wrong person. Your balance: 120 units (2 h 00).")
    assert jan.last.text == ("↩️ Een uitwisseling werd door de school gecorrigeerd: -1 eenheid "
                             "(-0 u 01). Reden: wrong person. Je saldo: 120 eenheden (2 u 00).")


async def test_a_code_two_transfers_share_asks_for_more_of_it(app: App) -> None:
    anna, _, school_id = await families(app)
    for note in ("cake", "pen"):
        await pay_until_confirmation(anna, "10", note=note)
        await anna.taps("✅ Pay")
    cake, pen = "abcdef12-1111-4111-8111-111111111111", "abcdef12-2222-4222-8222-222222222222"
    async with app.sessions() as session, session.begin():  # one chance in 4 billion
        for note, twin in (("cake", cake), ("pen", pen)):
            await session.execute(update(SelTransfer).where(SelTransfer.note == note)
                                  .values(id=twin))
    admin = await admin_of(app, school_id, language="Nederlands")

    assert await admin.says("/reverse abcdef12 vergissing") == (
        "Meer dan één uitwisseling van je school heeft een code die begint met abcdef12. "
        "Stuur een groter deel van de code: de volledige code staat in het adres van de "
        "pagina ervan in het webpaneel (/panel, Uitwisselingen), waar je ze ook kunt "
        "terugdraaien.")
    assert (await admin.says("/reverse abcdef122 vergissing")).startswith(
        "✅ Uitwisseling van 10 eenheden (0 u 10) teruggedraaid.")
    assert (await admin.says(f"/reverse {cake} vergissing")).startswith("✅ Uitwisseling")
    assert (await admin.says(f"/reverse {cake.replace('-', '')}7 x")).startswith(
        "Stuur /reverse gevolgd door")  # longer than any code
    async with app.sessions() as session:
        assert set(await session.scalars(select(SelTransfer.reverses_id))) == {None, cake, pen}


async def test_a_negative_balance_keeps_its_sign_in_hours(app: App) -> None:
    anna, _, _ = await families(app)
    await pay_until_confirmation(anna, "2h30")
    await anna.taps("✅ Pay")
    reply = await anna.says("/balance")
    assert "💰 Your balance: -30 units (-0 h 30)" in reply
    assert "Limits: -300 units (-5 h 00) to 600 units (10 h 00)" in reply
    assert "→ -150 units (-2 h 30) · Jan Peeters · #" in await anna.says("/history")


async def test_a_double_tap_on_pay_pays_once(app: App) -> None:
    anna, _, _ = await families(app)
    await pay_until_confirmation(anna, "30")
    confirmation = anna.keyboard()
    await anna.taps("✅ Pay")
    assert "already done" in await anna.taps_again(confirmation, "✅ Pay")
    assert await balances(app) == {"Anna": 90, "Jan": 150}


async def test_changing_the_amount_at_the_confirmation_keeps_the_person_and_note(
        app: App) -> None:
    anna, jan, _ = await families(app)
    await pay_until_confirmation(anna, "1h30", note="homework help")
    assert anna.button_labels() == ["✅ Pay", "✏️ Amount", "Cancel"]
    first = anna.keyboard()
    assert await anna.taps("✏️ Amount") == (
        "How much do you pay Jan Peeters instead of 90 units (1 h 30)? For example 1h30, "
        "45 min or 90. The rest stays as it was.")
    waiting = ("I am waiting for the new amount: type it (for example 1h30, 45 min or 90), or "
               "send /cancel to stop. Nothing was changed.")
    assert await anna.taps_again(first, "✏️ Amount") == waiting  # a double tap
    assert await anna.taps_again(first, "✅ Pay") == waiting  # its confirmation is gone
    assert "I did not understand that amount" in await anna.says("lots")
    assert "You can pay at most 420 units (7 h 00)." in await anna.says("8h")
    assert (await anna.says("2h")).startswith(  # straight back to the confirmation
        "Pay 120 units (2 h 00) to Jan Peeters?\nNote: homework help\n"
        "Your balance afterwards: 0 units (0 h 00)\n")
    assert await balances(app) == {"Anna": 120, "Jan": 120}
    assert "no longer valid" in await anna.taps_again(first, "✅ Pay")  # the 1h30 one
    second = anna.keyboard()
    assert "✅ You paid 120 units (2 h 00) to Jan Peeters" in await anna.taps("✅ Pay")
    assert await anna.taps_again(second, "✏️ Amount") == (
        "This payment is already made: its amount can no longer be changed. To correct it, "
        "contact the school: an administrator can reverse it.")
    await app.deliver()
    assert jan.last.text == ("💰 Anna De Smet betaalde je 120 eenheden (2 u 00). "
                             "Notitie: homework help. Je saldo: 240 eenheden (4 u 00).")
    assert await balances(app) == {"Anna": 0, "Jan": 240}


async def test_changing_the_amount_of_a_request_or_cancelling_instead(app: App) -> None:
    anna, jan, _ = await families(app)
    await until_confirmation(anna, "/request", "30")
    confirmation = anna.keyboard()
    await anna.taps("✏️ Amount")
    assert (await anna.taps_again(confirmation, "Cancel")).startswith("Cancelled.")
    assert "I did not understand" in await anna.says("45")  # the dialog is over
    await until_confirmation(anna, "/request", "30")
    assert "How much do you ask Jan Peeters for instead of 30 units (0 h 30)?" in \
        await anna.taps("✏️ Amount")
    assert (await anna.says("45 min")).startswith("Ask Jan Peeters for 45 units (0 h 45)?")
    confirmation = anna.keyboard()
    await anna.taps("Send the request")
    assert (await anna.taps_again(confirmation, "✏️ Amount")).startswith(
        "This request is already sent: its amount can no longer be changed.")
    await app.deliver()
    assert jan.last.text == "🙋 Anna De Smet vraagt je om 45 eenheden (0 u 45)."


async def test_typing_at_the_confirmation_points_to_its_buttons(app: App) -> None:
    anna, _, _ = await families(app)
    await pay_until_confirmation(anna, "30")
    assert (await anna.says("hmm")).startswith(pointed_to_the_buttons(app, "✅ Pay"))
    assert "✅ You paid 30 units" in await anna.taps("✅ Pay")  # the step was kept
    assert "I did not understand. Here is the main menu" in await anna.says("yes")  # no dialog


def pointed_to_the_buttons(app: App, first_button: str) -> str:
    """How the answer to a word typed where a button is awaited begins: on WhatsApp, with
    the buttons again (a typed answer presses only the latest message's buttons)."""
    if app.channel == "whatsapp":
        return ("Please tap one of the buttons below (or send /cancel to stop).\n"
                f"[1] {first_button}")
    return ("I am waiting for a tap on one of the buttons above. "
            "Tap one, or send /cancel to stop.")


async def test_on_whatsapp_a_yes_typed_after_a_wrong_word_still_answers_the_question(
        app: App) -> None:
    """Pointed to the buttons after "goed zo", Jan types "ja": it pays, as it would have
    at once (the nudge without buttons used to leave "ja" nothing to press)."""
    anna, jan, _ = await families(app)
    await jan.says("/pay")
    await jan.says("anna")
    await jan.says("30")
    await jan.taps("Overslaan")
    nudge = await jan.says("goed zo")
    if app.channel != "whatsapp":  # Telegram's buttons stay under the question
        assert nudge == ("Tik op een van de knoppen hierboven, of stuur /cancel om te "
                         "stoppen.")
        return
    assert nudge == ("Tik op een van de knoppen hieronder (of stuur /cancel om te stoppen).\n"
                     "[1] ✅ Betalen  [2] ✏️ Bedrag  [3] Annuleren")
    assert await jan.says("ja") == ("✅ Je hebt 30 eenheden (0 u 30) aan Anna De Smet betaald. "
                                    "Je saldo: 90 eenheden (1 u 30).")
    assert await balances(app) == {"Anna": 150, "Jan": 90}


async def test_bad_amounts_are_explained_and_the_step_is_kept(app: App) -> None:
    anna, _, _ = await families(app)
    await anna.says("/pay")
    await anna.says("jan")
    for bad in ("0", "-5", "abc", "1h75", "", "x" * 5000):
        assert "I did not understand that amount" in await anna.says(bad or " ")
    assert "more than 100 hours" in await anna.says("999999")
    assert "What was it for?" in await anna.says("45 min")


async def test_over_the_limit_is_refused_with_the_reason(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna.says("/pay")
    await anna.says("pee")
    reply = await anna.says("7h01")  # told at once, not after the note and the summary
    assert ("your balance is 120 units (2 h 00) and may not go below -300 units (-5 h 00)"
            in reply)
    assert "You can pay at most 420 units (7 h 00)." in reply
    assert "What was it for?" in await anna.says("7h")  # the amount step was kept
    await anna.taps("Skip")
    assert "Your balance afterwards: -300 units" in anna.said
    await anna.taps("✅ Pay")
    # At the limit: told at once, before choosing who, and no dialog is left open.
    assert await anna.says("/pay") == (
        "Your balance is -300 units (-5 h 00) and your lower limit -300 units (-5 h 00): you "
        "cannot pay anyone until you receive units. Offer a service with /offers, or ask for "
        "units with /request.")
    assert "I did not understand" in await anna.says("pee")
    # Jan (540) may not ask for more than his upper limit (600) lets him receive: told at
    # the amount, not when Anna would accept a request that can never be paid.
    await jan.says("/request")
    await jan.says("anna")
    assert await jan.says("1u30") == (
        "Niet mogelijk: je saldo is 540 eenheden (9 u 00) en mag niet boven 600 eenheden "
        "(10 u 00) gaan. Je kunt hoogstens 60 eenheden (1 u 00) vragen.")
    assert "Waarvoor was het?" in await jan.says("1u")  # the amount step was kept
    assert await balances(app) == {"Anna": -300, "Jan": 540}


async def test_forged_choices_cannot_pay_yourself_or_another_school(app: App) -> None:
    anna, _, _ = await families(app)
    outsider_school = await app.school("École Ailleurs")
    bob = app.person(403, "Bob", "en")
    await register(bob, outsider_school.parent_code, first="Bob")
    async with app.sessions() as session:
        rows = await session.execute(select(Member.first_name, Member.id))
        ids = {name: member_id for name, member_id in rows}
    await anna.says("/pay")
    await anna.says("zorro")  # nobody: still at the step that takes a tap
    assert "You cannot pay yourself" in await anna.forges(PickCb(member_id=ids["Anna"]).pack())
    assert "not an active member of your school" in await anna.forges(
        PickCb(member_id=ids["Bob"]).pack())
    assert "not an active member" in await anna.forges(PickCb(member_id=999_999).pack())
    assert (await balances(app))["Anna"] == 120


async def test_cancel_and_stale_buttons_change_nothing(app: App) -> None:
    anna, _, _ = await families(app)
    await pay_until_confirmation(anna, "60")
    confirmation = anna.keyboard()
    assert "Cancelled" in await anna.taps("Cancel")
    assert "no longer valid" in await anna.taps_again(confirmation, "✅ Pay")
    assert await balances(app) == {"Anna": 120, "Jan": 120}


async def test_requesting_units_and_the_payer_accepting(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna.says("/request")
    assert "How much do you ask Jan Peeters for?" in await anna.says("Peeters")
    await anna.says("1h")
    confirm = await anna.says("babysitting")
    assert "Ask Jan Peeters for 60 units (1 h 00)?" in confirm
    assert "Your balance once they pay: 180 units (3 h 00)" in confirm  # not today's 120
    assert "Your request for 60 units (1 h 00) was sent to Jan Peeters" in \
        await anna.taps("Send the request")
    sent = anna.last
    assert await balances(app) == {"Anna": 120, "Jan": 120}  # pending moves nothing

    await app.deliver()
    request = jan.last
    assert request.text == ("🙋 Anna De Smet vraagt je om 60 eenheden (1 u 00). "
                            "Notitie: babysitting.")
    assert await jan.taps("Betalen") == (
        "✅ Je hebt 60 eenheden (1 u 00) aan Anna De Smet betaald. Je saldo: 60 eenheden (1 u 00).")
    assert "al betaald" in await jan.taps_again(request, "Betalen")
    await app.deliver()
    assert ("✅ Jan Peeters paid your request for 60 units (1 h 00). Your balance: "
            "180 units (3 h 00).") in anna.last.text
    assert "Too late to withdraw: this request has been paid." in \
        await anna.taps_again(sent, "Withdraw")
    assert await balances(app) == {"Anna": 180, "Jan": 60}


async def test_a_request_waiting_for_me_is_shown_with_my_balance(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna_asks_jan(app, anna, "30")
    shown = await jan.says("/balance")
    assert shown.startswith("💰 Je saldo: 120 eenheden")
    assert "\n🙋 Anna De Smet vraagt je om 30 eenheden (0 u 30).\n" in shown
    assert jan.button_labels() == ["✅ Betalen", "❌ Weigeren"]
    assert "✅ Je hebt 30 eenheden" in await jan.taps("Betalen")
    assert "vraagt je" not in await jan.says("/balance")  # answered: no longer waiting
    assert await balances(app) == {"Anna": 150, "Jan": 90}


async def test_a_declined_request_moves_nothing(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna_asks_jan(app, anna, "30")
    assert "Je weigerde het verzoek van Anna De Smet" in await jan.taps("Weigeren")
    await app.deliver()
    assert "declined your request for 30 units (0 h 30)" in anna.last.text
    assert await balances(app) == {"Anna": 120, "Jan": 120}


async def test_an_unanswered_request_expires_and_the_requester_is_told(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna_asks_jan(app, anna, "30")
    request = jan.last
    with time_machine.travel(utcnow() + timedelta(days=14, minutes=1)):
        assert await expire_sel_requests(app.sessions) == 1
        assert await expire_sel_requests(app.sessions) == 0
        await app.deliver()
        assert "expired after 14 days" in anna.last.text
        assert "Dit verzoek is verlopen" in await jan.taps_again(request, "Betalen")
    assert await balances(app) == {"Anna": 120, "Jan": 120}


async def test_a_request_withdrawn_before_it_went_out_never_reaches_the_payer(app: App
                                                                               ) -> None:
    anna, jan, _ = await families(app)
    await until_confirmation(anna, "/request", "90")
    await anna.taps("Send the request")
    sent = anna.last
    assert anna.button_labels() == ["↩️ Withdraw"]  # the wrong person or amount: take it back
    assert await anna.taps("Withdraw") == ("↩️ Your request to Jan Peeters for 90 units "
                                           "(1 h 30) is withdrawn: it can no longer be paid.")
    assert "You have already withdrawn this request." in await anna.taps_again(sent, "Withdraw")
    assert await app.deliver() == 0
    assert [m.text for m in jan.inbox if "vraagt je" in m.text] == []


async def test_a_request_withdrawn_after_the_payer_saw_it_cannot_be_paid(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna_asks_jan(app, anna, "30")
    request = jan.last
    shown = await anna.says("/balance")
    assert "🕓 You asked Jan Peeters for 30 units (0 h 30): no answer yet." in shown
    await anna.taps("Withdraw")
    await app.deliver()
    assert jan.last.text == ("↩️ Anna De Smet trok het verzoek om 30 eenheden (0 u 30) in: "
                             "je hoeft niets te betalen.")
    assert "Dit verzoek werd ingetrokken" in await jan.taps_again(request, "Betalen")
    assert "vraagt je" not in await jan.says("/balance")
    assert "🕓" not in await anna.says("/balance")
    assert await balances(app) == {"Anna": 120, "Jan": 120}


async def test_history_is_paginated_and_in_my_language(app: App) -> None:
    anna, jan, _ = await families(app)
    for amount in ("10", "20", "30", "40", "50", "60", "70", "80"):
        await pay_until_confirmation(anna, amount, note=f"lift {amount}")
        await anna.taps("✅ Pay")
    first = await anna.says("/history")
    assert "📜 History (page 1 of 2)" in first
    assert "→ -80 units (-1 h 20) · Jan Peeters · lift 80 · #" in first
    assert anna.button_labels() == ["▶"]
    second = await anna.taps("▶")
    assert "← 120 units (2 h 00) · the school" in second
    nl = await jan.says("/history")
    assert "← 80 eenheden (1 u 20) · Anna De Smet · lift 80" in nl


async def test_an_admin_reverses_a_transfer_and_both_are_told(app: App) -> None:
    anna, jan, _ = await families(app)
    await pay_until_confirmation(anna, "60", note="by mistake")
    await anna.taps("✅ Pay")
    code = (await anna.says("/history")).split("by mistake · #")[1][:8]
    assert "Only a school administrator" in await anna.says(f"/reverse {code} oops")
    async with app.sessions() as session:
        school_id = await session.scalar(select(Member.school_id).limit(1))
    admin = app.person(404, "Sophie", "en")
    async with app.sessions() as session:
        admin_code = await session.scalar(select(Invite.code).where(
            Invite.school_id == school_id, Invite.role == "admin"))
    await register(admin, admin_code, first="Sophie", last="Lambert", children=())
    assert "Send /reverse followed by" in await admin.says("/reverse")
    assert "no transfer with that code" in await admin.says("/reverse deadbeef wrong")
    assert "reason" in await admin.says(f"/reverse {code}")
    assert "✅ Transfer of 60 units (1 h 00) reversed. Reason: paid by mistake" in \
        await admin.says(f"/reverse {code} paid by mistake")
    assert "already been reversed" in await admin.says(f"/reverse {code} again")
    await app.deliver()
    assert "corrected by the school: 60 units (1 h 00)" in anna.last.text
    assert "-60 eenheden" in jan.last.text
    assert (await balances(app))["Anna"] == 120
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(SelTransfer)) == 5


async def test_an_admin_changes_one_members_limits(app: App) -> None:
    anna, jan, school_id = await families(app)
    assert "Only a school administrator" in await anna.says("/limits")
    admin = await admin_of(app, school_id)
    assert "Whose SEL limits" in await admin.says("/limits")
    assert ("Anna De Smet: balance 120 units (2 h 00), limits -300 units (-5 h 00) to "
            "600 units (10 h 00).") in \
        await admin.says("anna")
    for bad in ("lots", "-600", "-600 900 1"):
        assert "Type two whole numbers" in await admin.says(bad)
    for bad in ("1 900", "-600 -5", "-999999999 5"):
        assert ("The lower limit must be between -60,000 units (-1,000 h 00) and 0, the upper "
                "one between 0 and 60,000 units (1,000 h 00).") in await admin.says(bad)
    assert "✅ Anna De Smet may now go from -600 units (-10 h 00) to 900 units (15 h 00)." in \
        await admin.says("-600 900")
    await app.deliver()
    assert anna.last.text == ("ℹ️ The school changed your SEL limits: from -600 units "
                              "(-10 h 00) to 900 units (15 h 00).")
    await pay_until_confirmation(anna, "8h")  # -360: beyond the old limit, within the new
    assert "You paid 480 units" in await anna.taps("✅ Pay")
    # Jan is now at his upper limit (600): Anna is told at the amount, not after the note.
    await anna.says("/pay")
    await anna.says("pee")
    # Jan's balance and what he may still receive are his: Anna is told no number of his.
    assert await anna.says("1") == ("Not possible: the other member cannot receive that many "
                                    "units right now. Nothing was paid.")
    assert (await jan.says("/request")).startswith(
        "Je saldo is 600 eenheden (10 u 00) en je bovengrens 600 eenheden (10 u 00): je kunt "
        "voorlopig geen eenheden meer ontvangen.")
    assert await balances(app) == {"Anna": -360, "Jan": 600, "Sophie": 120}


async def test_accepting_a_request_over_my_limit_is_refused(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna_asks_jan(app, anna, "5h30")
    await jan.says("/pay")
    await jan.says("anna")
    await jan.says("2h")
    await jan.taps("Overslaan")
    await jan.taps("✅ Betalen")  # Jan is down to 0 units
    request = next(m for m in reversed(jan.inbox) if "vraagt je om 330 eenheden" in m.text)
    reply = await jan.taps_again(request, "Betalen")
    assert "je saldo is 0 eenheden (0 u 00) en mag niet onder -300 eenheden (-5 u 00) zakken" \
        in reply
    assert "Je kunt hoogstens 300 eenheden (5 u 00) betalen." in reply
    assert await balances(app) == {"Anna": 240, "Jan": 0}


async def test_accepting_a_request_its_requester_can_no_longer_receive(app: App) -> None:
    """Anna's balance rose after she asked: Jan's Pay is refused without a number of hers."""
    anna, jan, school_id = await families(app)
    await anna_asks_jan(app, anna, "5h")
    request = next(m for m in reversed(jan.inbox) if "vraagt je om 300 eenheden" in m.text)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await camille.says("/pay")
    await camille.says("smet")
    await camille.says("7h")
    await camille.taps("Passer")
    await camille.taps("✅ Payer")  # Anna: 540 of her 600
    assert await jan.taps_again(request, "Betalen") == (
        "Niet mogelijk: het andere lid kan nu niet zoveel eenheden ontvangen. Er werd niets "
        "betaald.")
    assert await balances(app) == {"Anna": 540, "Jan": 120, "Camille": -300}
    assert "🙋 Anna De Smet vraagt je om 300 eenheden" in await jan.says("/balance")  # still open


async def test_a_cancel_word_in_a_dialog_cancels_and_a_menu_word_leaves_it(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    for word in ("annuler", "Stop", "ANNULER !"):
        assert "Qui voulez-vous payer ?" in await camille.says("/pay")
        assert (await camille.says(word)).startswith("Annulé. Voici le menu principal."), word
        assert "👤 Mon profil" in camille.button_labels()
    await jan.says("/request")
    assert "Hoeveel vraag je aan Anna De Smet?" in await jan.says("anna")
    assert (await jan.says("stoppen")).startswith("Geannuleerd. Hier is het hoofdmenu.")
    await camille.says("/pay")
    await camille.says("menu")
    assert camille.replies[-1].text == "Que souhaitez-vous faire ?"
    assert "👤 Mon profil" in camille.button_labels()
    await pay_until_confirmation(anna, "30", note="lift")
    assert (await anna.says("cancel")).startswith("Cancelled. Here is the main menu.")
    assert "I did not understand" in await anna.says("pee")  # the dialog is over
    assert await balances(app) == {"Anna": 120, "Jan": 120, "Camille": 120}


async def test_help_typed_in_a_dialog_says_how_to_go_on_and_the_step_waits(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await camille.says("/pay")
    await camille.says("Jan")
    assert "C'était pour quoi ?" in await camille.says("1h30")
    assert await camille.says("aide") == (
        "Vous êtes en train de faire quelque chose : répondez à la dernière question "
        "ci-dessus, ou touchez un de ses boutons. Pour arrêter, envoyez /cancel ; pour le "
        "menu principal, envoyez menu.")
    assert "Note : covoiturage" in await camille.says("covoiturage")  # not "aide"
    await anna.says("/request")
    await anna.says("pee")
    assert "answer the last question above" in await anna.says("help")
    assert "/help" not in anna.said  # the step waits: the dialog is not over
    assert "What was it for?" in await anna.says("30")


async def test_the_only_match_is_taken_at_once_and_several_are_offered(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await camille.says("/pay")
    assert await camille.says("Jan") == ("Combien payez-vous à Jan Peeters ? Par exemple 1h30, "
                                         "45 min ou 90 (unités ; 60 unités = 1 heure).")
    assert "C'était pour quoi ?" in await camille.says("1h30")
    await jan.says("/request")
    assert await jan.says("smet") == ("Hoeveel vraag je aan Anna De Smet? Bijvoorbeeld 1u30, "
                                      "45 min of 90 (eenheden; 60 eenheden = 1 uur).")
    assert "Waarvoor was het?" in await jan.says("30 minuten")  # as a Dutch parent writes it
    await anna.says("/pay")
    assert "Tap the right person" in await anna.says("a")  # Jan and Camille
    assert anna.button_labels() == ["Camille Martin", "Jan Peeters"]
    assert "How much do you pay Camille Martin?" in await anna.taps("Camille Martin")
    # Another Camille Martin: their children's classes tell the two apart.
    await another_family(app, school_id, 407, "Camille", (("Tom", "M1"),))
    await anna.says("/pay")
    assert "Tap the right person" in await anna.says("camille")
    assert anna.button_labels() == ["Camille Martin · P2", "Camille Martin · M1"]
    assert "How much do you pay Camille Martin?" in await anna.taps("Camille Martin · M1")


async def test_a_voice_note_at_a_typed_step_is_asked_to_be_typed(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await camille.says("/pay")
    assert await camille.sends_voice_note() == ("Veuillez écrire votre réponse (ou envoyez "
                                                "/cancel pour arrêter).")
    assert "Combien payez-vous à Jan Peeters ?" in await camille.says("jan")  # step kept
    await jan.says("/request")
    await jan.says("anna")
    assert await jan.sends_voice_note() == "Typ je antwoord (of stuur /cancel om te stoppen)."
    await pay_until_confirmation(anna, "30")
    assert (await anna.sends_voice_note()).startswith(  # a button step
        pointed_to_the_buttons(app, "✅ Pay"))
    assert await balances(app) == {"Anna": 120, "Jan": 120, "Camille": 120}


async def test_cancel_on_a_paid_confirmation_says_the_payment_stands(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await camille.says("/pay")
    await camille.says("jan")
    await camille.says("30")
    await camille.taps("Passer")
    confirmation = camille.keyboard()
    assert "✅ Vous avez payé 30 unités" in await camille.taps("✅ Payer")
    assert await camille.taps_again(confirmation, "Annuler") == (
        "Ce paiement est déjà fait ; il ne peut plus être annulé ici. Pour le corriger, "
        "contactez l'école : un·e administrateur·rice peut l'annuler.")
    await jan.says("/pay")
    await jan.says("anna")
    await jan.says("15")
    await jan.taps("Overslaan")
    paid = jan.keyboard()
    await jan.taps("✅ Betalen")
    assert await jan.taps_again(paid, "Annuleren") == (
        "Deze betaling is al gebeurd; hier annuleren kan niet meer. Neem contact op met de "
        "school om ze te corrigeren: een schoolbeheerder kan ze terugdraaien.")
    assert await balances(app) == {"Anna": 135, "Jan": 135, "Camille": 90}


async def test_a_sent_request_is_sent_once_and_its_old_cancel_says_so(app: App) -> None:
    anna, jan, _ = await families(app)
    await until_confirmation(anna, "/request", "45")
    confirmation = anna.keyboard()
    assert "was sent to Jan Peeters" in await anna.taps("Send the request")
    assert await anna.taps_again(confirmation, "Send the request") == (
        "This was already done; nothing more happened.")
    assert (await anna.taps_again(confirmation, "Cancel")).startswith(
        "This request is already sent. To take it back, tap ↩️ Withdraw (here, or under "
        "/balance) as long as it is not answered.")
    assert anna.button_labels() == ["↩️ Withdraw"]  # what it points to, at hand
    await app.deliver()
    notices = [m.text for m in jan.inbox if m.text.startswith("🙋")]
    assert notices == ["🙋 Anna De Smet vraagt je om 45 eenheden (0 u 45)."]
    assert (await anna.taps("Withdraw")).startswith("↩️ Your request to Jan Peeters")
    assert await anna.taps_again(confirmation, "Cancel") == (  # nothing left to take back
        "You have already withdrawn this request.")


async def test_cancel_on_a_confirmation_ends_with_the_main_menu(app: App) -> None:
    anna, _, _ = await families(app)
    await pay_until_confirmation(anna, "60")
    assert (await anna.taps("Cancel")).startswith("Cancelled. Here is the main menu.")
    assert "💰 SEL: my units" in anna.button_labels()
    assert await balances(app) == {"Anna": 120, "Jan": 120}


async def test_an_older_confirmations_cancel_leaves_the_current_one_alone(app: App) -> None:
    anna, _, _ = await families(app)
    await pay_until_confirmation(anna, "30")
    older = anna.keyboard()
    await pay_until_confirmation(anna, "45")
    assert "no longer valid" in await anna.taps_again(older, "Cancel")
    assert "✅ You paid 45 units" in await anna.taps("✅ Pay")  # still at its confirmation
    assert await balances(app) == {"Anna": 75, "Jan": 165}
