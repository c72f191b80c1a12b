## Profil, langue et enfants.

profile-card =
    👤 { $name }
    Téléphone : { $phone }
    E-mail : { $email }
    Langue : { $language }
profile-edit-name = ✏️ Nom
profile-edit-contact = 📞 Coordonnées
profile-ask-contact = Envoyez votre numéro de téléphone et/ou votre adresse e-mail (par exemple : 0470 12 34 56, nom@exemple.be).
profile-clear-contact = 🗑 Effacer mes infos
profile-saved = ✅ Enregistré.
profile-name-invalid = Tapez un nom de 1 à { $max } lettres.
profile-phone-invalid = Cela ne ressemble pas à un numéro de téléphone. Exemple : 0470 12 34 56 ou +32 470 12 34 56. { -contact-both-hint }
profile-phone-belgian-length = { $kind ->
        [mobile] Un numéro de GSM belge a 10 chiffres (0470 12 34 56) : j'en compte { $count }.
       *[landline] Un numéro fixe belge a 9 chiffres (02 123 45 67) : j'en compte { $count }.
    } Vérifiez-le et renvoyez-le.
profile-email-invalid = Cela ne ressemble pas à une adresse e-mail. Exemple : nom@exemple.be. { -contact-both-hint }
profile-contact-invalid = Envoyez un numéro de téléphone, une adresse e-mail, ou les deux séparés par une virgule (0470 12 34 56, nom@exemple.be), ou touchez le bouton.
-contact-both-hint = Pour envoyer un numéro et une adresse e-mail, séparez-les par une virgule : 0470 12 34 56, nom@exemple.be

language-ask = Quelle langue préférez-vous ?
language-changed = ✅ Je vous parlerai désormais en français.

children-list =
    { $count ->
        [0] Vous n'avez encore ajouté aucun enfant.
       *[other] Vos enfants :
        { $children }
    }
children-add = ➕ Ajouter un enfant
children-move = 🔀 { $child } : classe
children-remove = 🗑 { $child }
children-ask-class = Dans quelle classe est votre enfant maintenant ?
children-moved = ✅ { $child } est maintenant en { $klass }.
children-moved-by-other = 🔀 { $name } a mis { $child } en { $klass }. Une erreur ? Corrigez avec /children.
children-ask-class-next = { $september ->
        [yes] Dans quelle classe est votre enfant depuis septembre (année scolaire { $year }) ?
       *[no] Dans quelle classe sera votre enfant en septembre (année scolaire { $year }) ?
    }
children-summary-child-next = • { $child } – { $klass } (année scolaire { $year })
children-placed = ✅ { $child } est en { $klass } pour l'année scolaire { $year }.
children-placed-by-other = 🔀 { $name } a mis { $child } en { $klass } pour l'année scolaire { $year }. Une erreur ? Corrigez avec /children.
children-remove-confirm = Retirer { $child } de votre profil ?
children-remove-stays = { $child } reste sur la liste de { $names }.
children-remove-yes = Oui, retirer
children-keep = Non, garder
children-kept = Rien n'a été modifié.
children-removed = ✅ { $child } a été retiré·e de votre profil.
children-not-found = Cet enfant ne figure pas dans votre profil.
children-name-invalid = Tapez le prénom de votre enfant (1 à { $max } lettres).
children-too-many = Vous pouvez inscrire au maximum { $max } enfants.
