# Het paneel: activiteiten

admin-events-new = Nieuwe activiteit
admin-events-create = Aanmaken en uitnodigen
admin-events-form-errors = Enkele velden moeten nog eens bekeken worden: zie de berichten eronder.
admin-events-title = Titel
admin-events-when = Wanneer
admin-events-starts = Begin
admin-events-ends = Einde (optioneel)
admin-events-time-zone-help = Volgens de tijd van de school ({ $zone }).
admin-events-place = Plaats
admin-events-description = Beschrijving
admin-events-audience = Wie is uitgenodigd
admin-events-audience-help = Vink klassen aan om hun gezinnen en klasafgevaardigden uit te nodigen; vink niets aan voor de hele school.
admin-events-whole-school = Hele school
admin-events-capacity = Plaatsen (optioneel)
admin-events-capacity-help = Leeg laten voor geen limiet; hoogstens { $max }. Daarboven wachten ouders op een lijst.
admin-events-no-limit = geen limiet
admin-events-headcount = Vragen hoeveel volwassenen en kinderen komen
admin-events-deadline = Antwoorden vóór (optioneel)
admin-events-slots = Vrijwilligersshiften (optioneel)
admin-events-slots-help = Eén per regel, een naam en het aantal vrijwilligers: “Taarten;4”.
admin-events-too-long = Hoogstens { $max } tekens.
admin-events-answers = Antwoorden
admin-events-coming = Komen
admin-events-places = Plaatsen
admin-events-answer-before = Antwoorden vóór
admin-events-volunteer-slots = Vrijwilligersshiften
admin-events-places-taken = { $capacity ->
        [one] { $capacity } plaats
       *[other] { $capacity } plaatsen
    } · { $taken } bezet
admin-events-people = { $adults ->
        [one] { $adults } volwassene
       *[other] { $adults } volwassenen
    }, { $children ->
        [one] { $children } kind
       *[other] { $children } kinderen
    }
admin-events-tally = ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ { $waiting }
    }
admin-events-past = voorbij
admin-events-cancelled = geannuleerd
admin-events-status-active = gepland
admin-events-status-cancelled = geannuleerd
admin-events-created = { $count ->
        [one] Activiteit aangemaakt: { $count } gezin uitgenodigd in de chat.
       *[other] Activiteit aangemaakt: { $count } gezinnen uitgenodigd in de chat.
    }
admin-events-csv = De antwoorden downloaden (CSV)
admin-events-ics = Downloaden voor een agenda (.ics)
admin-events-who = Wie antwoordde
admin-events-answer = Antwoord
admin-events-answer-yes = komt
admin-events-answer-maybe = misschien
admin-events-answer-no = komt niet
admin-events-answer-waitlisted = op de wachtlijst
admin-events-adults = Volwassenen
admin-events-children = Kinderen
admin-events-unanswered = { $count ->
        [one] { $count } gezin heeft niet geantwoord
       *[other] { $count } gezinnen hebben niet geantwoord
    }
admin-events-change = Tijd of plaats wijzigen
admin-events-change-help = Wie ja of misschien antwoordde, hoort het meteen in de chat, in zijn of haar taal; zolang er geantwoord kan worden, krijgen wie nog niet antwoordde en wie nee zei het met de antwoordknoppen.
admin-events-change-when-help = Volgens de klok van de school ({ $zone }).
admin-events-change-ends = Einde
admin-events-change-ends-help = Laat je het einde zoals het is, dan schuift het mee met de start (het evenement blijft even lang). Leeg: geen einde.
admin-events-change-save = Opslaan en hen verwittigen
admin-events-change-done = { $count ->
        [0] Activiteit gewijzigd. Niemand had ja of misschien geantwoord
        [one] Activiteit gewijzigd: { $count } persoon die ja of misschien zei, wordt verwittigd in de chat
       *[other] Activiteit gewijzigd: { $count } personen die ja of misschien zeiden, worden verwittigd in de chat
    }{ $asked ->
        [0] {""}
        [one] ; { $asked } persoon die nog niet antwoordde, krijgt de wijziging met de antwoordknoppen
       *[other] ; { $asked } mensen die nog niet antwoordden, krijgen de wijziging met de antwoordknoppen
    }{ $declined ->
        [0] {""}
        [one] ; { $declined } persoon die nee zei, wordt ook verwittigd, voor het geval die nu wel kan komen
       *[other] ; { $declined } mensen die nee zeiden, worden ook verwittigd, voor het geval ze nu wel kunnen komen
    }{ $total ->
        [0] , dus niemand wordt verwittigd.
       *[other] {"."}
    }
admin-events-exists = Deze activiteit bestaat al (zelfde titel, tijd en plaats): hier is ze. Niemand werd twee keer uitgenodigd.
admin-events-unchanged = Er is niets gewijzigd: tijd en plaats zijn dezelfde, dus niemand werd verwittigd.
admin-events-begun = Deze activiteit is al begonnen: tijd en plaats kunnen niet meer wijzigen.
admin-events-places-change = Aantal plaatsen wijzigen
admin-events-places-help = Nu { $taken } bezet; hoogstens { $max }, of leeg voor geen limiet. Meer plaatsen bevestigen de wachtlijst in volgorde, en wie bevestigd wordt, hoort het in de chat. Er kunnen niet minder plaatsen zijn dan er bezet zijn.
admin-events-places-save = Aantal plaatsen opslaan
admin-events-places-unchanged = Er is niets gewijzigd: het aantal plaatsen is hetzelfde.
admin-events-cancel = Activiteit annuleren
admin-events-cancel-help = Iedereen die uitgenodigd is, hoort het meteen in de chat. Dit is definitief.
admin-events-cancel-done = { $count ->
        [0] De activiteit is geannuleerd. Niemand had de uitnodiging al ontvangen, dus niemand wordt verwittigd.
        [one] De activiteit is geannuleerd: { $count } persoon wordt verwittigd in de chat.
       *[other] De activiteit is geannuleerd: { $count } personen worden verwittigd in de chat.
    }
admin-events-cancel-confirm = Ja: de activiteit annuleren en elk uitgenodigd gezin verwittigen.
