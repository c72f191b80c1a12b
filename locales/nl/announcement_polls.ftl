## Quick polls on announcements: choices added at the preview, one answer per family.

announcements-poll-add = 📊 Keuzes toevoegen
announcements-poll-remove = 📊 Keuzes weghalen
announcements-poll-ask = 📊 Typ de keuzes voor de gezinnen, één per regel: { $min } tot { $max } keuzes, elk hoogstens { $length } tekens (bijvoorbeeld "Za 12", "Za 19", "Za 26"). /cancel om terug te gaan naar het voorbeeld.
announcements-poll-count = Typ { $min } tot { $max } keuzes, één per regel (het waren er { $count }). Er werd niets veranderd; typ ze opnieuw, of /cancel om terug te gaan naar het voorbeeld.
announcements-poll-empty-line = Regel { $line } is leeg: typ één keuze per regel, zonder lege regels. Er werd niets veranderd.
announcements-poll-too-long = Keuze { $line } heeft { $length } tekens: elke keuze mag er hoogstens { $max } hebben. Er werd niets veranderd; typ ze opnieuw, korter.
announcements-poll-twice = "{ $choice }" staat er twee keer: elke keuze moet anders zijn. Er werd niets veranderd.
announcements-poll-preview =
    📊 Elk gezin antwoordt door op een van deze keuzes te tikken:
    { $choices }
announcements-poll-choice = { $choice }
announcements-poll-noted = ✅ Genoteerd: { $choice } — je kunt je antwoord veranderen tot de peiling afloopt.
announcements-poll-same = Al genoteerd: { $choice }. Er veranderde niets.
announcements-poll-your-answer = Jouw antwoord: { $choice }
announcements-poll-not-yours = Deze peiling werd niet naar jou gestuurd: je kunt er hier niet op antwoorden. Er werd niets genoteerd.
announcements-poll-closed = Deze peiling is afgelopen: er kan niet meer geantwoord worden. Er werd niets genoteerd.
announcements-poll-choice-gone = Die keuze hoort niet bij deze peiling. Er werd niets genoteerd.
announcements-poll-tally = 🗳 { $tally } — { $answered } van de { $who ->
        [people] { $families ->
            [one] { $families } persoon
           *[other] { $families } personen
        }
       *[families] { $families ->
            [one] { $families } gezin
           *[other] { $families } gezinnen
        }
    } antwoordden
announcements-status-unanswered = 👀 Nog geen antwoord
announcements-poll-unanswered =
    👀 Nog geen antwoord van { $who ->
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
announcements-poll-resent = 🔁 Opnieuw verstuurd naar { $who ->
        [people] { $count ->
            [one] { $count } persoon die nog niet antwoordde.
           *[other] { $count } personen die nog niet antwoordden.
        }
       *[families] { $count ->
            [one] { $count } gezin dat nog niet antwoordde.
           *[other] { $count } gezinnen die nog niet antwoordden.
        }
    }
# The author's notice when a rep of its classes or an admin re-sends their poll.
announcements-poll-manager-reminded = 🔁 { $name } ({ events-manager-role }) heeft je peiling van { $date } (“{ $words }”) opnieuw gestuurd naar { $who ->
        [people] { $count ->
            [one] { $count } persoon die nog niet antwoordde.
           *[other] { $count } personen die nog niet antwoordden.
        }
       *[families] { $count ->
            [one] { $count } gezin dat nog niet antwoordde.
           *[other] { $count } gezinnen die nog niet antwoordden.
        }
    }
announcements-poll-manager-stopped = 🛑 { $name } ({ events-manager-role }) heeft je peiling van { $date } (“{ $words }”) gestopt: ze neemt geen antwoorden meer aan, { $count ->
        [0] en ze was al bij iedereen aangekomen.
        [one] en { $count } wachtend bericht werd tegengehouden.
       *[other] en { $count } wachtende berichten werden tegengehouden.
    }
announcements-poll-everyone-answered = 🗳 Iedereen heeft geantwoord: niemand om aan te herinneren.
announcements-poll-stopped = 🗳 De peiling is afgesloten: een gezin dat nu op een keuze tikt, hoort dat ze voorbij is, en er wordt niets genoteerd. De antwoorden die al gegeven zijn, blijven meetellen.
# In a class group's post: the bot answers nothing in groups.
announcements-poll-in-group = 📊 Antwoord in je privégesprek met de bot.

## The panel's page of a poll.
admin-announcements-poll-title = Antwoorden
# Under a poll's buttons in the panel's preview, when WhatsApp shows them as a list.
admin-announcements-poll-whatsapp-list = Op WhatsApp komen deze keuzes als een lijst, achter de knop “{ $button }”.
admin-announcements-poll-answered = { $answered } van de { $who ->
        [people] { $families ->
            [one] { $families } persoon
           *[other] { $families } personen
        }
       *[families] { $families ->
            [one] { $families } gezin
           *[other] { $families } gezinnen
        }
    } antwoordden (één antwoord per gezin: het laatste antwoord van een ouder vervangt dat van de andere).
admin-announcements-unanswered-title = { $who ->
        [people] { $count ->
            [one] Nog geen antwoord: { $count } persoon
           *[other] Nog geen antwoord: { $count } personen
        }
       *[families] { $count ->
            [one] Nog geen antwoord: { $count } gezin
           *[other] Nog geen antwoord: { $count } gezinnen
        }
    }
admin-announcements-poll-remind-help = { $who ->
        [people] { $count ->
            [one] { $count } persoon heeft nog niet geantwoord: die krijgt ze opnieuw in het gesprek, van de auteur.
           *[other] { $count } personen hebben nog niet geantwoord: zij krijgen ze opnieuw in het gesprek, van de auteur.
        }
       *[families] { $count ->
            [one] { $count } gezin heeft nog niet geantwoord: de ouders krijgen ze opnieuw in het gesprek, van de auteur.
           *[other] { $count } gezinnen hebben nog niet geantwoord: hun ouders krijgen ze opnieuw in het gesprek, van de auteur.
        }
    }
admin-announcements-poll-remind = Wie nog niet antwoordde, een herinnering sturen
admin-announcements-poll-reminded = { $who ->
        [people] { $count ->
            [one] Opnieuw verstuurd naar { $count } persoon die nog niet antwoordde.
           *[other] Opnieuw verstuurd naar { $count } personen die nog niet antwoordden.
        }
       *[families] { $count ->
            [one] Opnieuw verstuurd naar { $count } gezin dat nog niet antwoordde.
           *[other] Opnieuw verstuurd naar { $count } gezinnen die nog niet antwoordden.
        }
    }
admin-announcements-poll-all-answered = Iedereen heeft geantwoord: er is niemand meer om te herinneren.
