# Groepsaankopen

orders-status-open = open
orders-status-closed = afgesloten
orders-status-confirmed = bevestigd
orders-status-cancelled = geannuleerd
orders-status-completed = geleverd

orders-join = 🛒 Meedoen
# Announcements queued before they showed the items (kept until none is left to send).
orders-announce =
    🛒 Nieuwe groepsaankoop: { $title }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    Minimum om door te gaan: { $min }. Bestel vóór { $deadline }.
orders-announce-offer =
    🛒 Nieuwe groepsaankoop: { $title }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    { $items }
    { $min ->
        [one] De bestelling gaat door als de gezinnen samen minstens { $min } artikel bestellen.
       *[other] De bestelling gaat door als de gezinnen samen minstens { $min } artikelen bestellen.
    }{ $max ->
        [0] {""}
       *[other] {" "}Hoogstens { $max } per gezin.
    }
    ⏰ Bestel vóór { $deadline }.{ $has_pickup ->
        [no] {""}
       *[yes] {""}
            📦 Afhalen: { $pickup }
    }
orders-card =
    🛒 { $title } ({ $status }){ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }{ $has_pickup ->
        [no] {""}
       *[yes] {""}
            📦 Afhalen: { $pickup }
    }{ $open ->
        [yes] {""}
            ⏰ Bestel vóór { $deadline }
       *[no] {""}
    }
    📊 { $total } besteld (minimum { $min }){ $max ->
        [0] {""}
       *[other] {""} · hoogstens { $max } per gezin
    }
    Artikelen:
    { $items }{ $has_mine ->
        [no] {""}
       *[yes] {""}
            Je bestelling:
            { $mine }
    }
orders-family-order =
    👥 { $name } bestelde:
    { $lines }
orders-item = • { $name } — { $price }{ $count ->
        [0] {""}
       *[other] {""} ({ $variants })
    }
orders-line = • { $quantity } × { $name } — { $amount }
orders-total-line = • { $quantity } × { $name }
orders-mine-none = nog niets
orders-mine-total = Totaal: { $amount }
orders-mine-paid = ✅ Betaald: { $amount }
# Onder "Je bestelling" bij een geannuleerde groepsaankoop.
orders-mine-pay-nothing = ❌ Geannuleerd: je betaalt niets.
orders-mine-refunded = ↩️ Geannuleerd: de { $amount } die je betaalde, krijg je terug.
orders-mine-refund-by-hand = ⚠️ Geannuleerd: Mollie kon de { $amount } die je betaalde niet terugbetalen; de school betaalt je zelf terug.
orders-pick = ➕ { $name }
orders-leave = 🚪 Niet meer meedoen
orders-pay = 💶 Betalen
orders-manage = 🛠 Beheren
orders-none = Er is op dit moment geen groepsaankoop voor jou.
orders-list = 🛒 Groepsaankopen:
orders-list-entry = { $title } · { $status } · { $total } besteld (minimum { $min })
orders-ask-variant = Welke voor { $name }?
orders-ask-quantity = Hoeveel { $name } aan { $price }? Tik op een getal of typ er een (0 verwijdert het).
orders-updated = ✅ Je bestelling is bijgewerkt.
orders-left = Je hebt deze bestelling verlaten.
orders-leave-confirm =
    Niet meer meedoen aan “{ $title }”? Wat je bestelde, wordt geschrapt:
    { $lines }
orders-leave-yes = 🚪 Ja, ik stop
orders-leave-no = Nee, ik doe mee
orders-leave-nothing = Je hebt niets meer in deze bestelling: er is niets om te verlaten.
orders-already-paid = ✅ Je hebt { $amount } betaald. Bedankt!
orders-pay-here = Je bedrag: { $amount }. Betaal met Bancontact of kaart hier: { $url }
orders-link-coming = Je bedrag: { $amount }. Een nieuwe betaallink is onderweg.
orders-nothing-to-pay = Er is niets te betalen voor deze bestelling.

orders-pay-link =
    ✅ De groepsaankoop “{ $title }” gaat door!
    Je bedrag: { $amount }. Betaal met Bancontact of kaart hier: { $url }
orders-pay-reminder =
    ⏰ Herinnering: je betaling van { $amount } voor “{ $title }” staat nog open.
    Betaal hier: { $url }
orders-paid = ✅ Betaling van { $amount } ontvangen voor “{ $title }”. Bedankt!
orders-paid-after-cancel = ↩️ Je betaling van { $amount } voor “{ $title }” kwam binnen nadat de bestelling geannuleerd was: je krijgt ze terug.
orders-payment-failed = ⚠️ Je betaling van { $amount } voor “{ $title }” is niet gelukt.{ $retry ->
        [link] {" "}Een nieuwe link volgt.
        [tap] {" "}Tik op 💶 Betalen bij de bestelling in /orders om het opnieuw te proberen.
       *[none] {""}
    }
orders-pay-new-link = 🔗 Een nieuwe betaallink voor “{ $title }”. Je bedrag: { $amount }. Betaal met Bancontact of kaart hier: { $url }
orders-refunded = ↩️ { $amount } voor “{ $title }” wordt je terugbetaald.
orders-cancelled-minimum = ❌ De groepsaankoop “{ $title }” is geannuleerd: { $total } besteld, { $min } waren nodig. Je betaalt niets.
orders-cancelled-minimum-organiser = ❌ “{ $title }” sloot onder het minimum ({ $total } besteld, { $min } nodig) en is geannuleerd. De gezinnen zijn verwittigd.
# Bewaard voor berichten die al wachtten vóór orders-called-off.
orders-cancelled-by-organiser = ❌ De groepsaankoop “{ $title }” is door de organisator geannuleerd. Wie betaald heeft, wordt terugbetaald.
orders-called-off = ❌ De groepsaankoop “{ $title }” is door de organisator geannuleerd.{ $stage ->
        [paid] {" "}De { $amount } die je betaalde, krijg je terug.
        [link] {" "}Je betaalt niets: gebruik de betaallink niet.
       *[open] {" "}Je betaalt niets.
    }
orders-confirmed-organiser = ✅ “{ $title }” gaat door: { $total } besteld door { $families ->
        [one] { $families } gezin
       *[other] { $families } gezinnen
    }. De betaallinks worden verstuurd.
orders-minimum-reached =
    🎉 “{ $title }” heeft het minimum bereikt: { $total } besteld (minimum { $min }) door { $families ->
        [one] { $families } gezin
       *[other] { $families } gezinnen
    }, samen { $amount }.
    { $totals }
    De bestelling gaat door op de uiterste datum, { $deadline }; tot dan kunnen gezinnen nog bestellen. Eerder afsluiten: 🛠 Beheren in /orders.
orders-all-paid = 💶 Alle gezinnen hebben betaald voor “{ $title }”: { $amount } van { $families ->
        [one] { $families } gezin
       *[other] { $families } gezinnen
    }.{ $delivered ->
        [yes] {" "}Ze was al geleverd: de bestelling is afgerond.
       *[no] {""}
            Te bestellen bij de leverancier:
            { $totals }
            📄 De CSV voor de leverancier staat onder 🛠 Beheren in /orders.
    }
orders-minimum-lost = ⚠️ “{ $title }” zit weer onder het minimum: { $total } besteld, { $min } nodig. Als de gezinnen niet meer bestellen tegen { $deadline }, wordt de bestelling geannuleerd. Een week meer geven: ⏰ Een week verlengen, onder 🛠 Beheren in /orders.
orders-below-minimum = ⚠️ “{ $title }” heeft { $total } van de { $min } nodige en sluit op { $deadline }. Een week verlengen?
orders-extended = ⏰ “{ $title }” blijft open tot { $deadline }.
orders-delivered = 📦 “{ $title }” is aangekomen!{ $has_pickup ->
    [no] {""}
   *[yes] {" "}Afhalen: { $pickup }
}

orders-manage-title = 🛠 “{ $title }” ({ $status })
orders-action-summary = 📋 Wie bestelde wat
orders-action-csv = 📄 CSV voor de leverancier
orders-action-close = 🔒 Nu afsluiten
orders-action-extend = ⏰ Een week verlengen
orders-action-cancel = ❌ Bestelling annuleren
orders-action-delivered = 📦 Geleverd
orders-action-remind = 🔔 Betaalherinnering
orders-summary =
    📋 “{ $title }” ({ $status }) — { $families_count ->
        [one] { $families_count } gezin
       *[other] { $families_count } gezinnen
    }{ $has_progress ->
        [yes] {""}
            { $progress }
       *[no] {""}
    }
    Totalen:
    { $totals }
    Gezinnen:
    { $families }
    Totaal { $amount }, betaald { $paid }{ $has_refunded ->
        [yes] , terugbetaald { $refunded }
       *[no] {""}
    }
orders-summary-family = • { $name }: { $lines } — { $amount }{ $paid ->
        [yes] {""} ✅
        [partly] {""} (✅ { $paid_amount })
        [refunded] {""} ↩️
       *[no] {""}
    }
orders-summary-paid-count = 💶 Betaald: { $paid } van de { $families ->
        [one] { $families } gezin
       *[other] { $families } gezinnen
    }
orders-csv-caption = “{ $title }”: totalen en de bestelling van elk gezin.
# The supplier's CSV: its column heads, and whether a family paid.
orders-csv-column = { $column ->
        [item] artikel
        [variant] variant
        [quantity] aantal
        [family] gezin
        [classes] klassen
        [amount] bedrag (€)
       *[paid] betaald
    }
orders-csv-paid = { $paid ->
        [yes] ja
        [refunded] terugbetaald
        [partly] deels
       *[no] nee
    }
orders-closed-now = De bestelling is afgesloten: { $status }.
orders-close-confirm = { $reached ->
        [yes] “{ $title }” nu afsluiten? { $total } besteld (minimum { $min }): de bestelling gaat door en { $families ->
            [one] { $families } gezin krijgt
           *[other] { $families } gezinnen krijgen
        } een betaallink. Daarna kan niemand nog bestellen.
       *[no] “{ $title }” nu afsluiten? Pas { $total } besteld van de { $min } nodige: de bestelling wordt voor iedereen geannuleerd.
    }
orders-close-yes = 🔒 Ja, afsluiten
orders-close-no = Nee, open laten
orders-extended-organiser = ⏰ Verlengd: open tot { $deadline }.
orders-cancel-confirm = “{ $title }” annuleren? Iedereen wordt verwittigd en wie betaald heeft, wordt terugbetaald.
orders-cancel-yes = Ja, annuleren
orders-cancel-no = Nee, behouden
orders-cancelled-organiser = De bestelling is geannuleerd; { $refunds ->
        [0] niemand had betaald, er valt niets terug te betalen.
        [one] { $refunds } terugbetaling onderweg.
       *[other] { $refunds } terugbetalingen onderweg.
    }
orders-completed = 📦 Gemarkeerd als geleverd; de gezinnen zijn verwittigd.{ $unpaid ->
        [0] {""}
        [one] {" "}{ $unpaid } gezin heeft nog niet betaald: het houdt zijn knop Betalen en zijn herinneringen, en de bestelling blijft in je /orders tot het betaald heeft.
       *[other] {" "}{ $unpaid } gezinnen hebben nog niet betaald: ze houden hun knop Betalen en hun herinneringen, en de bestelling blijft in je /orders tot ze betaald hebben.
    }
orders-delivered-confirm = “{ $title }” als geleverd markeren? { $families ->
        [one] { $families } gezin krijgt
       *[other] { $families } gezinnen krijgen
    } bericht dat ze is aangekomen. Dit kan niet ongedaan gemaakt worden.
orders-delivered-yes = 📦 Ja, aangekomen
orders-delivered-no = Nee, nog niet
orders-not-confirmed = Alleen een bevestigde bestelling kan als geleverd gemarkeerd worden.

orders-ask-title = 🛒 Nieuwe groepsaankoop. Hoe heet ze? (bv. “T-shirts van de klas”)
orders-ask-description = Een paar woorden uitleg (of Overslaan).
orders-ask-photo = Stuur een foto of folder (of Overslaan).
orders-photo-expected = Stuur een foto of document, of tik op Overslaan.
orders-ask-item = Een artikel: naam en prijs, bv. “T-shirt 12,50”.
orders-ask-variants = Maten of varianten van { $name }, gescheiden door komma's (bv. “S, M, L”), of Overslaan.
orders-item-added = { $count ->
        [one] Tot nu toe { $count } artikel.
       *[other] Tot nu toe { $count } artikelen.
    }
orders-add-item = ➕ Nog een artikel
orders-items-done = ✅ Dat is alles
orders-ask-minimum = Minimale totale hoeveelheid om door te gaan?
orders-ask-maximum = Hoogstens hoeveel per gezin? (of Overslaan: geen limiet)
orders-ask-deadline = Uiterste besteldatum? (bv. “12/12 20u”)
orders-ask-pickup = Afhalen of levering: waar en wanneer? (of Overslaan)
orders-preview =
    Controleer de bestelling:
    🛒 { $title }
    { $description }
    { $items }
    Minimum { $min }{ $max ->
        [0] {""}
       *[other] {""}, hoogstens { $max } per gezin
    }
    ⏰ Tot { $deadline } · 📦 { $pickup } · 👥 { $audience }{ $photo ->
        [yes] {""} · 📎 foto
       *[no] {""}
    }
orders-publish = 📣 Publiceren
orders-published = ✅ Gepubliceerd: de gezinnen zijn verwittigd.

orders-price-invalid = Geef een prijs in euro, bv. “12,50”.
orders-item-invalid = Typ de naam van het artikel en dan de prijs, bv. “T-shirt 12,50”.
orders-variants-invalid = Geef 1 tot { $max } varianten, gescheiden door komma's.
orders-organisers-only = Alleen klasafgevaardigden en beheerders kunnen een groepsaankoop starten.
orders-rep-own-classes = Je kunt alleen bestellingen starten voor je eigen klassen.
orders-title-invalid = Geef een titel van 3 tot { $max } tekens.
orders-items-invalid = Een bestelling heeft 1 tot { $max } artikelen.
orders-number-invalid = Typ een geheel getal, bv. 30.
orders-maximum-invalid = Typ een geheel getal van 1 tot { $max }, of Overslaan: geen limiet.
orders-deadline-in-past = Dat moment is voorbij; geef een uiterste datum in de toekomst.
orders-not-found = Deze bestelling bestaat niet of is niet voor jou.
orders-manage-refused = Alleen de organisator van “{ $title }”, de beheerders van de school en de klasafgevaardigden van elke klas waarvoor de groepsaankoop is, kunnen ze beheren.
# To an order's organiser, when another rep of all its classes closed it, called it off or reminded its families to pay.
orders-co-rep-did = { $what ->
        [closed] 🔒 { $name } (klasafgevaardigde van { $classes }) heeft je groepsaankoop “{ $title }” vóór de deadline afgesloten.
        [cancelled] ❌ { $name } (klasafgevaardigde van { $classes }) heeft je groepsaankoop “{ $title }” geannuleerd; de gezinnen die meededen, krijgen bericht, en wie betaald heeft, krijgt het geld terug.
       *[reminded] 🔔 { $name } (klasafgevaardigde van { $classes }) heeft { $count ->
            [one] { $count } gezin
           *[other] { $count } gezinnen
        } die je groepsaankoop “{ $title }” nog niet betaald hebben, herinnerd.
    }
orders-closed = Deze bestelling is afgesloten; ze kan niet meer gewijzigd worden.
orders-quantity-invalid = Geef een hoeveelheid van 0 tot { $max }.
orders-max-per-family = Hoogstens { $max } per gezin voor deze bestelling, en je gezin heeft er al { $has }: { $most ->
        [0] geen { $name } meer, tenzij je een andere regel verlaagt.
       *[other] hoogstens { $most } { $name }.
    }
orders-payment-page = Bedankt! Je kunt terug naar het gesprek: je krijgt er een bevestiging zodra de betaling ontvangen is.
orders-refund-undone =
    ⚠️ Mollie heeft { $amount } niet terugbetaald aan { $name } voor “{ $title }” (terugbetaling { $status ->
        [failed] mislukt
       *[other] geannuleerd
    }). Betaal deze familie zelf terug, via het Mollie-dashboard of met een overschrijving.
orders-remind-pay = 🔔 { $organiser } herinnert je eraan: de { $amount } van je bestelling “{ $title }” is nog niet betaald. Tik op 💶 Betalen voor je betaallink.
orders-reminded = 🔔 { $count ->
        [one] { $count } gezin heeft
       *[other] { $count } gezinnen hebben
    } “{ $title }” nog niet betaald: ze krijgen een herinnering met de knop Betalen{ $later ->
        [yes] {" "}na de stille uren, op { $at }.
       *[no] .
    }
orders-remind-already = De gezinnen die nog niet betaalden, kregen vandaag al een herinnering, of hun betaallink is nog onderweg: je kunt hen morgen opnieuw herinneren.
orders-remind-nobody = Alle gezinnen hebben betaald: er is niemand om te herinneren.
orders-remind-not-payable = Deze bestelling wacht niet op betalingen: er is niemand om te herinneren.
orders-refund-by-hand = ⚠️ Mollie kon de { $amount } die je voor “{ $title }” betaalde niet terugbetalen: de school betaalt je zelf terug.
