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
admin-login-throttled = Te veel pogingen vanaf hier. Wacht een kwartier, of meld u aan vanaf een ander netwerk.
admin-figure-families = actieve gezinnen
admin-figure-transfers = LETS-uitwisselingen in de laatste 30 dagen
admin-attention = Aandacht nodig
admin-figure-pending = { $count ->
        [one] 1 inschrijving goed te keuren
       *[other] { $count } inschrijvingen goed te keuren
    }
admin-figure-failed = { $count ->
        [one] 1 bericht niet afgeleverd
       *[other] { $count } berichten niet afgeleverd
    }
admin-search = Zoeken
admin-name = Naam
admin-status = Status
admin-approve = Goedkeuren
admin-reject = Weigeren
admin-decided = Gedaan: { $name }.
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
admin-all = Alle
admin-joined = Ingeschreven op
admin-actions = Acties
admin-nothing = Nog niets.
admin-previous = Vorige
admin-next = Volgende
admin-saved = Opgeslagen.
admin-phone = Telefoon
admin-email = E-mail
admin-language = Taal
admin-sel-balance = LETS-saldo
admin-children = Kinderen
admin-identities = Chat-apps
admin-unreachable = onbereikbaar
admin-roles = Rollen
admin-role = Rol
admin-role-parent = Ouder
admin-role-class_rep = Klasverantwoordelijke
admin-role-admin = Beheerder
admin-revoke = Weghalen
admin-class-for-rep = Klas (voor een klasverantwoordelijke)
admin-grant = Rol geven
admin-standing = Account
admin-deactivate-help = Een gedeactiveerd lid kan de bot niet meer gebruiken; de geschiedenis blijft.
admin-deactivate = Deactiveren
admin-activate = Opnieuw activeren
admin-last-admin = De school heeft eerst nog een andere actieve beheerder nodig.
admin-role-class-missing = Kies de klas die deze klasverantwoordelijke vertegenwoordigt.
admin-classes = Klassen
admin-sel = LETS
admin-events = Activiteiten
admin-announcements = Berichten
admin-orders = Bestellingen
admin-settings = Instellingen
admin-skip = Naar de inhoud
