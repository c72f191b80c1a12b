# Het webpaneel: groepsaankopen

admin-orders-order = Bestelling
admin-orders-status = Status
admin-orders-deadline = Uiterste datum
admin-orders-families-col = Gezinnen
admin-orders-paid = Betaald
admin-orders-refunded = Terugbetaald
admin-orders-refunded-note = (terugbetaald { $amount })
admin-orders-organiser = Organisator
admin-orders-progress = Besteld
admin-orders-minimum = { $total } besteld, minimum { $min }
admin-orders-pickup = Afhalen
admin-orders-total = Totaal
admin-orders-items = Artikelen
admin-orders-totals = Totalen om bij de leverancier te bestellen
admin-orders-supplier-csv = De CSV voor de leverancier downloaden
admin-orders-families = De gezinnen en hun bestelling
admin-orders-lines = Besteld
admin-orders-amount = Bedrag
admin-orders-paid-yes = betaald
admin-orders-paid-no = niet betaald
admin-orders-paid-refunded = terugbetaald
admin-orders-paid-not-asked = betaling nog niet gevraagd
admin-orders-to-pay = Nog te betalen
admin-orders-to-pay-count = { $count ->
        [0] niemand: alle gezinnen hebben betaald
        [one] { $count } gezin
       *[other] { $count } gezinnen
    }
admin-orders-payments = Betalingen (elke Mollie-poging)
admin-orders-attempt = Poging
admin-orders-refund = Terugbetaling
admin-orders-payment-status = { $status ->
        [creating] wordt aangemaakt
        [open] link verstuurd
        [pending] in behandeling
        [authorized] goedgekeurd
        [paid] betaald
        [failed] mislukt
        [canceled] geannuleerd door de betaler
        [expired] verlopen
        [abandoned] niet aangemaakt (bestelling geannuleerd)
       *[other] { $status }
    }
admin-orders-refund-status = { $status ->
        [requested] gevraagd
        [pending] in behandeling
        [queued] in de wachtrij
        [processing] wordt verwerkt
        [refunded] terugbetaald
        [failed] mislukt
        [canceled] geannuleerd
       *[other] { $status }
    }
admin-orders-actions = Wat de organisator kan doen
admin-orders-do-close = Nu afsluiten
admin-orders-do-extend = Een week verlengen
admin-orders-do-deliver = Als geleverd markeren
admin-orders-do-cancel = De bestelling annuleren
admin-orders-help-close = Sluit af voor de uiterste datum: de bestelling gaat door met betaallinks als het minimum bereikt is, anders wordt ze geannuleerd. Iedereen krijgt bericht.
admin-orders-help-extend = Schuift de uiterste datum een week op; de gezinnen die meedoen, krijgen bericht.
admin-orders-help-deliver = De bestelling is aangekomen: elk gezin dat besteld heeft, krijgt hetzelfde bericht als vanuit de chat. Dit is definitief.
admin-orders-help-cancel = Annuleert de bestelling: elk gezin krijgt bericht, en wie betaald heeft, wordt via Mollie terugbetaald.
admin-orders-done = { $action ->
        [close] De bestelling is afgesloten.
        [close-below-minimum] Het minimum was niet bereikt: de bestelling is geannuleerd en de gezinnen zijn verwittigd.
        [extend] De uiterste datum is een week later.
        [deliver] De bestelling is als geleverd gemarkeerd; de gezinnen zijn verwittigd.
        [cancel] De bestelling is geannuleerd; de terugbetalingen aan wie betaald heeft, zijn onderweg.
       *[other] Klaar.
    }
admin-orders-chart = Groepsaankopen per maand
admin-orders-chart-count = bestellingen
admin-orders-chart-paid = betaalde euro's
admin-orders-cancel-confirm = Ja: de bestelling annuleren, elk gezin verwittigen en wie betaald heeft terugbetalen.
admin-orders-close-confirm = Ja: nu afsluiten en elk gezin een betaalverzoek sturen (of de bestelling annuleren als het minimum niet bereikt is).
