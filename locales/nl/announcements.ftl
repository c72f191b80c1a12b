## Mededelingen.

announcements-message =
    { $urgent ->
        [yes] 🚨 DRINGEND — van { $author }:
       *[no] 📣 Van { $author }:
    }
    { $text }
announcements-read = 👍 Gelezen
announcements-thanks = Bedankt, genoteerd als gelezen.
announcements-already-read = Al genoteerd als gelezen.
announcements-status =
    📊 { $who ->
        [people] Mededeling aan { $recipients ->
            [one] { $recipients } persoon
           *[other] { $recipients } personen
        }:
       *[families] Mededeling aan { $families ->
            [one] { $families } gezin
           *[other] { $families } gezinnen
        } ({ $recipients ->
            [one] { $recipients } persoon
           *[other] { $recipients } personen
        }):
    }
    ⏳ in wachtrij { $queued } · ✅ verstuurd { $sent } · ⚠️ mislukt { $failed } · 🚫 geblokkeerd { $blocked }
    👍 gelezen door { $read } van de { $who ->
        [people] { $families ->
            [one] { $families } persoon
           *[other] { $families } personen
        }
       *[families] { $families ->
            [one] { $families } gezin
           *[other] { $families } gezinnen
        }
    }
announcements-status-refresh = 🔄 Vernieuwen
announcements-status-unread = 👀 Nog niet gelezen
announcements-status-resend = 🔁 Opnieuw naar hen
announcements-status-cancel = 🛑 Versturen stoppen
announcements-ask-audience = 📣 Nieuwe mededeling. Wie moet ze ontvangen?
announcements-audience-school = 🏫 Hele school
announcements-audience-classes = 🏷 Sommige klassen
announcements-audience-reps = 🧑‍🤝‍🧑 Klasafgevaardigden
announcements-audience-admins = 🛠 Beheerders
announcements-ask-classes = Welke klassen? Tik erop en dan op Klaar. ({ $chosen } gekozen)
announcements-to-class = 📣 Voor de gezinnen van { $klass }.
announcements-ask-text = Typ de mededeling (tot 3.500 tekens). Een foto of document toevoegen? Stuur het met de tekst als bijschrift.
announcements-ask-versions = Een versie in een andere taal toevoegen? Elk gezin krijgt zijn eigen taal, of de jouwe als die er niet is.
announcements-add-version = ➕ In het { $language }
announcements-no-more-versions = Verder
announcements-ask-version-text = Typ de versie in het { $language }.
announcements-ask-urgent = Is het dringend? Dringende mededelingen vertrekken meteen, ook 's nachts; de andere wachten tot de ochtend.
announcements-urgent = 🚨 Dringend
announcements-normal = Niet dringend
announcements-preview =
    Voorbeeld — dit ontvangen{ $who ->
        [people] { $count ->
            [one] {" "}{ $count } persoon
           *[other] {" "}{ $count } personen
        }
       *[families] { $count ->
            [one] {" "}{ $count } gezin
           *[other] {" "}{ $count } gezinnen
        }
    } (talen: { $versions }):

    { $preview }
announcements-send = 📣 Versturen
announcements-queued = ✅ Wordt verstuurd naar { $who ->
        [people] { $count ->
            [one] { $count } persoon
           *[other] { $count } personen
        }
       *[families] { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        }
    }. De cijfers hieronder volgen de bezorging.
announcements-queued-later = 🌙 Klaar voor { $who ->
        [people] { $count ->
            [one] { $count } persoon
           *[other] { $count } personen
        }
       *[families] { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        }
    }: ze is niet dringend en vertrekt dus na de stille uren, op { $when }. De cijfers hieronder volgen de bezorging; met 🛑 Versturen stoppen hou je ze tot dan nog tegen.
announcements-unread =
    👀 Nog niet gelezen door { $who ->
        [people] { $count ->
            [one] { $count } persoon
           *[other] { $count } personen
        }
       *[families] { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        }
    }:
    { $names }
announcements-unread-line = { $name } ({ $classes })
announcements-unread-more = { $who ->
        [people] { $count ->
            [one] … en nog { $count } persoon.
           *[other] … en nog { $count } personen.
        }
       *[families] { $count ->
            [one] … en nog { $count } gezin.
           *[other] … en nog { $count } gezinnen.
        }
    }
announcements-resent = 🔁 Opnieuw verstuurd naar { $who ->
        [people] { $count ->
            [one] { $count } persoon die ze nog niet las.
           *[other] { $count } personen die ze nog niet lazen.
        }
       *[families] { $count ->
            [one] { $count } gezin dat ze nog niet las.
           *[other] { $count } gezinnen die ze nog niet lazen.
        }
    }
announcements-cancelled = 🛑 Gestopt: { $count ->
        [one] { $count } bericht werd
       *[other] { $count } berichten werden
    } niet verstuurd. Wat al bezorgd is, blijft bezorgd.

announcements-cancelled-delivered = 🛑 Ze was al bij iedereen aangekomen: er was niets meer tegen te houden. De herinneringen zijn gestopt: ze kan niet meer opnieuw gestuurd worden naar wie ze nog niet las.
announcements-read-not-yours = Deze mededeling werd niet naar jou gestuurd: je kunt ze hier niet als gelezen markeren. Er werd niets genoteerd.
announcements-mine =
    📋 Je mededelingen (pagina { $page } van { $pages }) — tik erop om er een te zien:
    { $lines }
announcements-mine-line = { $number }. { $date } · “{ $words }”{ $mine ->
        [yes] {""}
       *[no] {" "}van { $author }
    } · { $poll ->
        [yes] 🗳 beantwoord door
       *[no] 👍 gelezen door
    } { $read } van de { $who ->
        [people] { $families ->
            [one] { $families } persoon
           *[other] { $families } personen
        }
       *[families] { $families ->
            [one] { $families } gezin
           *[other] { $families } gezinnen
        }
    }{ $stopped ->
        [yes] {" "}· 🛑 gestopt
       *[no] {""}
    }
announcements-mine-empty = 📋 Je hebt nog geen mededeling gestuurd. Met /announce schrijf je er een.
announcements-card =
    📣 Verstuurd op { $date }{ $mine ->
        [yes] {""}
       *[no] {" "}door { $author }
    } aan: { $audience }{ $stopped ->
        [yes] {" "}(🛑 gestopt)
       *[no] {""}
    }
    { $text }

announcements-authors-only = Alleen klasafgevaardigden en beheerders kunnen mededelingen sturen.
announcements-rep-own-classes = Als klasafgevaardigde kun je alleen naar je eigen klassen schrijven.
announcements-pick-classes = Kies minstens één klas.
announcements-text-invalid = Typ een tekst van 1 tot { $max } tekens.
announcements-not-found = Die mededeling bestaat niet of is niet van jou.
announcements-manage-refused = Alleen wie deze mededeling schreef, de klasafgevaardigden van elk van haar klassen en de beheerders van de school kunnen zien wie ze las, ze opnieuw sturen of ze stoppen. Er werd niets gedaan.
announcements-resend-no-longer-rep = Je rol is veranderd: je kunt niet meer schrijven naar iedereen naar wie deze mededeling ging, dus ze kan niet meer in jouw naam opnieuw gestuurd worden. Er werd niets verstuurd. Je kunt ze nog wel stoppen; de klasafgevaardigden van haar klassen of een beheerder kunnen wie ze nog niet las eraan herinneren.
# To an announcement's author, when a rep of all its classes or an admin re-sent it to those who have not read it, or stopped it.
announcements-manager-did = { $what ->
        [stopped] 🛑 { $name } ({ events-manager-role }) heeft je mededeling van { $date } (“{ $words }”) gestopt: { $count ->
            [0] ze was al bij iedereen aangekomen en wordt niet meer opnieuw gestuurd.
            [one] { $count } wachtend bericht werd tegengehouden.
           *[other] { $count } wachtende berichten werden tegengehouden.
        }
       *[reminded] 🔁 { $name } ({ events-manager-role }) heeft je mededeling van { $date } (“{ $words }”) opnieuw gestuurd naar { $who ->
            [people] { $count ->
                [one] { $count } persoon die ze nog niet las.
               *[other] { $count } personen die ze nog niet lazen.
            }
           *[families] { $count ->
                [one] { $count } gezin dat ze nog niet las.
               *[other] { $count } gezinnen die ze nog niet lazen.
            }
        }
    }
announcements-already-sent = Deze mededeling is al verstuurd.
announcements-already-cancelled = Deze mededeling werd al gestopt.
announcements-already-resent = Ze kregen net een herinnering; er werd niets opnieuw verstuurd.
announcements-preview-attachment = 📎 Bijlage: { $name }
announcements-still-waiting = ⏳ Er werd niets opnieuw verstuurd: { $count ->
        [one] { $count } bericht wacht
       *[other] { $count } berichten wachten
    } nog om te vertrekken (wat niet dringend is, wacht tot het einde van de stille uren). Een herinnering nu zou twee keer aankomen.
announcements-everyone-read = 👍 Iedereen heeft ze gelezen: niemand om aan te herinneren.

## A family's private reply to an announcement, and the answers back.
announcements-reply = 💬 Reageren
announcements-answer = ↩️ Antwoorden
announcements-reply-ask = 💬 Typ je bericht voor { $name } over de mededeling van { $date } (“{ $words }”): één bericht, van hoogstens { $max } tekens. Ik geef het privé door, zonder je telefoonnummer of e-mail. /cancel om te stoppen.
announcements-reply-sent = { $later ->
        [yes] 🌙 Je bericht voor { $name } is klaar: het vertrekt na de stille uren, op { $when }.
       *[no] ✅ Je bericht is doorgegeven aan { $name }.
    }
# Relayed through the outbox, in the reader's language; never the writer's phone or e-mail.
announcements-reply-message =
    💬 { $name }{ $has_children ->
        [yes] , ouder van { $children } ({ $classes }),
       *[no] {""}
    } schrijft over de mededeling van { $date } (“{ $words }”):
    { $text }
announcements-reply-invalid = Typ een bericht van 1 tot { $max } tekens (of /cancel om te stoppen). Er werd niets verstuurd.
announcements-reply-text-only = Alleen getypte tekst kan worden doorgegeven: typ je bericht (of /cancel om te stoppen). Er werd niets verstuurd.
announcements-reply-not-yours = Deze knop was niet voor jou bedoeld: er kan geen bericht langs. Er werd niets verstuurd.
announcements-reply-gone = Die persoon is niet meer ingeschreven bij de school: je bericht kan hem of haar niet meer bereiken. Er werd niets verstuurd.
announcements-reply-nobody = De schrijver van deze mededeling is niet meer ingeschreven bij de school, en niemand anders neemt haar over: je bericht kan niet worden doorgegeven. Er werd niets verstuurd. Vraag het rechtstreeks aan de school.
announcements-reply-family-only = Deze mededeling werd geschreven door iemand van je eigen gezin, en niemand anders neemt haar over: je bericht kan niet worden doorgegeven. Er werd niets verstuurd. Vraag het rechtstreeks aan de school.
