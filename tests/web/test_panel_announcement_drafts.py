"""The panel's compose form leads to a preview, as the chat's /announce does: what each
family will read, how many people in which language, then "Send now", "Edit" or
"Discard". Nothing reaches anyone before "Send now"; a double submit sends once; another
admin's or school's draft is out of reach; drafts left unsent are listed to their author."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from core.announcements import service as announcements
from core.db import unit_of_work
from core.models import (
    Announcement,
    AnnouncementClass,
    AnnouncementStatus,
    AuditEntry,
    Member,
    OutboxMessage,
)
from tests.support.flows import class_ids
from tests.support.flows import compose as compose_in_chat
from tests.support.harness import App
from tests.support.panel import csrf_of, member_named, other_school_admin, page, submit
from tests.support.panel_announcements import (
    PHOTO,
    compose,
    latest,
    parents,
    send_from,
)


async def queued(app: App) -> int:
    """Messages of announcements written to the outbox so far."""
    async with app.sessions() as session:
        return await session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.purpose.like("announcement:%")))


async def stored(app: App, announcement_id: int) -> Announcement | None:
    async with app.sessions() as session:
        return await session.get(Announcement, announcement_id)


async def test_the_preview_shows_what_each_family_reads_and_only_send_now_sends(admin) -> None:
    app, client = admin
    anna, marc = await parents(app, client)
    response = await compose(client, "No school on Monday.", urgent=True,
                             file=("pool.jpg", "image/jpeg", PHOTO),
                             text_fr="Pas d'école lundi.")
    preview = await response.text()
    draft = await latest(app)
    assert response.status == 200, preview
    assert response.url.path == f"/admin/announcements/{draft}/preview"
    assert "Preview: not sent yet" in preview
    assert "2 people (English: 1 · French: 1)" in preview
    assert "<dt>Urgent</dt><dd>yes, sent even during quiet hours</dd>" in preview
    assert "<dd>pool.jpg</dd>" in preview
    # each family's message as the chat shows it: the author line, in their language
    assert ('<blockquote class="card message" lang="en">🚨 URGENT — from Sophie Lambert:\n'
            "No school on Monday.</blockquote>") in preview
    assert ('<blockquote class="card message" lang="fr">🚨 URGENT — de Sophie Lambert :\n'
            "Pas d&#39;école lundi.</blockquote>") in preview
    assert "In French · 1 person" in preview
    assert 'message" lang="nl"' not in preview  # nobody reads Dutch, no version in it
    assert "not in their own language" not in preview
    assert (await stored(app, draft)).status == AnnouncementStatus.DRAFT
    assert await queued(app) == 0 and await app.deliver() == 0

    listing = await page(client, "/admin/announcements")
    assert "Your drafts, not sent yet" in listing
    assert f'href="/admin/announcements/{draft}/preview">No school on Monday.</a>' in listing

    sent = await send_from(response, client)
    card = await sent.text()
    assert sent.url.path == f"/admin/announcements/{draft}", card
    assert "Sending to 2 families in the chat." in card
    assert await app.deliver() == 2
    assert anna.last.text == "🚨 URGENT — from Sophie Lambert:\nNo school on Monday."
    assert marc.last.text == "🚨 URGENT — de Sophie Lambert :\nPas d'école lundi."
    assert marc.last.document_bytes == PHOTO
    assert "Your drafts" not in await page(client, "/admin/announcements")

    # The same "Send now" again (a double click, a stale tab): refused, nothing re-sent.
    again = await client.post(f"/admin/announcements/{draft}/send",
                              data={"csrf": csrf_of(preview)})
    assert again.status == 409
    assert "This announcement has already been sent." in await again.text()
    assert (await client.get(f"/admin/announcements/{draft}/edit")).status == 409
    stale = await client.get(f"/admin/announcements/{draft}/preview", allow_redirects=False)
    assert stale.headers["Location"] == f"/admin/announcements/{draft}"  # shown as sent
    assert await queued(app) == 2 and await app.deliver() == 0
    async with app.sessions() as session:
        [entry] = await session.scalars(select(AuditEntry).where(
            AuditEntry.action == "send-announcement"))
    assert entry.after == {"audience": "school", "class_ids": [], "urgent": True,
                           "recipients": 2, "versions": ["fr"], "attachment": "pool.jpg"}


async def test_the_preview_counts_those_who_get_another_language(admin) -> None:
    app, client = admin
    await parents(app, client)
    preview = await (await compose(client, "Swimming on Friday.")).text()
    assert "1 person will receive it in English, not in their own language" in preview
    assert "No version in French: these families receive the text in English." in preview
    assert ('<blockquote class="card message" lang="fr">📣 De Sophie Lambert :\n'
            "Swimming on Friday.</blockquote>") in preview
    assert "<dd>no, waits for the end of quiet hours</dd>" in preview

    french = await page(client, f"/admin/announcements/{await latest(app)}/preview?lang=fr")
    assert "Aperçu : pas encore envoyée" in french
    assert "2 personnes (anglais : 1 · français : 1)" in french
    assert "1 personne la recevra en anglais et non dans sa langue" in french
    assert "En français · 1 personne" in french and "Envoyer maintenant" in french


async def test_edit_brings_back_everything_and_changes_the_same_draft(admin) -> None:
    app, client = admin
    await parents(app, client)
    p3 = (await class_ids(app, (await member_named(app, "Anna")).school_id))["P3"]
    await compose(client, "P3: pool on Friday.", "classes", p3, urgent=True,
                  file=("pool.jpg", "image/jpeg", PHOTO), text_nl="P3: zwembad vrijdag.")
    draft = await latest(app)
    edit = f"/admin/announcements/{draft}/edit"
    form = await page(client, edit)
    assert f'action="{edit}"' in form and "Edit the draft" in form
    assert ">P3: pool on Friday.</textarea>" in form
    assert ">P3: zwembad vrijdag.</textarea>" in form
    assert '<option value="classes" selected>' in form
    assert re.search(rf'value="{p3}"\s+checked', form)
    assert re.search(r'name="urgent" type="checkbox" value="on"\s+checked', form)
    assert "Attached now: pool.jpg" in form and 'name="remove_file"' in form

    refused = await compose(client, "   ", "classes", p3, path=edit)
    assert refused.status == 400
    assert 'id="e-text">Please type a text of 1 to 3,500 characters.' in await refused.text()
    assert (await stored(app, draft)).texts["en"] == "P3: pool on Friday."

    response = await compose(client, "Whole school: pool on Friday.", path=edit,
                             remove_file=True, text_fr="Piscine vendredi.")
    preview = await response.text()
    assert response.url.path == f"/admin/announcements/{draft}/preview", preview
    assert "<dd>Whole school</dd>" in preview and "pool.jpg" not in preview
    assert "2 people (English: 1 · French: 1)" in preview
    assert "🚨" not in preview
    assert await latest(app) == draft  # the same draft, not a second one
    changed = await stored(app, draft)
    assert changed.texts == {"en": "Whole school: pool on Friday.", "fr": "Piscine vendredi."}
    assert (changed.audience, changed.urgent, changed.attachment_id) == ("school", False, None)
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(AnnouncementClass)
                                    .where(AnnouncementClass.announcement_id == draft)) == 0
    assert await queued(app) == 0


async def test_discarding_needs_the_box_and_sends_nothing(admin) -> None:
    app, client = admin
    await parents(app, client)
    await compose(client, "Wrong one.")
    draft = await latest(app)
    unsure = await submit(client, f"/admin/announcements/{draft}/discard")
    assert unsure.status == 400
    assert 'id="e-confirm">Tick the box to confirm.' in await unsure.text()
    assert await stored(app, draft) is not None

    response = await submit(client, f"/admin/announcements/{draft}/discard", {"confirm": "on"})
    listing = await response.text()
    assert response.url.path == "/admin/announcements", listing
    assert "The draft was discarded; nothing was sent." in listing
    assert await stored(app, draft) is None
    assert (await client.get(f"/admin/announcements/{draft}/preview")).status == 404
    assert await queued(app) == 0 and await app.deliver() == 0


async def test_a_draft_left_in_the_chat_is_listed_and_sent_from_the_panel(admin) -> None:
    app, client = admin
    anna, _ = await parents(app, client)
    sophie = app.person(200, "Sophie")
    await compose_in_chat(sophie, "Parents' evening on Tuesday.")  # stops at the preview
    draft = await latest(app)
    listing = await page(client, "/admin/announcements")
    assert f'href="/admin/announcements/{draft}/preview">Parents&#39; evening' in listing
    opened = await client.get(f"/admin/announcements/{draft}", allow_redirects=False)
    assert opened.headers["Location"] == f"/admin/announcements/{draft}/preview"  # not a 404
    await send_from(await client.get(f"/admin/announcements/{draft}/preview"), client)
    await app.deliver()
    assert anna.last.text.endswith("Parents' evening on Tuesday.")


async def test_a_chat_draft_made_a_poll_shows_its_choices_in_the_preview(admin) -> None:
    """The admin added choices in the chat and left it there: the panel's preview says
    the families will answer with those choices, before Send now makes it a poll."""
    app, client = admin
    anna, _ = await parents(app, client)
    sophie = app.person(200, "Sophie")
    await compose_in_chat(sophie, "Which Saturday for the party?")
    await sophie.taps("Add choices")
    await sophie.says("Sat 12\nSat 19")
    preview = await client.get(f"/admin/announcements/{await latest(app)}/preview")
    shown = await preview.text()
    assert "<li><span>Sat 12</span></li>\n  <li><span>Sat 19</span></li>" in shown
    assert "👍 Read" not in shown
    assert "On WhatsApp" not in shown  # three buttons: WhatsApp shows them as buttons
    await send_from(preview, client)
    await app.deliver()
    assert anna.button_labels() == ["Sat 12", "Sat 19", "💬 Reply"]


async def test_another_admins_or_schools_draft_is_not_found(admin) -> None:
    app, client = admin
    await parents(app, client)
    anna = await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/roles", {"kind": "admin"})
    async with unit_of_work(app.sessions) as uow:
        colleague = await uow.session.get(Member, anna.id)
        await uow.session.refresh(colleague, ["roles"])
        hers = (await announcements.create(uow.session, colleague, audience="school",
                                           class_ids=[], text="Anna's own draft")).id
    async with other_school_admin(app) as (session, zoe):
        theirs = (await announcements.create(session, zoe, audience="school", class_ids=[],
                                             text="Brouillon de Zoé")).id
    assert "Anna&#39;s own draft" not in await page(client, "/admin/announcements")
    for draft in (hers, theirs):
        for path in (f"/admin/announcements/{draft}", f"/admin/announcements/{draft}/preview",
                     f"/admin/announcements/{draft}/edit"):
            assert (await client.get(path)).status == 404, path
        for action, form in (("send", {}), ("discard", {"confirm": "on"}),
                             ("edit", {"text": "Hacked", "audience": "school"})):
            refused = await submit(client, f"/admin/announcements/{draft}/{action}", form)
            assert refused.status == 404, action
            assert "does not exist or is not yours" in await refused.text()
        assert (await stored(app, draft)).status == AnnouncementStatus.DRAFT
        assert "Hacked" not in (await stored(app, draft)).texts.values()
    assert await queued(app) == 0


async def test_a_poll_composed_in_the_panel_is_previewed_with_its_choices_and_tallied(
        admin) -> None:
    """The choices typed in the form: the preview shows them as each family's buttons,
    in its language; the families answer in the chat, and the panel counts the answers."""
    app, client = admin
    anna, marc = await parents(app, client)
    form = await page(client, "/admin/announcements/new")
    assert "Answer choices (a quick poll, optional)" in form
    assert "One per line: 2 to 6 choices, each up to 24 characters" in form
    response = await compose(client, "Which Saturday for the party?",
                             text_fr="Quel samedi pour la fête ?",
                             choices="Sat 12\r\n Sat 19 \r\nSat 26\r\n")
    preview = await response.text()
    draft = await latest(app)
    assert response.url.path == f"/admin/announcements/{draft}/preview", preview
    assert "each family answers by tapping one of the 3 choices" in preview
    buttons = ('<li><span>Sat 12</span></li>\n  <li><span>Sat 19</span></li>\n  '
               '<li><span>Sat 26</span></li>\n  <li><span>{}</span></li>')
    assert buttons.format("💬 Reply") in preview
    assert buttons.format("💬 Répondre") in preview  # Marc's copy, in French
    assert "👍" not in preview
    # four buttons: on WhatsApp, a list (bot/channels/whatsapp/render.py), said under each
    assert preview.count('<p role="note">On WhatsApp these choices come as a list, behind '
                         'the “☰ Menu” button.</p>') == 2
    assert (await stored(app, draft)).choices == ["Sat 12", "Sat 19", "Sat 26"]

    await send_from(response, client)
    assert await app.deliver() == 2
    assert anna.button_labels() == ["Sat 12", "Sat 19", "Sat 26", "💬 Reply"]
    assert marc.last.text.endswith("Quel samedi pour la fête ?")
    assert marc.button_labels() == ["Sat 12", "Sat 19", "Sat 26", "💬 Répondre"]
    await anna.taps("Sat 19")
    await marc.taps("Sat 19")
    card = await page(client, f"/admin/announcements/{draft}")
    assert '<dt>Sat 12</dt><dd data-answer="0">0</dd>' in card
    assert '<dt>Sat 19</dt><dd data-answer="1">2</dd>' in card
    assert "2 of 2 families answered" in card
    async with app.sessions() as session:
        [entry] = await session.scalars(select(AuditEntry).where(
            AuditEntry.action == "send-announcement"))
    assert entry.after["choices"] == ["Sat 12", "Sat 19", "Sat 26"]


async def test_bad_choices_are_refused_next_to_the_field_and_nothing_is_saved(admin) -> None:
    app, client = admin
    await parents(app, client)
    cases = [
        ("Sat 12", "Please type 2 to 6 choices, one per line (there is 1), or empty this "
                   "field for a plain announcement."),
        ("\n".join(f"Sat {day}" for day in range(1, 8)),
         "Please type 2 to 6 choices, one per line (there are 7)"),
        ("Sat 12\n\nSat 19", "Line 2 is empty: please type one choice per line"),
        ("Sat 12\nSaturday 19 in the afternoon", "Choice 2 has 28 characters: each choice "
                                                 "may have at most 24."),
        ("Sat 12\nsat 12", "“sat 12” is there twice: each choice must be different."),
    ]
    for choices, message in cases:
        response = await compose(client, "Which Saturday?", choices=choices)
        text = await response.text()
        assert response.status == 400, (choices, text)
        assert 'aria-describedby="e-choices h-choices"' in text
        assert f'id="e-choices">{message}' in text, message
        assert "Some fields need another look" in text
    assert ">Sat 12\nsat 12</textarea>" in text  # what was typed stays, to be corrected
    french = await compose(client, "Quel samedi ?", choices="Sam 12",
                           path="/admin/announcements/new?lang=fr")
    assert 'id="e-choices">Tapez de 2 à 6 choix, un par ligne (il y en a 1), ou videz' in (
        await french.text())
    assert await latest(app) is None  # no draft written

    await compose(client, "Which Saturday?", choices="Sat 12\nSat 19")
    draft = await latest(app)
    refused = await compose(client, "Which Sunday?", choices="Sun 13",
                            path=f"/admin/announcements/{draft}/edit")
    assert refused.status == 400
    assert 'id="e-choices">Please type 2 to 6 choices' in await refused.text()
    kept = await stored(app, draft)
    assert (kept.texts["en"], kept.choices) == ("Which Saturday?", ["Sat 12", "Sat 19"])
    assert await queued(app) == 0


async def test_editing_a_chat_polls_draft_keeps_its_choices_and_emptied_it_is_plain(
        admin) -> None:
    """A poll begun in the chat: the panel's preview shows its choices, Edit brings them
    back, a change of text keeps them, and emptying the field makes it a plain
    announcement, with 👍 Read again."""
    app, client = admin
    anna, _ = await parents(app, client)
    sophie = app.person(200, "Sophie")
    await compose_in_chat(sophie, "Which Saturday for the party?")
    await sophie.taps("Add choices")
    await sophie.says("Sat 12\nSat 19")
    draft = await latest(app)
    preview = await page(client, f"/admin/announcements/{draft}/preview")
    assert "<li><span>Sat 12</span></li>\n  <li><span>Sat 19</span></li>" in preview
    assert "one of the 2 choices" in preview and "👍 Read" not in preview

    edit = f"/admin/announcements/{draft}/edit"
    assert ">Sat 12\nSat 19</textarea>" in await page(client, edit)
    kept = await compose(client, "Which Saturday for the class party?", path=edit,
                         choices="Sat 12\nSat 19")
    assert "<li><span>Sat 19</span></li>" in await kept.text()
    assert (await stored(app, draft)).choices == ["Sat 12", "Sat 19"]

    plain = await compose(client, "Party on Saturday 12.", path=edit, choices="  \n")
    preview = await plain.text()
    assert plain.url.path == f"/admin/announcements/{draft}/preview", preview
    assert "<li><span>👍 Read</span><span>💬 Reply</span></li>" in preview
    assert "Sat 12</span>" not in preview and "quick poll" not in preview
    assert (await stored(app, draft)).choices is None
    assert 'name="choices"' in (form := await page(client, edit))
    assert "></textarea>" in form.split('name="choices"')[1].split("</div>")[0]
    await send_from(plain, client)
    await app.deliver()
    assert anna.button_labels() == ["👍 Read", "💬 Reply"]
