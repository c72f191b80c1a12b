## Inschrijving en goedkeuring.

start-ask-code = Welkom bij SchoolHub! 👋 Stuur me de uitnodigingscode die je van de school kreeg.
start-stranger-welcome =
    Hallo! 👋 Ik ben SchoolHub, de chatassistent van de school voor de gezinnen: activiteiten, groepsaankopen, de tijdsbank van de ouders (LETS) en mededelingen van de school.
    Om je in te schrijven, stuur je me hier de uitnodigingscode die je van de school kreeg (8 letters en cijfers).
    Al ingeschreven in de andere app (Telegram of WhatsApp)? Stuur daar /link en stuur me hier de code die je kreeg.
start-code-unknown = Deze uitnodigingscode ken ik niet. Controleer hem en stuur hem opnieuw.
start-code-expired = Deze uitnodigingscode is verlopen. Vraag de school om een nieuwe.
start-code-used-up = Deze uitnodigingscode is al zo vaak gebruikt als toegestaan. Vraag de school om een nieuwe.
start-code-other-school = Deze uitnodigingscode hoort bij een andere school.
start-welcome = Welkom bij { $school }! 👋 Welke taal verkies je?
start-ask-first-name = Wat is je voornaam?
start-ask-last-name = En je achternaam?
start-ask-contact = Wil je een telefoonnummer of e-mailadres achterlaten, zodat andere ouders je kunnen bereiken? Stuur het, of tik op Overslaan.
start-skip = Overslaan
start-privacy =
    Privacy: de oudergemeenschap van de school bewaart je naam, je contactgegevens (als je ze geeft) en de voornamen en klassen van je kinderen, alleen om het schoolleven te organiseren. Alleen de beheerders van de school zien alles. Je kunt je gegevens altijd inkijken of wissen.
    Ga je akkoord?
start-consent-yes = ✅ Akkoord
start-consent-no = Niet akkoord
start-consent-refused = Zonder je toestemming kan ik je niet inschrijven. Er is niets bewaard. Als je van gedachten verandert, stuur dan /start { $code }
start-consent-required = Je moet akkoord gaan met de privacyverklaring om je in te schrijven.
start-ask-child-name =
    { $first ->
        [yes] Wat is de voornaam van je kind?
       *[no] Wat is de voornaam van je volgende kind?
    }
start-no-children = Geen kind op school
start-ask-child-class = In welke klas zit { $child }?
start-ask-child-class-next = { $september ->
        [yes] In welke klas zit { $child } sinds september (schooljaar { $year })?
       *[no] In welke klas zit { $child } vanaf september (schooljaar { $year })?
    }
start-family-children = 👥 { $parent } deelt { $children } met je: jullie zien en beheren ze samen. Gaat er nog een kind van je naar deze school?
start-child-added = { $child } ({ $klass }) toegevoegd.
start-add-another-child = ➕ Nog een kind
start-children-done = Verder
start-tap-a-button = Tik op een van de knoppen hieronder (of stuur /cancel om te stoppen).
start-menu-after-registration = Het menu en de hulp komen zodra je ingeschreven bent: eerst nog een paar vragen. Stuur /cancel om te stoppen.
start-children-required = Voeg minstens één kind toe.
start-summary =
    Controleer je gegevens:
    Naam: { $name }
    Telefoon: { $phone }
    E-mail: { $email }
    Kinderen:
    { $children }
start-summary-child = • { $child } – { $klass }
start-confirm = ✅ Bevestigen
start-restart = Opnieuw beginnen
start-done = Welkom, { $name }! 🎉 Je bent nu ingeschreven. Hier is het hoofdmenu.
start-pending = Bedankt! Je inschrijving is ter goedkeuring naar de school gestuurd. Ik hou je op de hoogte.
start-approved = Goed nieuws: de school heeft je inschrijving goedgekeurd! 🎉 Waarmee wil je beginnen?
start-rejected = Sorry, de school heeft je inschrijving niet goedgekeurd. Neem contact op met de school als je denkt dat dit een vergissing is.
start-welcome-back = Welkom terug, { $name }!
start-already-registered = Je bent al ingeschreven. Stuur /menu om te zien wat je kunt doen.
start-role-granted =
    { $role ->
        [admin] Je bent nu beheerder van je school.
        [class_rep] Je bent nu klasafgevaardigde.
       *[other] Je rol is bijgewerkt.
    }

approval-request = Nieuwe inschrijving wacht op je goedkeuring: { $name }
approval-approve = ✅ Goedkeuren
approval-reject = ❌ Weigeren
approval-approved = ✅ { $name } is goedgekeurd.
approval-rejected = ❌ { $name } is geweigerd.
approval-already-decided =
    { $status ->
        [active] { $name } is al goedgekeurd.
        [rejected] { $name } is al geweigerd.
       *[other] De inschrijving van { $name } is al behandeld.
    }
approval-too-many-children = ⚠️ { $name } kan niet worden goedgekeurd: samen met de kinderen van { $other } zou het gezin { $count } kinderen tellen, en een gezin heeft er hoogstens { $max }. Er is niets gewijzigd. { $other } kan een kind verwijderen (/children); keur daarna opnieuw goed, of weiger de inschrijving.
approval-not-found = Die inschrijving bestaat niet in je school.
approval-none-pending = Er wachten geen inschrijvingen op goedkeuring.
invite-role-invalid = Onbekende rol voor een uitnodiging.
invite-rep-needs-class = Een uitnodiging voor een klasafgevaardigde heeft een klas nodig.
invite-year-over = Het schooljaar { $year } is voorbij: nieuwe uitnodigingscodes kunnen gemaakt worden zodra de school { $next } in haar webpaneel gestart heeft.
start-registered-elsewhere = Dit nummer is al ingeschreven bij { $school } vanuit je andere chatapp. Om hier hetzelfde account te gebruiken (je kinderen, eenheden en antwoorden), stuur je daar /link en hier de code die je krijgt. Schrijf je alleen opnieuw in als je iemand anders bent.
start-same-name = Iemand met de naam { $name } is al ingeschreven bij { $school }. Ben jij dat, vanuit een andere chatapp? Schrijf je dan niet twee keer in: stuur /link in de app die je al gebruikt en stuur me hier de code die je krijgt (je houdt je kinderen, eenheden en antwoorden). Ben je iemand anders met dezelfde naam? Ga dan gewoon verder.
