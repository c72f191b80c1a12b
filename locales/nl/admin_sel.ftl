# Het webpaneel: LETS-rekeningen, grenzen en uitwisselingen

admin-sel-accounts = Rekeningen en saldi
admin-sel-member = Lid
admin-sel-balance-col = Saldo
admin-sel-given = Gegeven
admin-sel-received = Ontvangen
admin-sel-limits = Grenzen
admin-sel-overridden = met de hand ingesteld
admin-sel-school-limits = De grenzen van de school
admin-sel-school-limits-help = Nieuwe rekeningen openen met deze grenzen en dit beginsaldo. Rekeningen waarvan de grenzen met de hand zijn ingesteld, houden ze. De andere volgen de nieuwe grenzen, behalve een rekening waarvan het saldo erbuiten valt: die houdt haar oude grenzen tot een latere wijziging haar saldo omvat.
admin-sel-behind = { $count ->
        [one] { $count } rekening houdt oudere grenzen: haar saldo viel buiten de grenzen van de school toen die veranderden.
       *[other] { $count } rekeningen houden oudere grenzen: hun saldo viel buiten de grenzen van de school toen die veranderden.
    }
admin-sel-min = Ondergrens (eenheden)
admin-sel-max = Bovengrens (eenheden)
admin-sel-opening = Beginsaldo (eenheden)
admin-sel-save = Opslaan
admin-sel-limits-saved = Grenzen opgeslagen.
admin-sel-whole-number = Typ een geheel aantal eenheden, bijvoorbeeld -300.
admin-sel-min-invalid = De ondergrens moet tussen { $bound } en 0 liggen.
admin-sel-max-invalid = De bovengrens moet tussen 0 en { $bound } liggen.
admin-sel-opening-invalid = Het beginsaldo moet tussen 0 en de bovengrens liggen: { $max }.
admin-sel-account = LETS-rekening van { $name }
admin-sel-account-not-found = Geen LETS-rekening met dat nummer in je school.
admin-sel-account-limits = De grenzen van deze rekening
admin-sel-account-limits-help = Grenzen die je hier instelt, blijven als de school haar grenzen wijzigt. Het lid krijgt bericht.
admin-sel-see-transfers = De uitwisselingen van deze rekening bekijken
admin-sel-transfers = Uitwisselingen
admin-sel-transfer = Uitwisseling { $code }
admin-sel-date = Datum
admin-sel-code = Code
admin-sel-kind-label = Soort
admin-sel-kind = { $kind ->
        [opening] beginsaldo
        [payment] betaling
        [request] betaald verzoek
        [reversal] correctie
       *[other] { $kind }
    }
admin-sel-payer = Van
admin-sel-payee = Aan
admin-sel-units = Eenheden
admin-sel-note = Notitie
admin-sel-school = de school
admin-sel-filter-who = Naam van het lid
admin-sel-since = Van (datum)
admin-sel-until = Tot (datum)
admin-sel-min-units = Minstens (eenheden)
admin-sel-filter = Filteren
admin-sel-clear = Filters wissen
admin-sel-account-only = Alleen de rekening van { $name }.
admin-sel-date-invalid = Typ een datum zoals 2026-11-21.
admin-sel-csv = Deze uitwisselingen downloaden (CSV)
# The transfers' CSV: its column heads.
admin-sel-csv-column = { $column ->
        [date] datum
        [transfer] uitwisseling
        [kind] soort
        [from] van
        [to] aan
        [units] eenheden
        [hours] uren
        [note] notitie
       *[reverses] correctie van
    }
admin-sel-reverse = Terugdraaien
admin-sel-reason = Reden van de correctie
admin-sel-reverse-help = Een correctie is een nieuwe uitwisseling in de omgekeerde richting, met je reden; beide leden krijgen bericht. Het origineel blijft in de geschiedenis.
admin-sel-reversed = De uitwisseling is teruggedraaid; beide leden krijgen bericht.
admin-sel-reversed-by = teruggedraaid
admin-sel-reversal-of = correctie van { $code }
admin-sel-see-reversal = De correctie { $code } bekijken

# Het webpaneel: aanbod en vragen van de SEL, hun meldingen, verwijderen
admin-sel-posts = Aanbod en vragen
admin-sel-posts-help = Het aanbod en de vragen van de ouders die zichtbaar of gepauzeerd zijn, de nieuwste eerst. 🚩 toont hoe vaak ouders een zoekertje gemeld hebben.
admin-sel-posts-reported-only = Alleen gemelde
admin-sel-posts-reported-count = 🚩 { $count } gemeld
admin-sel-post-posted = Geplaatst
admin-sel-post-category = Categorie
admin-sel-post-title = Titel
admin-sel-post-author = Auteur
admin-sel-post-ends = Einde
admin-sel-post-reports = Meldingen
admin-sel-post-text = Tekst
admin-sel-post-rate = Tarief (per uur)
admin-sel-post-status-removed = 🚫 Verwijderd door de school
admin-sel-post-reason = Reden
admin-sel-post-reason-help = De auteur leest ze; hoogstens { $max } tekens.
admin-sel-post-reporter = Gemeld door
admin-sel-post-report-open = niet afgewezen
admin-sel-post-report-dismissed = afgewezen op { $date }
admin-sel-post-dismiss = Meldingen afwijzen
admin-sel-post-dismiss-help = Het zoekertje blijft zoals het is; de meldingen tellen niet meer mee in de lijst.
admin-sel-post-dismissed = De meldingen zijn afgewezen; het zoekertje blijft.
admin-sel-post-remove = Zoekertje verwijderen
admin-sel-post-remove-help = Het zoekertje verdwijnt voor alle ouders, zoals een verwijderd zoekertje, voorgoed. De auteur krijgt een bericht met je reden, maar niet wie het gemeld heeft.
admin-sel-post-remove-confirm = Ja, ik ben zeker: dit zoekertje verwijderen
admin-sel-post-removed = Het zoekertje is verwijderd; de auteur krijgt een bericht.
admin-sel-post-not-found = Geen aanbod of vraag met dat nummer in je school.
admin-sel-post-reason-required = Geef een reden: de auteur van het zoekertje leest ze.
admin-sel-post-reason-too-long = Houd de reden op hoogstens { $max } tekens.
admin-sel-post-removed-already = Dit zoekertje is al verwijderd.
