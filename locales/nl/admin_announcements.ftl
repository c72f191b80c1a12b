# Het paneel: mededelingen

admin-announcements-new = Nieuwe mededeling
admin-announcements-one = Mededeling
admin-announcements-date = Verstuurd
admin-announcements-author = Van
admin-announcements-audience = Aan
admin-announcements-audience-school = Hele school
admin-announcements-audience-classes = Sommige klassen
admin-announcements-audience-reps = Klasafgevaardigden
admin-announcements-audience-admins = Beheerders
admin-announcements-audience-invalid = Kies wie ze ontvangt.
admin-announcements-classes = Klassen (voor “Sommige klassen”)
admin-announcements-classes-help = Hun gezinnen en klasafgevaardigden ontvangen ze.
admin-announcements-delivery = Bezorging
admin-announcements-figures = { $sent }/{ $recipients } verstuurd · gelezen door { $read } van de { $who ->
        [people] { $families ->
            [one] { $families } persoon
           *[other] { $families } personen
        }
       *[families] { $families ->
            [one] { $families } gezin
           *[other] { $families } gezinnen
        }
    } · { $failed } niet bezorgd
admin-announcements-queued = { $who ->
        [people] { $count ->
            [one] Wordt verstuurd naar { $count } persoon in de chat.
           *[other] Wordt verstuurd naar { $count } personen in de chat.
        }
       *[families] { $count ->
            [one] Wordt verstuurd naar { $count } gezin in de chat.
           *[other] Wordt verstuurd naar { $count } gezinnen in de chat.
        }
    }
admin-announcements-urgent = Dringend
admin-announcements-urgent-yes = ja, ook tijdens de stille uren verstuurd
admin-announcements-urgent-no = nee, wacht tot het einde van de stille uren
admin-announcements-urgent-help = Dringend: meteen versturen, ook tijdens de stille uren
admin-announcements-file = Foto of document (optioneel)
admin-announcements-file-help = Een JPEG- of PNG-foto, of een document, hoogstens { $max } MB.
admin-announcements-stopped = gestopt
admin-announcements-reminders = Herinneringen
admin-announcements-follow-up = Opvolging
admin-announcements-remind = Wie ze nog niet las, een herinnering sturen
admin-announcements-remind-help = { $who ->
        [people] { $count ->
            [one] { $count } persoon heeft ze nog niet als gelezen gemarkeerd: die krijgt ze opnieuw in de chat, van de auteur.
           *[other] { $count } personen hebben ze nog niet als gelezen gemarkeerd: zij krijgen ze opnieuw in de chat, van de auteur.
        }
       *[families] { $count ->
            [one] { $count } gezin heeft ze nog niet als gelezen gemarkeerd: de ouders krijgen ze opnieuw in de chat, van de auteur.
           *[other] { $count } gezinnen hebben ze nog niet als gelezen gemarkeerd: hun ouders krijgen ze opnieuw in de chat, van de auteur.
        }
    }
admin-announcements-reminded = { $who ->
        [people] { $count ->
            [one] Opnieuw verstuurd naar { $count } persoon die ze niet las.
           *[other] Opnieuw verstuurd naar { $count } personen die ze niet lazen.
        }
       *[families] { $count ->
            [one] Opnieuw verstuurd naar { $count } gezin dat ze niet las.
           *[other] Opnieuw verstuurd naar { $count } gezinnen die ze niet lazen.
        }
    }
admin-announcements-all-read = Iedereen heeft ze gelezen: er is niemand meer om te herinneren.
admin-announcements-stop = Versturen stoppen
admin-announcements-stop-help = { $count ->
        [one] { $count } bericht dat nog wacht, wordt niet verstuurd; wat al afgeleverd is, blijft afgeleverd. Dit is definitief.
       *[other] { $count } berichten die nog wachten, worden niet verstuurd; wat al afgeleverd is, blijft afgeleverd. Dit is definitief.
    }
admin-announcements-stop-confirm = Ja: het versturen van deze mededeling stoppen.
admin-announcements-stopped-done = { $count ->
        [one] Gestopt: { $count } bericht werd tegengehouden. Wat al afgeleverd is, blijft afgeleverd.
       *[other] Gestopt: { $count } berichten werden tegengehouden. Wat al afgeleverd is, blijft afgeleverd.
    }
admin-announcements-progress = Deel van de berichten bezorgd
admin-announcements-figure-recipients = Ontvangers
admin-announcements-figure-queued = Wachtend op verzending
admin-announcements-figure-sent = Afgeleverd bij de chatapp
admin-announcements-figure-read = { $who ->
        [people] Personen die ze als gelezen markeerden
       *[families] Gezinnen die ze als gelezen markeerden
    }
admin-announcements-figure-failed = Mislukt
admin-announcements-figure-blocked = Bot geblokkeerd door de persoon
admin-announcements-finished = Bezorging klaar.
admin-announcements-refresh = Cijfers vernieuwen
admin-announcements-form-errors = Enkele velden moeten nog eens bekeken worden: zie de berichten eronder.
admin-announcements-text-in = Tekst in het { $language }
admin-announcements-text-help = Hoogstens { $max } tekens. Gezinnen die een andere taal lezen, krijgen hem zoals geschreven, tenzij je hieronder hun versie toevoegt.
admin-announcements-version = Versie in het { $language } (optioneel)
admin-announcements-version-help = Gezinnen met { $language } als taal krijgen deze versie.
admin-announcements-choices = Antwoordkeuzes (een snelle peiling, optioneel)
admin-announcements-choices-help = Eén per regel: { $min } tot { $max } keuzes, elk hoogstens { $length } tekens, dezelfde in elke taal. Elk gezin antwoordt dan door op een ervan te tikken (één antwoord per gezin) in plaats van op “👍 Gelezen”. Laat leeg voor een gewone mededeling.
admin-announcements-poll-count = Typ { $min } tot { $max } keuzes, één per regel (nu zijn het er { $count }), of maak dit veld leeg voor een gewone mededeling.
admin-announcements-poll-empty-line = Regel { $line } is leeg: typ één keuze per regel, zonder lege regels.
admin-announcements-poll-too-long = Keuze { $line } heeft { $length } tekens: elke keuze mag er hoogstens { $max } hebben.
admin-announcements-poll-twice = “{ $choice }” staat er twee keer: elke keuze moet anders zijn.
admin-announcements-poll-preview-help = Een snelle peiling: elk gezin antwoordt door op een van de { $count } keuzes onder het bericht te tikken (één antwoord per gezin: dat van de ene ouder vervangt dat van de andere).
admin-announcements-buttons = Knoppen onder het bericht
admin-announcements-to-preview = Voorbeeld
admin-announcements-edit-title = Concept bewerken
admin-announcements-back-to-preview = Terug naar het voorbeeld
admin-announcements-current-file = Nu bijgevoegd: { $name }
admin-announcements-remove-file = Dit bestand verwijderen
admin-announcements-file-replace = Een andere foto of een ander document in de plaats (optioneel)
admin-announcements-preview-title = Voorbeeld: nog niet verstuurd
admin-announcements-preview-help = Zo lezen de gezinnen ze in de chat. Er wordt niets verstuurd voor je op “Nu versturen” drukt.
admin-announcements-reach = { $who ->
        [people] { $people ->
            [one] { $people } persoon
           *[other] { $people } personen
        }
       *[families] { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        }, { $people ->
            [one] { $people } persoon
           *[other] { $people } personen
        }
    }
admin-announcements-reach-language = { $language }: { $count }
admin-announcements-untranslated = { $count ->
        [one] { $count } persoon ontvangt ze in het { $language } en niet in de eigen taal: met “Bewerken” voeg je een versie toe.
       *[other] { $count } personen ontvangen ze in het { $language } en niet in hun eigen taal: met “Bewerken” voeg je een versie toe.
    }
admin-announcements-card = In het { $language } · { $count ->
        [one] { $count } persoon
       *[other] { $count } personen
    }
admin-announcements-no-version = Geen versie in het { $language }: deze gezinnen ontvangen de tekst in het { $original }.
admin-announcements-decide = Versturen?
admin-announcements-send-now = Nu versturen
admin-announcements-edit = Bewerken
admin-announcements-discard = Concept weggooien
admin-announcements-discard-confirm = Ja: dit concept weggooien; de getypte tekst gaat verloren.
admin-announcements-discarded = Het concept is weggegooid; er werd niets verstuurd.
admin-announcements-drafts = Je concepten, nog niet verstuurd
admin-announcements-sent = Verstuurde mededelingen
admin-announcements-written = geschreven op { $when }
admin-announcements-unread-title = { $who ->
        [people] { $count ->
            [one] Nog niet gelezen: { $count } persoon
           *[other] Nog niet gelezen: { $count } personen
        }
       *[families] { $count ->
            [one] Nog niet gelezen: { $count } gezin
           *[other] Nog niet gelezen: { $count } gezinnen
        }
    }
admin-announcements-unread-more = { $who ->
        [people] { $count ->
            [one] … en nog { $count } persoon.
           *[other] … en nog { $count } personen.
        }
       *[families] { $count ->
            [one] … en nog { $count } gezin.
           *[other] … en nog { $count } gezinnen.
        }
    }
