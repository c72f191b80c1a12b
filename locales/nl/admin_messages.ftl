# Het paneel: niet aangekomen berichten, nog te betalen bestellingen, de komende week

admin-undelivered = Niet aangekomen berichten
admin-undelivered-intro = Berichten die de bot niet kon bezorgen, nieuwste eerst. Een gezin dat geen chatapp meer bereikt, kun je op een andere manier verwittigen (aan de schoolpoort, telefonisch of per e-mail).
admin-undelivered-to = Aan
admin-undelivered-what = Wat
admin-undelivered-when = Geschreven op
admin-undelivered-why = Waarom
admin-undelivered-none = Alle berichten zijn aangekomen.
admin-undelivered-group = Een groepschat
admin-undelivered-class-group = Groepschat van { $class }
admin-undelivered-kind = { $kind ->
        [event-reminder] Herinnering aan een activiteit
        [event-invitation] Uitnodiging voor een activiteit
        [event] Bericht over een activiteit
        [payment-link] Betaallink
        [payment-reminder] Betaalherinnering
        [order] Bericht over een groepsbestelling
        [announcement] Aankondiging
        [registration] Inschrijving
        [sel] LETS-bericht
        [post] LETS-aanbod of -vraag
        [sunday-week] Zondagsoverzicht
       *[other] Ander bericht
    }
admin-undelivered-the-app = de chatapp
admin-undelivered-reason = { $reason ->
        [blocked] Heeft de bot geblokkeerd op { $app }
        [unreachable] Geen chatapp bereikbaar
        [gave-up] Niet verstuurd na meerdere pogingen
       *[refused] Geweigerd door { $app }
    }
admin-undelivered-stuck = Geen chatapp bereikt { $name } nog: zie de fiche
admin-undelivered-again = Opnieuw sturen
admin-undelivered-again-done = { $done ->
        [again] Het bericht staat weer in de wachtrij: het vertrekt zo meteen ('s nachts na de stille uren).
       *[not-again] Dit bericht kan niet opnieuw gestuurd worden: het staat al weer in de wachtrij, is niet meer actueel, of niemand kan het ontvangen.
    }
admin-orders-to-pay-filter = Alleen bestellingen die gezinnen nog moeten betalen
admin-week = Activiteiten van deze week
admin-week-places-left = Vrije plaatsen
admin-week-left = { $count ->
        [0] Volzet
        [one] { $count } plaats
       *[other] { $count } plaatsen
    }
admin-week-no-limit = Geen limiet
admin-week-none = Geen activiteiten in de komende 7 dagen.
