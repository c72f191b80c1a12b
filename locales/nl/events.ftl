## Activiteiten: fouten, herinneringen.

events-reminder = ⏰ Herinnering: { $title } — { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.
events-nudge = 📅 Kom je naar “{ $title }”? Antwoord graag vóór { $deadline }.
events-cancelled = Deze activiteit is geannuleerd.
events-capacity-invalid = Het aantal plaatsen moet tussen 1 en { $max } liggen.
events-deadline-invalid = De antwoorddatum moet in de toekomst liggen en niet na de start.
events-deadline-passed = Het is te laat om te antwoorden of je antwoord te wijzigen voor deze activiteit.
events-end-before-start = Het einde moet na de start komen.
events-headcount-invalid = Geef hoogstens { $adults } volwassenen en { $children } kinderen op, en minstens één persoon als je komt.
events-no-room-for-more = Er is geen plaats voor meer mensen; je antwoord blijft ongewijzigd.
events-not-found = Die activiteit bestaat niet of is niet voor jou.
events-organisers-only = Alleen schoolbeheerders en klasafgevaardigden kunnen activiteiten organiseren.
events-rep-own-classes = Als klasafgevaardigde kun je alleen je eigen klassen uitnodigen.
events-slot-full = Het tijdslot “{ $label }” is volzet.
events-slot-line-invalid = Regel { $line } (“{ $text }”) begrijp ik niet. Schrijf een omschrijving, “;” en het aantal plaatsen, bv. “Taarten; 4”.
events-slots-invalid = Hoogstens { $max } vrijwilligersslots, elk voor 1 tot 100 personen.
events-start-in-past = De start moet in de toekomst liggen.
events-title-invalid = Typ een titel van 3 tot { $max } tekens.

events-answer-yes = ✅ Ja
events-answer-maybe = 🤔 Misschien
events-answer-no = ❌ Nee
events-mark-yes = ✅
events-mark-maybe = 🤔
events-mark-no = ❌
events-mark-none = ▫️
events-mark-waitlisted = ⏳
events-none = Voorlopig geen komende activiteiten voor jou. /calendar zet de volgende in de agenda van je telefoon, altijd bijgewerkt.
events-list = 📅 Komende activiteiten — tik erop om ze te bekijken en te antwoorden:
# The families who come, and how many people they are when the organiser asks (-1: not asked).
events-families-coming = { $coming ->
        [-1] { $yes }
       *[other] { $yes ->
            [one] { $yes } gezin
           *[other] { $yes } gezinnen
        } ({ $coming ->
            [one] { $coming } persoon
           *[other] { $coming } personen
        })
    }
events-card =
    📅 { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $places ->
        [-1] {""}
        [0] {" "}· volzet
        [one] {" "}· nog { $places } plaats
       *[other] {" "}· nog { $places } plaatsen
    }{ $waiting ->
        [0] {""}
       *[other] {" "}· { $waiting } wachtend
    }
    Jouw antwoord: { $mine ->
        [yes] ✅ ja{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
        [maybe] 🤔 misschien
        [no] ❌ nee
        [waitlisted] ⏳ op de wachtlijst, nummer { $position }{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
       *[none] nog niet gegeven
    }
# Een uitnodiging, herinnering of vraag na een wijziging, eenmaal beantwoord (Telegram past ze aan; de knoppen blijven om het antwoord te wijzigen).
events-your-answer = Jouw antwoord: { $mine ->
        [yes] ✅ ja{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
        [maybe] 🤔 misschien
        [no] ❌ nee
       *[waitlisted] ⏳ op de wachtlijst, nummer { $position }{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
    }
events-answered-by = 👥 { $name } heeft voor jullie gezin geantwoord.
# A co-parent answered an event for the family (it replaces this parent's answer, if any).
events-family-answered = 👥 { $name } heeft voor jullie gezin geantwoord: { $answer ->
        [yes] ✅ ja{ $counted ->
            [yes] {" "}({ events-people })
           *[no] {""}
        }
        [maybe] 🤔 misschien
        [no] ❌ nee
       *[waitlisted] ⏳ op de wachtlijst{ $counted ->
            [yes] {" "}({ events-people })
           *[no] {""}
        }
    } — “{ $title }” ({ $when }).{ $open ->
        [yes] {" "}Wijzigen? Tik hieronder.
       *[no] {""}
    }
events-slot = 🙋 { $label } ({ $count }/{ $capacity }){ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
events-slot-team = 🙋 { $label } ({ $count }/{ $capacity }): { $names }
events-action-ics = 📆 In mijn agenda
events-action-attendees = 👥 Wie komt
events-action-csv = 📄 CSV
events-action-move = 🕒 Tijd wijzigen
events-action-place = 📍 Plaats wijzigen
events-action-cancel = 🚫 Activiteit annuleren
events-answered =
    { $status ->
        [yes] ✅ Genoteerd: je komt naar “{ $title }”{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }.
        [maybe] 🤔 Genoteerd: misschien voor “{ $title }”.
        [waitlisted] { $places ->
            [0] ⏳ “{ $title }” is volzet: je bent nummer { $position } op de wachtlijst. Ik laat het je weten als er een plaats vrijkomt.
            [one] ⏳ Er is nog maar { $places } plaats voor “{ $title }”, niet genoeg voor { $party } personen: je bent nummer { $position } op de wachtlijst. Ik laat het je weten zodra er plaats is voor jullie.
           *[other] ⏳ Er zijn nog maar { $places } plaatsen voor “{ $title }”, niet genoeg voor { $party } personen: je bent nummer { $position } op de wachtlijst. Ik laat het je weten zodra er plaats is voor jullie.
        }
       *[no] ❌ Genoteerd: je komt niet naar “{ $title }”.
    }
events-still-helping = 🙋 Je staat nog ingeschreven als vrijwilliger: { $slots }. Ben je er toch niet? Tik om je uit te schrijven.
events-slot-leave = Uitschrijven: “{ $label }”
events-ask-adults = Hoeveel volwassenen komen er? Tik op een getal, of typ het (hoogstens { $max }).
events-ask-children = En hoeveel kinderen? Tik op een getal, of typ het (hoogstens { $max }).
events-count-invalid = Typ een getal van { $min } tot { $max }.
events-promoted = 🎉 Er kwam een plaats vrij: je bent nu bevestigd voor “{ $title }” ({ $when }).
events-slot-done =
    { $joined ->
        [yes] 🙋 Bedankt! Je bent ingeschreven voor “{ $label }”.
       *[no] Je bent uitgeschreven voor “{ $label }”.
    }
events-slot-unchanged =
    { $joined ->
        [yes] 🙋 Je bent al ingeschreven voor “{ $label }”.
       *[no] Je bent niet ingeschreven voor “{ $label }”.
    }
events-ics-caption = 📆 “{ $title }” voor je agenda.
events-attendee = { $status ->
        [yes] ✅
        [maybe] 🤔
        [waitlisted] ⏳
        [no] ❌
       *[none] ▫️
    } { $name }{ $counted ->
        [yes] {" "}({ $adults } + { $children })
       *[no] {""}
    }
events-attendees =
    👥 { $title }
    ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ { $waiting }
    }{ $silent ->
        [0] {""}
       *[other] {" "}· ▫️ { $silent } zonder antwoord
    }{ $has_people ->
        [no] {""}
       *[yes] {""}
            👪 Komen: { $people }
    }

    { $lines }
events-attendees-more = … en nog { $count }: de 📄 CSV bevat iedereen.
events-people = { $adults ->
        [one] { $adults } volwassene
       *[other] { $adults } volwassenen
    } en { $children ->
        [one] { $children } kind
       *[other] { $children } kinderen
    }
events-csv-caption = 📄 Antwoorden voor “{ $title }”.
# De CSV met de antwoorden: kolomtitels en waarden.
events-csv-column = { $column ->
        [family] gezin
        [classes] klassen
        [answer] antwoord
        [waitlisted] wachtlijst
        [adults] volwassenen
        [children] kinderen
       *[slots] vrijwilligerswerk
    }
events-csv-value = { $value ->
        [yes] ja
        [maybe] misschien
        [no] nee
       *[none] geen antwoord
    }
events-ask-when = Wanneer begint het? Bijvoorbeeld 12/03 18u30 of 12/03/2027 18:30 (voeg eventueel een einduur toe: 12/03 18u30-20u).
events-ask-new-when = 🕒 Nu: { $when }. Wanneer begint het? Bijvoorbeeld 12/03 18u30, eventueel met een einduur: 12/03 18u30-20u. Op dezelfde dag volstaan de uren: 14u-17u.{ $has_end ->
        [yes] {" "}Met alleen een begin blijft de duur dezelfde; om het einduur te schrappen, tik op “Geen einduur”.
       *[no] {""}
    }
events-no-end = Geen einduur
events-ask-place = Waar? (bv. de turnzaal van de school)
events-place-invalid = Typ een plaats van 1 tot 200 tekens.
events-changed = 🔔 “{ $title }” is gewijzigd: nu { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.
events-changed-ask = 🔔 “{ $title }” is gewijzigd: nu { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }. Kom je?
events-changed-declined = 🔔 Je zei nee voor “{ $title }”, maar het is gewijzigd: nu { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.{ $open ->
        [yes] {" "}Kun je nu wel komen?
       *[no] {""}
    }
events-change-done = ✅ Gewijzigd. { $count ->
        [0] Niemand had ja of misschien geantwoord
        [one] { $count } persoon die ja of misschien antwoordde, krijgt bericht
       *[other] { $count } mensen die ja of misschien antwoordden, krijgen bericht
    }{ $asked ->
        [0] {""}
        [one] ; { $asked } persoon die nog niet antwoordde, krijgt de wijziging met de antwoordknoppen
       *[other] ; { $asked } mensen die nog niet antwoordden, krijgen de wijziging met de antwoordknoppen
    }{ $declined ->
        [0] {""}
        [one] ; { $declined } persoon die nee zei, krijgt ook bericht, voor het geval die nu wel kan komen
       *[other] ; { $declined } mensen die nee zeiden, krijgen ook bericht, voor het geval ze nu wel kunnen komen
    }{ $total ->
        [0] , dus niemand hoeft bericht te krijgen.
       *[other] {"."}
    }
events-cancel-confirm = “{ $title }” annuleren? Alle genodigden krijgen bericht.
events-cancel-yes = Ja, annuleren
events-cancelled-notice = 🚫 “{ $title }” ({ $when }) is geannuleerd.
events-cancel-done = 🚫 Geannuleerd. { $count ->
        [0] Niemand had de uitnodiging al ontvangen, dus niemand hoeft bericht te krijgen.
        [one] { $count } persoon krijgt bericht.
       *[other] { $count } mensen krijgen bericht.
    }
events-ask-title = Laten we een activiteit maken. Wat is de titel?
events-when-invalid = Die datum begrijp ik niet. Typ bijvoorbeeld 12/03 18u30 of 12/03/2027 18:30.
events-when-skipped = Die dag bestaat { $time } niet: die nacht gaat de klok een uur vooruit. Typ een ander uur, bijvoorbeeld { $later }.
events-ask-description = Een korte beschrijving? (of tik op Overslaan)
events-whole-school = 🏫 Hele school
events-classes-done = Klaar
events-ask-audience = Wie is uitgenodigd? Tik op de klassen en dan op Klaar. ({ $chosen } gekozen)
events-ask-capacity = Hoeveel plaatsen? Typ een getal, of tik op “Geen limiet”.
events-no-limit = Geen limiet
events-ask-headcount = Vragen hoeveel volwassenen en kinderen komen?
events-headcount-yes = Ja, vragen
events-headcount-no = Nee
events-ask-deadline = Tegen wanneer moet men antwoorden? Typ een datum (bv. 10/03 20u), of tik op de knop.
events-no-deadline = Geen uiterste datum
events-ask-slots =
    Vrijwilligersslots? Eén per regel als “omschrijving;plaatsen”, bv.
    Taartenstand 14-15u;3
    Of tik op de knop.
events-no-slots = Geen slots
events-summary =
    Controleer:
    📅 { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }
    👥 { $audience }
    Plaatsen: { $capacity ->
        [-1] geen limiet
       *[other] { $capacity }
    } · Aantal personen: { $headcount ->
        [yes] gevraagd
       *[no] niet gevraagd
    } · Antwoorden tegen: { $deadline }
    Slots: { $slots }
events-create = ✅ Uitnodigen
events-created = ✅ Activiteit aangemaakt; { $count ->
        [one] { $count } gezin wordt uitgenodigd.
       *[other] { $count } gezinnen worden uitgenodigd.
    }
events-invite =
    📅 Je bent uitgenodigd: { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    Kom je?

## Een activiteit die nu bezig is: haar kaart, op de dag zelf.
events-on-now = 🟢 Nu bezig — antwoorden is niet meer mogelijk.

## Onder een herinnering: met één tik zeggen dat je niet meer komt.
events-cannot-come = ❌ Ik kom niet meer

## Changing the number of places.

events-action-places = 🎟️ Aantal plaatsen
events-ask-places = Hoeveel plaatsen moeten er zijn? { $capacity ->
        [-1] Er is nu geen limiet, en { $confirmed ->
            [one] { $confirmed } persoon komt
           *[other] { $confirmed } mensen komen
        }.
       *[other] Er zijn er nu { $capacity }, waarvan { $confirmed } bezet. Typ een getal, of tik op “Geen limiet”.
    }
events-places-below-confirmed = { $confirmed ->
        [one] Er is al { $confirmed } plaats bezet door een bevestigd antwoord
       *[other] Er zijn al { $confirmed } plaatsen bezet door bevestigde antwoorden
    }: minder plaatsen kan niet. Er is niets gewijzigd.
events-places-done = ✅ Aantal plaatsen: { $capacity ->
        [-1] geen limiet
       *[other] { $capacity }
    }.{ $count ->
        [0] {""}
        [one] {" "}{ $count } persoon van de wachtlijst is nu bevestigd en krijgt bericht.
       *[other] {" "}{ $count } personen van de wachtlijst zijn nu bevestigd en krijgen bericht.
    }
# The organiser's reminder to the families yet to answer (under 👥 Who comes).
events-action-ask = 🔔 Herinner hen
events-asked = 📅 { $organiser } vraagt: kom je naar “{ $title }” ({ $when })?{ $has_deadline ->
        [yes] {" "}Antwoord graag vóór { $deadline }.
       *[no] {""}
    }
events-asked-done = 🔔 { $count ->
        [one] { $count } gezin heeft
       *[other] { $count } gezinnen hebben
    } nog niet geantwoord op “{ $title }”: ze krijgen een herinnering met de antwoordknoppen{ $later ->
        [yes] {" "}na de stille uren, op { $at }.
       *[no] .
    }
events-ask-already = De gezinnen die nog niet antwoordden, kregen vandaag al een herinnering, of hun uitnodiging is nog onderweg: je kunt hen morgen opnieuw herinneren.
events-ask-nobody = Alle gezinnen hebben geantwoord: er is niemand om te herinneren.
events-ask-closed = De antwoorden voor deze activiteit zijn gesloten: er is niemand meer om te herinneren.
# To an event's creator, when another rep of all its classes changed, cancelled or reminded for it.
# Kept for messages queued before events-manager-did.
events-co-rep-did = { $what ->
        [cancelled] 🚫 { $name } (klasafgevaardigde van { $classes }) heeft je activiteit “{ $title }” ({ $when }) geannuleerd; iedereen die uitgenodigd was, krijgt bericht.
        [places] 🎟️ { $name } (klasafgevaardigde van { $classes }) heeft het aantal plaatsen van je activiteit “{ $title }” ({ $when }) gewijzigd: { $capacity ->
            [-1] nu geen limiet.
           *[other] nu { $capacity }.
        }
        [reminded] 🔔 { $name } (klasafgevaardigde van { $classes }) heeft de gezinnen die nog niet geantwoord hebben herinnerd aan je activiteit “{ $title }” ({ $when }).
       *[changed] 🔔 { $name } (klasafgevaardigde van { $classes }) heeft je activiteit “{ $title }” gewijzigd: nu { $when }{ $has_location ->
            [no] {""}
           *[yes] , { $location }
        }.
    }
# Who changed an event they did not create: a rep of its classes, or an admin.
events-manager-role = { $role ->
        [admin] beheerder
       *[rep] klasafgevaardigde van { $classes }
    }
events-manager-did = { $what ->
        [cancelled] 🚫 { $name } ({ events-manager-role }) heeft je activiteit “{ $title }” ({ $when }) geannuleerd; iedereen die uitgenodigd was, krijgt bericht.
        [places] 🎟️ { $name } ({ events-manager-role }) heeft het aantal plaatsen van je activiteit “{ $title }” ({ $when }) gewijzigd: { $capacity ->
            [-1] nu geen limiet.
           *[other] nu { $capacity }.
        }
        [reminded] 🔔 { $name } ({ events-manager-role }) heeft de gezinnen die nog niet geantwoord hebben herinnerd aan je activiteit “{ $title }” ({ $when }).
       *[changed] 🔔 { $name } ({ events-manager-role }) heeft je activiteit “{ $title }” gewijzigd: nu { $when }{ $has_location ->
            [no] {""}
           *[yes] , { $location }
        }.
    }
events-typed-answer = Is dat je antwoord op “{ $title }” ({ $when })? Tik het hieronder aan.{ $others ->
        [0] {""}
        [one] {" "}Nog { $others } activiteit wacht op je antwoord: zie /events.
       *[other] {" "}Nog { $others } activiteiten wachten op je antwoord: zie /events.
    }
