## LETS (tijdsbank): saldo, geschiedenis, betalen, vragen, correcties.

sel-amount = { $units } { $units ->
        [one] eenheid
       *[other] eenheden
    } ({ $sign }{ $hours } u { $minutes })
sel-the-school = de school
sel-history-line = { $date } · { $direction ->
        [out] →
       *[in] ←
    } { $amount } · { $who }{ $note } · #{ $code }
sel-balance =
    💰 Je saldo: { $balance }
    Gegeven: { $given } · Ontvangen: { $received }
    Grenzen: van { $low } tot { $high }
sel-pay-button = 💸 Betalen
sel-request-button = 🙋 Eenheden vragen
sel-history-button = 📜 Geschiedenis
sel-history =
    📜 Geschiedenis (pagina { $page } van { $pages })
    { $lines }
sel-history-empty = Nog geen uitwisselingen.
sel-ask-who =
    { $mode ->
        [pay] Wie wil je betalen? Typ een deel van de naam.
       *[request] Wie moet jou betalen? Typ een deel van de naam.
    }
sel-nobody-found = Geen enkele naam in je school komt overeen met “{ $text }”. Probeer een ander deel van de naam, of /cancel.
sel-pick-who = Tik op de juiste persoon (of typ een andere naam):
sel-ask-units =
    { $mode ->
        [pay] Hoeveel betaal je { $name }? Bijvoorbeeld 1u30, 45 min of 90 (eenheden; 60 eenheden = 1 uur).
       *[request] Hoeveel vraag je aan { $name }? Bijvoorbeeld 1u30, 45 min of 90 (eenheden; 60 eenheden = 1 uur).
    }
sel-ask-note = Waarvoor was het? Schrijf een korte notitie, of tik op Overslaan.
sel-confirm =
    { $mode ->
        [pay] { $amount } betalen aan { $name }?
       *[request] { $amount } vragen aan { $name }?
    }{ $has_note ->
        [no] {""}
       *[yes] {""}
            Notitie: { $note }
    }
    { $mode ->
        [pay] Je saldo daarna: { $after }
       *[request] Je saldo na betaling: { $after }
    }
sel-confirm-button =
    { $mode ->
        [pay] ✅ Betalen
       *[request] ✅ Verzoek versturen
    }
sel-cancel-button = Annuleren
sel-already-done = Dat was al gebeurd; er is niets meer veranderd.
sel-cancel-already-paid = Deze betaling is al gebeurd; hier annuleren kan niet meer. Neem contact op met de school om ze te corrigeren: een schoolbeheerder kan ze terugdraaien.
sel-cancel-already-asked = Dit verzoek is al verstuurd. Om het terug te nemen, tik je op ↩️ Intrekken (hier, of onder /balance) zolang er geen antwoord is.
sel-paid = ✅ Je hebt { $amount } aan { $name } betaald. Je saldo: { $balance }.
sel-paid-notice = 💰 { $name } betaalde je { $amount }.{ $has_note ->
        [no] {""}
       *[yes] {" "}Notitie: { $note }.
    } Je saldo: { $balance }.
sel-request-notice = 🙋 { $name } vraagt je om { $amount }.{ $has_note ->
        [no] {""}
       *[yes] {" "}Notitie: { $note }.
    }
sel-accept-button = ✅ Betalen
sel-decline-button = ❌ Weigeren
sel-request-sent = ✅ Je verzoek om { $amount } is naar { $name } gestuurd. Ik laat je het antwoord weten.
sel-request-answer-notice =
    { $status ->
        [accepted] ✅ { $name } betaalde je verzoek om { $amount }. Je saldo: { $balance }.
       *[declined] ❌ { $name } weigerde je verzoek om { $amount }.
    }
# Tot 2026-11, zonder het saldo (voor berichten die al klaarstonden).
sel-request-answered =
    { $status ->
        [accepted] ✅ { $name } betaalde je verzoek om { $amount }.
       *[declined] ❌ { $name } weigerde je verzoek om { $amount }.
    }
sel-request-decided =
    { $status ->
        [accepted] ✅ Je hebt { $amount } aan { $name } betaald. Je saldo: { $balance }.
       *[declined] Je weigerde het verzoek van { $name } om { $amount }.
    }
sel-request-expired-notice = ⌛ Je verzoek aan { $name } om { $amount } is na 14 dagen zonder antwoord verlopen.
sel-reversed = ✅ Uitwisseling van { $amount } teruggedraaid. Reden: { $reason }
sel-reversal-notice = ↩️ Een uitwisseling werd door de school gecorrigeerd: { $amount }. Reden: { $reason }. Je saldo: { $balance }.
sel-reverse-usage = Stuur /reverse gevolgd door de code van de uitwisseling (zie /history) en een reden, bijvoorbeeld: /reverse a1b2c3d4 per vergissing twee keer betaald

sel-limits-ask-who = Van wie wil je de LETS-grenzen wijzigen? Typ een deel van de naam.
sel-limits-ask-values = { $name }: saldo { $balance }, grenzen van { $low } tot { $high }. Typ de nieuwe onder- en bovengrens, bv. -600 900.
sel-limits-usage = Typ twee gehele getallen: de ondergrens (0 of minder) en de bovengrens (0 of meer), bv. -600 900.
sel-limits-set = ✅ { $name } mag nu van { $low } tot { $high } gaan.
sel-limits-notice = ℹ️ De school heeft je LETS-grenzen gewijzigd: van { $low } tot { $high }.

sel-amount-invalid = Dat bedrag begrijp ik niet. Typ bijvoorbeeld 1u30, 45 min of 90 (een geheel aantal eenheden, meer dan 0).
sel-amount-too-large = Dat is meer dan { $max } uur in één keer. Controleer het bedrag.
sel-note-too-long = Houd de notitie korter dan { $max } tekens.
sel-pay-self = Je kunt jezelf niet betalen en jezelf geen eenheden vragen.
sel-transfer-id-reused = Deze knop hoort bij een andere uitwisseling. Er is niets gewijzigd; begin opnieuw.
sel-member-not-found = Die persoon is geen actief lid van je school.
sel-over-limit-payer = Niet mogelijk: je saldo is { $balance } en mag niet onder { $limit } zakken. Je kunt hoogstens { $available } betalen.
sel-over-limit-payee = Niet mogelijk: het andere lid kan nu niet zoveel eenheden ontvangen. Er werd niets betaald.
sel-reverse-reason-required = Geef een reden voor de correctie.
sel-transfer-not-found = Ik vind geen uitwisseling met die code in je school.
sel-transfer-code-ambiguous = Meer dan één uitwisseling van je school heeft een code die begint met { $code }. Stuur een groter deel van de code: de volledige code staat in het adres van de pagina ervan in het webpaneel (/panel, Uitwisselingen), waar je ze ook kunt terugdraaien.
sel-reverse-reversal = Een correctie kan zelf niet teruggedraaid worden; doe liever een nieuwe betaling.
sel-already-reversed = Deze uitwisseling is al teruggedraaid.
sel-reverse-over-limit = Terugdraaien kan niet: het saldo van { $name }, { $balance }, zou { $side ->
        [below] onder de ondergrens van { $limit }
       *[above] boven de bovengrens van { $limit }
    } gaan. Er is niets veranderd; pas eerst de grenzen aan om toch te corrigeren.
sel-limits-invalid = De ondergrens moet tussen { $lowest } en 0 liggen, de bovengrens tussen 0 en { $highest }.
sel-limits-below-balance = Het saldo, { $balance }, valt buiten die grenzen; kies grenzen die het omvatten.
sel-request-not-found = Dat verzoek bestaat niet of is niet aan jou gericht.
sel-request-accepted = Je hebt dit verzoek al betaald.
sel-request-declined = Je hebt dit verzoek al geweigerd.
sel-request-expired = Dit verzoek is verlopen.

sel-pay-at-limit = Je saldo is { $balance } en je ondergrens { $limit }: je kunt niemand betalen tot je eenheden ontvangt. Bied een dienst aan met /offers, of vraag eenheden met /request.
sel-request-at-limit = Je saldo is { $balance } en je bovengrens { $limit }: je kunt voorlopig geen eenheden meer ontvangen. Geef er eerst uit: bekijk het aanbod met /offers, of betaal iemand met /pay.
sel-over-limit-requester = Niet mogelijk: je saldo is { $balance } en mag niet boven { $limit } gaan. Je kunt hoogstens { $available } vragen.

## Een verstuurd verzoek intrekken, voor het beantwoord is.
sel-withdraw-button = ↩️ Intrekken
sel-request-mine = 🕓 Je vroeg { $name } om { $amount }: nog geen antwoord.{ $has_note ->
        [no] {""}
       *[yes] {" "}Notitie: { $note }.
    }
sel-request-withdrawn-done = ↩️ Je verzoek aan { $name } om { $amount } is ingetrokken: het kan niet meer betaald worden.
sel-request-withdrawn-notice = ↩️ { $name } trok het verzoek om { $amount } in: je hoeft niets te betalen.
sel-request-withdrawn = Dit verzoek werd ingetrokken door wie het stuurde: er is niets te betalen.
sel-withdraw-too-late = { $status ->
        [accepted] Te laat om in te trekken: dit verzoek is betaald. Gebruik /pay om eenheden terug te geven.
        [declined] Dit verzoek werd al geweigerd: er is niets in te trekken.
        [expired] Dit verzoek is verlopen: er is niets in te trekken.
       *[withdrawn] Je hebt dit verzoek al ingetrokken.
    }

## Changing the amount at the confirmation (✏️ Amount), the person and the note kept.
sel-amount-button = ✏️ Bedrag
sel-ask-new-units =
    { $mode ->
        [pay] Hoeveel betaal je { $name } in plaats van { $amount }? Bijvoorbeeld 1u30, 45 min of 90. De rest blijft zoals het was.
       *[request] Hoeveel vraag je aan { $name } in plaats van { $amount }? Bijvoorbeeld 1u30, 45 min of 90. De rest blijft zoals het was.
    }
sel-amount-already-asked = Ik wacht op het nieuwe bedrag: typ het (bijvoorbeeld 1u30, 45 min of 90), of stuur /cancel om te stoppen. Er is niets veranderd.
sel-amount-too-late =
    { $kind ->
        [paid] Deze betaling is al gebeurd: het bedrag kan niet meer veranderen. Neem contact op met de school om ze te corrigeren: een schoolbeheerder kan ze terugdraaien.
       *[asked] Dit verzoek is al verstuurd: het bedrag kan niet meer veranderen. Je kunt het intrekken onder /balance en opnieuw vragen.
    }
