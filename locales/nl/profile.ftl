## Profiel, taal en kinderen.

profile-card =
    👤 { $name }
    Telefoon: { $phone }
    E-mail: { $email }
    Taal: { $language }
profile-edit-name = ✏️ Naam
profile-edit-contact = 📞 Contactgegevens
profile-ask-contact = Stuur je telefoonnummer en/of e-mailadres (bijvoorbeeld: 0470 12 34 56, naam@voorbeeld.be).
profile-clear-contact = 🗑 Gegevens wissen
profile-saved = ✅ Bewaard.
profile-name-invalid = Typ een naam van 1 tot { $max } letters.
profile-phone-invalid = Dat lijkt geen telefoonnummer. Voorbeeld: 0470 12 34 56 of +32 470 12 34 56. { -contact-both-hint }
profile-phone-belgian-length = { $kind ->
        [mobile] Een Belgisch gsm-nummer heeft 10 cijfers (0470 12 34 56): ik tel er { $count }.
       *[landline] Een Belgisch vast nummer heeft 9 cijfers (02 123 45 67): ik tel er { $count }.
    } Kijk het na en stuur het opnieuw.
profile-email-invalid = Dat lijkt geen e-mailadres. Voorbeeld: naam@voorbeeld.be. { -contact-both-hint }
profile-contact-invalid = Stuur een telefoonnummer, een e-mailadres, of allebei gescheiden door een komma (0470 12 34 56, naam@voorbeeld.be), of tik op de knop.
-contact-both-hint = Stuur je een telefoonnummer en een e-mailadres, scheid ze dan met een komma: 0470 12 34 56, naam@voorbeeld.be

language-ask = Welke taal verkies je?
language-changed = ✅ Ik spreek voortaan Nederlands met je.

children-list =
    { $count ->
        [0] Je hebt nog geen kind toegevoegd.
       *[other] Je kinderen:
        { $children }
    }
children-add = ➕ Kind toevoegen
children-move = 🔀 { $child }: klas
children-remove = 🗑 { $child }
children-ask-class = In welke klas zit je kind nu?
children-moved = ✅ { $child } zit nu in { $klass }.
children-moved-by-other = 🔀 { $name } zette { $child } in { $klass }. Een vergissing? Pas het aan met /children.
children-ask-class-next = { $september ->
        [yes] In welke klas zit je kind sinds september (schooljaar { $year })?
       *[no] In welke klas zit je kind vanaf september (schooljaar { $year })?
    }
children-summary-child-next = • { $child } – { $klass } (schooljaar { $year })
children-placed = ✅ { $child } zit in { $klass } voor het schooljaar { $year }.
children-placed-by-other = 🔀 { $name } zette { $child } in { $klass } voor het schooljaar { $year }. Een vergissing? Pas het aan met /children.
children-remove-confirm = { $child } uit je profiel verwijderen?
children-remove-stays = { $child } blijft op de lijst van { $names }.
children-remove-yes = Ja, verwijderen
children-keep = Nee, behouden
children-kept = Er is niets gewijzigd.
children-removed = ✅ { $child } is uit je profiel verwijderd.
children-not-found = Dat kind staat niet in je profiel.
children-name-invalid = Typ de voornaam van je kind (1 tot { $max } letters).
children-too-many = Je kunt maximaal { $max } kinderen inschrijven.
