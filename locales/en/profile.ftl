## Profile, language and children.

profile-card =
    👤 { $name }
    Phone: { $phone }
    E-mail: { $email }
    Language: { $language }
profile-edit-name = ✏️ Name
profile-edit-contact = 📞 Contact details
profile-ask-contact = Send your phone number and/or e-mail address (for example: 0470 12 34 56, name@example.be).
profile-clear-contact = 🗑 Remove my details
profile-saved = ✅ Saved.
profile-name-invalid = Please type a name of 1 to { $max } letters.
profile-phone-invalid = That does not look like a phone number. Example: 0470 12 34 56 or +32 470 12 34 56. { -contact-both-hint }
profile-phone-belgian-length = { $kind ->
        [mobile] A Belgian mobile number has 10 digits (0470 12 34 56): I count { $count }.
       *[landline] A Belgian landline number has 9 digits (02 123 45 67): I count { $count }.
    } Please check it and send it again.
profile-email-invalid = That does not look like an e-mail address. Example: name@example.be. { -contact-both-hint }
profile-contact-invalid = Please send a phone number, an e-mail address, or both separated by a comma (0470 12 34 56, name@example.be), or tap the button.
-contact-both-hint = To send a phone number and an e-mail address, separate them with a comma: 0470 12 34 56, name@example.be

language-ask = Which language do you prefer?
language-changed = ✅ I will speak English with you from now on.

children-list =
    { $count ->
        [0] You have not added any child yet.
       *[other] Your children:
        { $children }
    }
children-add = ➕ Add a child
children-move = 🔀 { $child }: class
children-remove = 🗑 { $child }
children-ask-class = Which class is your child in now?
children-moved = ✅ { $child } is now in { $klass }.
children-moved-by-other = 🔀 { $name } moved { $child } to { $klass }. A mistake? Change it with /children.
children-ask-class-next = { $september ->
        [yes] Which class is your child in this September (school year { $year })?
       *[no] Which class will your child be in from September (school year { $year })?
    }
children-summary-child-next = • { $child } – { $klass } (school year { $year })
children-placed = ✅ { $child } is in { $klass } for the school year { $year }.
children-placed-by-other = 🔀 { $name } put { $child } in { $klass } for the school year { $year }. A mistake? Change it with /children.
children-remove-confirm = Remove { $child } from your profile?
children-remove-stays = { $child } stays on the list of { $names }.
children-remove-yes = Yes, remove
children-keep = No, keep
children-kept = Nothing was changed.
children-removed = ✅ { $child } has been removed from your profile.
children-not-found = That child is not in your profile.
children-name-invalid = Please type your child's first name (1 to { $max } letters).
children-too-many = You can register at most { $max } children.
