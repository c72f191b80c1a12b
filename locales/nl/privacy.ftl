## Privacy (AVG): de privacyverklaring, een kopie van mijn gegevens, mijn gegevens wissen.

privacy-notice =
    🔒 Privacyverklaring (versie { $version })

    Wat bewaard wordt: je naam, je taal, je contactgegevens als je die gaf, de voornamen en klassen van je kinderen, de chatapps waarmee je SchoolHub gebruikt, en wat je hier doet: LETS-uitwisselingen en zoekertjes, antwoorden op activiteiten, groepsaankopen en betalingen, mededelingen die je schreef.

    Waarom: alleen om de schoolgemeenschap te laten draaien — je bereiken, activiteiten, groepsaankopen, de tijdsbank. Niets wordt verkocht of buiten de school gedeeld; betalingen verlopen via Mollie.

    Wie het ziet: de beheerders van de school; de klasafgevaardigden van je klas zien je naam en de voornamen van je kinderen in hun klas en, voor wat ze organiseren of je sturen (activiteiten, groepsaankopen, mededelingen), je antwoord, je bestelling en of je het las; de ouder met wie je je kinderen deelt (/family) ziet ook je antwoorden op activiteiten en je groepsaankopen; andere ouders zien alleen je naam (en je telefoonnummer als je dat deelt wanneer je hen contacteert).

    Hoe lang: zolang je lid bent. Technische logboeken van berichten worden na { $days } dagen gewist.

    Agenda: als je er een vraagt met /calendar, toont een geheime link je activiteiten en de antwoorden van je gezin aan je agenda-app. Wie de link heeft, kan hem lezen: deel hem met niemand; 🔄 Nieuwe link vervangt hem, en /forgetme wist hem.

    Je rechten: /mydata stuurt je een kopie van alles (een JSON-bestand); /forgetme wist je gegevens. Voor vragen, of om iets te verbeteren, neem contact op met de beheerders van de school.
privacy-export-caption = 📦 Je gegevens, in een bestand dat elke computer kan lezen (JSON).
privacy-summary =
    📦 Je gegevens bij { $school } ({ $name }):
    • profiel: naam, taal, { $contact } contactgegeven(s)
    • kinderen: { $children }
    • chatapps: { $apps }
    • LETS: saldo { $balance } { $balance ->
        [one] eenheid
       *[other] eenheden
    }, { $transfers } uitwisseling(en), { $requests } verzoek(en), { $posts } zoekertje(s), { $follows } categoriemelding(en)
    • activiteiten: { $answers } antwoord(en), { $volunteering } vrijwilligersshift(s)
    • groepsaankopen: { $lines } lijn(en), { $payments } betaling(en)
    • geschreven mededelingen: { $announcements }
    • privéreacties op mededelingen: { $replies }
    • berichten die SchoolHub je stuurde: { $messages }
    Alles staat in het bestand hierboven.
privacy-forget-ask =
    ⚠️ Je gegevens wissen?
    Je naam wordt een pseudoniem; je contactgegevens, je kinderen, je zoekertjes en de teksten die je schreef worden gewist, en SchoolHub kent je in geen enkele chatapp meer. Je LETS-uitwisselingen blijven in de boeken van de school (de bedragen, zonder je naam), zodat ieders saldo juist blijft.
    Dit is definitief: om terug te komen moet je je opnieuw inschrijven met een uitnodiging.
privacy-forget-warn-balance = • Je LETS-saldo is { $amount }: het blijft zo in de boeken staan.
privacy-forget-warn-open-orders = • Je doet mee aan { $count } open groepsaankoop/-aankopen: je verlaat ze.
privacy-forget-warn-unpaid = • { $count } bevestigde groepsaankoop/-aankopen zijn nog niet betaald: de betaallink die je kreeg blijft geldig, betaal eerst.
privacy-forget-yes = Ja, doorgaan
privacy-forget-cancel = Annuleren
privacy-forget-word = WISSEN
privacy-forget-really = Echt? Typ { $word } of tik op de rode knop om alles te wissen.
privacy-forget-red = 🔴 Alles wissen
privacy-forget-wrong-word = Er is niets gewist. Typ precies { $word } om alles te wissen, of tik op Annuleren.
privacy-forget-already-asked = Ik vroeg het je al: typ { $word } of tik op de rode knop om alles te wissen, of Annuleren.
privacy-forget-cancelled = Er is niets gewist. Stuur /menu om te zien wat je kunt doen.
privacy-forget-stale = Deze bevestiging is niet meer geldig; er is niets gewist. Stuur /forgetme om opnieuw te beginnen.
privacy-forget-gone = Je gegevens zijn gewist. Om SchoolHub opnieuw te gebruiken, stuur je een uitnodigingscode van de school.
privacy-forget-done = 👋 Je gegevens zijn gewist. Bedankt om de schoolgemeenschap mee te laten leven, tot ziens!
privacy-last-admin = Je bent de enige beheerder van de school: geef die rol eerst aan iemand anders (met een beheerdersuitnodiging) en stuur dan opnieuw /forgetme. Er is niets gewist.
privacy-not-found = Er is niets te wissen: dit lid bestaat niet of is al gewist.
help-privacy =
    /privacy – wat SchoolHub over je bewaart, en waarom
    /mydata – een kopie van al je gegevens
    /forgetme – je gegevens wissen
command-privacy = Privacyverklaring
command-mydata = Een kopie van mijn gegevens
command-forgetme = Mijn gegevens wissen
admin-status-erased = gewist (AVG)
