# Le panneau : les événements

admin-events-new = Nouvel événement
admin-events-create = Créer et inviter
admin-events-form-errors = Certains champs sont à revoir : voyez les messages sous chacun.
admin-events-title = Titre
admin-events-when = Quand
admin-events-starts = Début
admin-events-ends = Fin (facultatif)
admin-events-time-zone-help = À l'heure de l'école ({ $zone }).
admin-events-place = Lieu
admin-events-description = Description
admin-events-audience = Qui est invité
admin-events-audience-help = Cochez des classes pour inviter leurs familles et délégués ; ne cochez rien pour inviter toute l'école.
admin-events-whole-school = Toute l'école
admin-events-capacity = Places (facultatif)
admin-events-capacity-help = Laissez vide pour ne pas limiter ; { $max } au plus. Au-delà, les parents attendent sur une liste.
admin-events-no-limit = sans limite
admin-events-headcount = Demander combien d'adultes et d'enfants viennent
admin-events-deadline = Répondre avant (facultatif)
admin-events-slots = Créneaux de bénévoles (facultatif)
admin-events-slots-help = Un par ligne, un nom et le nombre de bénévoles : « Gâteaux;4 ».
admin-events-too-long = { $max } caractères au plus.
admin-events-answers = Réponses
admin-events-coming = Viennent
admin-events-places = Places
admin-events-answer-before = Répondre avant
admin-events-volunteer-slots = Créneaux de bénévoles
admin-events-places-taken = { $capacity ->
        [one] { $capacity } place
       *[other] { $capacity } places
    } · { $taken ->
        [one] { $taken } prise
       *[other] { $taken } prises
    }
admin-events-people = { $adults ->
        [one] { $adults } adulte
       *[other] { $adults } adultes
    }, { $children ->
        [one] { $children } enfant
       *[other] { $children } enfants
    }
admin-events-tally = ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ { $waiting }
    }
admin-events-past = passé
admin-events-cancelled = annulé
admin-events-status-active = prévu
admin-events-status-cancelled = annulé
admin-events-created = { $count ->
        [one] Événement créé : { $count } famille invitée dans le chat.
       *[other] Événement créé : { $count } familles invitées dans le chat.
    }
admin-events-csv = Télécharger les réponses (CSV)
admin-events-ics = Télécharger pour un agenda (.ics)
admin-events-who = Qui a répondu
admin-events-answer = Réponse
admin-events-answer-yes = vient
admin-events-answer-maybe = peut-être
admin-events-answer-no = ne vient pas
admin-events-answer-waitlisted = en liste d'attente
admin-events-adults = Adultes
admin-events-children = Enfants
admin-events-unanswered = { $count ->
        [one] { $count } famille n'a pas répondu
       *[other] { $count } familles n'ont pas répondu
    }
admin-events-change = Changer l'heure ou le lieu
admin-events-change-help = Ceux qui ont répondu oui ou peut-être sont prévenus tout de suite dans le chat, dans leur langue ; tant que les réponses sont ouvertes, ceux qui n'ont pas encore répondu et ceux qui ont dit non la reçoivent avec les boutons de réponse.
admin-events-change-when-help = À l'heure de l'école ({ $zone }).
admin-events-change-ends = Fin
admin-events-change-ends-help = Laissée telle quelle, la fin suit le début (l'événement garde sa durée). Vide : pas de fin.
admin-events-change-save = Enregistrer et les prévenir
admin-events-change-done = { $count ->
        [0] Événement modifié. Personne n'avait répondu oui ou peut-être
        [one] Événement modifié : { $count } personne qui a dit oui ou peut-être est prévenue dans le chat
       *[other] Événement modifié : { $count } personnes qui ont dit oui ou peut-être sont prévenues dans le chat
    }{ $asked ->
        [0] {""}
        [one] {" "}; { $asked } personne qui n'a pas encore répondu reçoit la modification avec les boutons de réponse
       *[other] {" "}; { $asked } personnes qui n'ont pas encore répondu reçoivent la modification avec les boutons de réponse
    }{ $declined ->
        [0] {""}
        [one] {" "}; { $declined } personne qui a dit non est prévenue aussi, au cas où elle pourrait venir maintenant
       *[other] {" "}; { $declined } personnes qui ont dit non sont prévenues aussi, au cas où elles pourraient venir maintenant
    }{ $total ->
        [0] {" "}: personne n'est prévenu.
       *[other] {"."}
    }
admin-events-exists = Cet événement existe déjà (même titre, même heure, même lieu) : le voici. Personne n'a été invité deux fois.
admin-events-unchanged = Rien n'a changé : l'heure et le lieu sont les mêmes, personne n'a été prévenu.
admin-events-begun = Cet événement a déjà commencé : son heure et son lieu ne peuvent plus changer.
admin-events-places-change = Changer le nombre de places
admin-events-places-help = { $taken } prises en ce moment ; au plus { $max }, ou vide pour ne pas limiter. Plus de places confirment la liste d'attente dans l'ordre, et les confirmés sont prévenus dans le chat. Il ne peut pas y avoir moins de places que de places prises.
admin-events-places-save = Enregistrer le nombre de places
admin-events-places-unchanged = Rien n'a changé : le nombre de places est le même.
admin-events-cancel = Annuler l'événement
admin-events-cancel-help = Tous les invités sont prévenus tout de suite dans le chat. C'est définitif.
admin-events-cancel-done = { $count ->
        [0] L'événement est annulé. Personne n'avait encore reçu l'invitation : personne n'est prévenu.
        [one] L'événement est annulé : { $count } personne est prévenue dans le chat.
       *[other] L'événement est annulé : { $count } personnes sont prévenues dans le chat.
    }
admin-events-cancel-confirm = Oui : annuler l'événement et prévenir chaque famille invitée.
