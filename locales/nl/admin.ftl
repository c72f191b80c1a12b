# The web panel

admin-title = beheerpaneel
admin-nav = Hoofdmenu
admin-dashboard = Overzicht
admin-members = Leden
admin-logout = Afmelden
admin-login = Aanmelden
admin-login-name = Gebruikersnaam (e-mail)
admin-password = Wachtwoord
admin-login-failed = Verkeerde gebruikersnaam of wachtwoord.
admin-login-throttled = Te veel pogingen vanaf hier. Wacht een kwartier, of meld je aan vanaf een ander netwerk.
admin-figure-families = { $count ->
        [one] actief gezin
       *[other] actieve gezinnen
    }
admin-figure-transfers = { $count ->
        [one] LETS-uitwisseling in de laatste 30 dagen
       *[other] LETS-uitwisselingen in de laatste 30 dagen
    }
admin-attention = Aandacht nodig
admin-figure-pending = { $count ->
        [one] { $count } inschrijving goed te keuren
       *[other] { $count } inschrijvingen goed te keuren
    }
admin-figure-failed = { $count ->
        [one] { $count } bericht niet afgeleverd
       *[other] { $count } berichten niet afgeleverd
    }
admin-search = Zoeken
admin-name = Naam
admin-status = Status
admin-approve = Goedkeuren
admin-reject = Weigeren
admin-reject-ellipsis = Weigeren…
admin-reject-confirm = Ja: de inschrijving van { $name } weigeren. De persoon krijgt meteen bericht in de chat; dit is definitief.
admin-member-done = { $done ->
        [approved] ✅ { $name } is goedgekeurd en krijgt dat te horen in de chat.
        [rejected] De inschrijving van { $name } is geweigerd; die persoon krijgt dat te horen in de chat.
        [granted] ✅ Rol gegeven aan { $name }.
        [revoked] Rol afgenomen van { $name }.
        [active] ✅ { $name } is weer actief.
        [deactivated] { $name } is gedeactiveerd: geen toegang meer tot de functies van de bot.
        [erased] De persoonsgegevens van het lid zijn gewist; de LETS-rekening blijft, anoniem.
       *[other] Opgeslagen.
    }
admin-member-unscheduled = { $count ->
        [one] Hun ingeplande mededeling is gestopt: weer een ontwerp, ze vertrekt niet.
       *[other] Hun { $count } ingeplande mededelingen zijn gestopt: weer ontwerpen, ze vertrekken niet.
    }
admin-pages = Pagina's
admin-not-found = Niet gevonden.
admin-status-pending = wacht op goedkeuring
admin-status-active = actief
admin-status-rejected = geweigerd
admin-status-deactivated = gedeactiveerd
admin-member-not-found = Geen lid met dat nummer.
admin-not-an-admin = Dat lid is geen beheerder van de school.
admin-password-too-short = Het wachtwoord moet minstens { $min } tekens hebben.
admin-chart-transfers = LETS-uitwisselingen per maand
admin-chart-transfers-count = uitwisselingen
admin-chart-transfers-hours = uren uitgewisseld
admin-chart-messages = Afgeleverde berichten per dag
admin-chart-messages-count = berichten
admin-refused = Niet uitgevoerd
admin-back = Terug
admin-pending-help = Deze ouder wacht op je goedkeuring.
admin-all = Alle
admin-joined = Ingeschreven op
admin-actions = Acties
admin-nothing = Nog niets.
# A search (a name, a child, a class) that found nobody.
admin-no-result = Geen resultaat voor “{ $query }”
admin-members-found = { $count ->
        [one] { $count } lid
       *[other] { $count } leden
    }
admin-members-csv = Deze lijst downloaden (CSV)
admin-members-csv-column = { $column ->
        [last-name] naam
        [first-name] voornaam
        [children] kinderen
        [phone] telefoon
        [email] e-mail
        [language] taal
        [status] status
       *[joined] ingeschreven op
    }
admin-previous = Vorige
admin-next = Volgende
admin-saved = Opgeslagen.
admin-phone = Telefoon
admin-email = E-mail
admin-language = Taal
admin-sel-balance = LETS-saldo
admin-children = Kinderen
admin-other-parents = Ook ouder van deze kinderen
admin-identities = Chatapps
admin-unreachable = onbereikbaar
admin-channel-telegram = Telegram
admin-channel-whatsapp = WhatsApp
admin-channel-console = Lokale console (tests en demo)
admin-roles = Rollen
admin-role = Rol
admin-role-parent = Ouder
admin-role-class_rep = Klasafgevaardigde
admin-role-admin = Beheerder
admin-revoke = Weghalen
admin-class-for-rep = Klas (voor een klasafgevaardigde)
admin-grant = Rol geven
admin-standing = Account
admin-deactivate-help = Een gedeactiveerd lid kan de bot niet meer gebruiken; de geschiedenis blijft.
admin-deactivate = Deactiveren
admin-activate = Opnieuw activeren
admin-last-admin = De school heeft eerst nog een andere actieve beheerder nodig.
admin-role-class-missing = Kies de klas die deze klasafgevaardigde vertegenwoordigt.
admin-role-active-only = Alleen een actief lid kan een rol krijgen.
admin-classes = Klassen
admin-sel = LETS
admin-events = Activiteiten
admin-announcements = Mededelingen
admin-orders = Bestellingen
admin-settings = Instellingen
admin-skip = Naar de inhoud
admin-school-year = Schooljaar
admin-show = Tonen
admin-classes-of = Klassen { $year }
admin-class = Klas
admin-reps = Klasafgevaardigden
admin-invites = Uitnodigingscodes
admin-invite-sheet = Afdrukblad met QR-codes
admin-invite-per-class = Eén oudercode per klas maken
admin-code = Code
admin-expires = Vervalt op
admin-uses = Gebruikt
admin-invite-revoked = ingetrokken
admin-invite-usable = bruikbaar
admin-invite-spent = vervallen of opgebruikt
admin-invite-revoke-ellipsis = Intrekken…
admin-invite-revoke = Code intrekken
admin-invite-revoke-title = Code { $code } intrekken?
admin-invite-revoke-explain = Niemand kan zich nog met deze code inschrijven: elk afgedrukt blad, elke QR-code en elke link met deze code werkt meteen niet meer. Wie zich er al mee inschreef, blijft lid. Dit is definitief.
admin-invite-revoke-confirm = Ja: de code { $code } intrekken.
admin-invite-revoked-done = Code { $code } ingetrokken: hij werkt niet meer.
admin-invite-already-revoked = Code { $code } is al ingetrokken: er is niets veranderd.
admin-invite-new = Nieuwe uitnodigingscode
admin-invite-days = Geldig (dagen)
admin-invite-uses = Maximaal aantal keer
admin-invite-uses-help = Leeg laten voor geen limiet.
admin-invite-create = Code maken
admin-invite-done = Code { $code } opgeslagen.
admin-invite-role-invalid = Kies ouder, klasafgevaardigde of beheerder.
admin-invite-days-invalid = Tussen 1 en 365 dagen.
admin-invite-uses-invalid = Tussen 1 en 1000, of leeg.
admin-invite-print = Druk deze pagina af (Ctrl+P): één kaart per code.
admin-whole-school = Hele school
admin-invite-how = Scan met je gsm, of stuur deze code naar de bot van de school:
admin-qr-for = QR-code voor { $app }, code { $code }
admin-invite-none = Geen bruikbare oudercode. Maak er een op de klassenpagina.
admin-save = Opslaan
admin-settings-name = Naam van de school
admin-settings-locale = Standaardtaal
admin-locale-fr = Français
admin-locale-nl = Nederlands
admin-locale-en = English
admin-settings-approval = Nieuwe ouders wachten op goedkeuring van een beheerder
admin-settings-quiet = Stille uren
admin-settings-quiet-help = Tussen deze uren worden geen herinneringen of nieuws verstuurd (dringende berichten wel). Twee keer hetzelfde uur: geen stille uren.
admin-settings-quiet-start = Van (UU:MM)
admin-settings-quiet-end = Tot (UU:MM)
admin-settings-reminders = Herinneringen voor activiteiten (uren vooraf)
admin-settings-reminders-help = Gescheiden door komma's, bv. 24, 2 — hoogstens { $most } uur.
admin-settings-modules = Wat de bot aanbiedt
admin-module-sel = LETS (tijdsbank)
admin-module-events = Activiteiten
admin-module-orders = Groepsaankopen
admin-module-announcements = Mededelingen
settings-name-invalid = Geef de school een naam (hoogstens 200 tekens).
settings-locale-invalid = Kies Frans, Nederlands of Engels.
settings-time-invalid = Een uur zoals 21:00.
settings-reminders-invalid = Gehele aantallen uren tussen 1 en { $most }, gescheiden door komma's.
settings-module-invalid = Onbekende module.
admin-privacy = Persoonsgegevens (AVG)
admin-export = Alles over dit lid downloaden (JSON)
admin-erase = De persoonsgegevens van dit lid wissen
admin-erase-title = { $name } wissen?
admin-erase-explain = Namen, contactgegevens, chatapps, kinderen en alle geschreven teksten worden definitief gewist. De LETS-rekening en de uitwisselingen blijven, onder een pseudoniem, zodat elk saldo klopt. Plaatsen bij komende activiteiten en in open bestellingen worden vrijgegeven.
admin-erase-balance = LETS-saldo: { $balance } { $balance ->
        [one] eenheid
       *[other] eenheden
    } (het blijft in de boeken).
admin-erase-open-orders = { $count ->
        [one] Het lid verlaat { $count } open groepsaankoop.
       *[other] Het lid verlaat { $count } open groepsaankopen.
    }
admin-erase-unpaid = { $count ->
        [one] { $count } bevestigde bestelling is nog niet betaald: de betaling blijft verschuldigd.
       *[other] { $count } bevestigde bestellingen zijn nog niet betaald: de betalingen blijven verschuldigd.
    }
admin-erase-confirm = Ik heb het nagekeken: de persoonsgegevens van { $name } wissen. Dit kan niet ongedaan gemaakt worden.
admin-confirm-missing = Vink het vakje aan om te bevestigen.
admin-form-expired = Dit formulier is niet meer geldig (misschien heb je je opnieuw aangemeld in een ander tabblad): er is niets gewijzigd. Laad de pagina opnieuw en probeer het nog eens.
admin-figure-unpaid = { $count ->
        [one] { $count } gezin moet nog een groepsaankoop betalen
       *[other] { $count } gezinnen moeten nog een groepsaankoop betalen
    }
admin-link-ask = Het beheerpaneel openen als { $name }? Deze link werkt één keer.
admin-link-enter = Beheerpaneel openen
admin-link-invalid = Deze link is verlopen of al gebruikt. Stuur /panel naar de bot voor een nieuwe.
admin-year-title = Nieuw schooljaar
admin-year-explain = { $year } beginnen maakt de klassen van het nieuwe jaar en zet elk kind een klas hoger (K3 → L1, L5 → L6); kinderen die L6 verlaten worden verwijderd, en elk gezin wordt verwittigd. Klasafgevaardigden, klasgroepen, komende activiteiten en open bestellingen gaan mee met hun gezinnen (elke afgevaardigde hoort zijn nieuwe klas; die van L6 zijn geen afgevaardigde meer); uitnodigingscodes blijven bij hun klasniveau. Kinderen van wie het gezin de klas vanaf 15 juli opgaf (die van september, gevraagd met het schooljaar) blijven in die klas.
admin-year-confirm = Ja: het schooljaar { $year } nu beginnen.
admin-year-start = { $year } beginnen
admin-year-not-yet = Mogelijk vanaf 15 juli { $from }.
admin-year-done = Het schooljaar { $year } is begonnen: { $moved ->
        [one] { $moved } kind ging
       *[other] { $moved } kinderen gingen
    } een klas hoger, { $left ->
        [one] { $left } heeft
       *[other] { $left } hebben
    } de lagere school afgerond.
admin-year-done-placed = { $placed ->
        [one] { $placed } kind blijft in de klas die het gezin voor { $year } opgaf.
       *[other] { $placed } kinderen blijven in de klas die hun gezin voor { $year } opgaf.
    }
