## Événements : erreurs, rappels.

events-reminder = ⏰ Rappel : { $title } — { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.
events-nudge = 📅 Viendrez-vous à « { $title } » ? Merci de répondre avant le { $deadline }.
events-cancelled = Cet événement a été annulé.
events-capacity-invalid = Le nombre de places doit être compris entre 1 et { $max }.
events-deadline-invalid = La date limite de réponse doit être dans le futur et pas après le début.
events-deadline-passed = Il est trop tard pour répondre ou changer votre réponse à cet événement.
events-end-before-start = La fin doit venir après le début.
events-headcount-invalid = Indiquez au maximum { $adults } adultes et { $children } enfants, et au moins une personne si vous venez.
events-no-room-for-more = Il n'y a plus de place pour davantage de personnes ; votre réponse est inchangée.
events-not-found = Cet événement n'existe pas ou ne vous concerne pas.
events-organisers-only = Seuls les administrateur·rice·s de l'école et les délégué·e·s de classe peuvent organiser des événements.
events-rep-own-classes = En tant que délégué·e de classe, vous ne pouvez inviter que vos propres classes.
events-slot-full = Le créneau « { $label } » est complet.
events-slot-line-invalid = Je ne comprends pas la ligne { $line } (« { $text } »). Écrivez un intitulé, « ; » puis le nombre de places, par ex. « Gâteaux; 4 ».
events-slots-invalid = Au maximum { $max } créneaux de bénévoles, chacun pour 1 à 100 personnes.
events-start-in-past = Le début doit être dans le futur.
events-title-invalid = Tapez un titre de 3 à { $max } caractères.

events-answer-yes = ✅ Oui
events-answer-maybe = 🤔 Peut-être
events-answer-no = ❌ Non
events-mark-yes = ✅
events-mark-maybe = 🤔
events-mark-no = ❌
events-mark-none = ▫️
events-mark-waitlisted = ⏳
events-none = Aucun événement à venir pour vous pour l'instant. /calendar met les prochains dans l'agenda de votre téléphone, toujours à jour.
events-list = 📅 Événements à venir — touchez-en un pour le voir et répondre :
# The families who come, and how many people they are when the organiser asks (-1: not asked).
events-families-coming = { $coming ->
        [-1] { $yes }
       *[other] { $yes ->
            [one] { $yes } famille
           *[other] { $yes } familles
        } ({ $coming ->
            [one] { $coming } personne
           *[other] { $coming } personnes
        })
    }
events-card =
    📅 { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $places ->
        [-1] {""}
        [0] {" "}· complet
        [one] {" "}· { $places } place restante
       *[other] {" "}· { $places } places restantes
    }{ $waiting ->
        [0] {""}
       *[other] {" "}· { $waiting } en attente
    }
    Votre réponse : { $mine ->
        [yes] ✅ oui{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
        [maybe] 🤔 peut-être
        [no] ❌ non
        [waitlisted] ⏳ sur la liste d'attente, en position { $position }{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
       *[none] pas encore donnée
    }
# Une invitation, un rappel ou une question après une modification, une fois répondue (Telegram la modifie ; ses boutons restent pour changer la réponse).
events-your-answer = Votre réponse : { $mine ->
        [yes] ✅ oui{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
        [maybe] 🤔 peut-être
        [no] ❌ non
       *[waitlisted] ⏳ sur la liste d'attente, en position { $position }{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
    }
events-answered-by = 👥 { $name } a répondu pour votre famille.
# A co-parent answered an event for the family (it replaces this parent's answer, if any).
events-family-answered = 👥 { $name } a répondu pour votre famille : { $answer ->
        [yes] ✅ oui{ $counted ->
            [yes] {" "}({ events-people })
           *[no] {""}
        }
        [maybe] 🤔 peut-être
        [no] ❌ non
       *[waitlisted] ⏳ sur la liste d'attente{ $counted ->
            [yes] {" "}({ events-people })
           *[no] {""}
        }
    } — « { $title } » ({ $when }).{ $open ->
        [yes] {" "}Pour la changer, touchez ci-dessous.
       *[no] {""}
    }
events-slot = 🙋 { $label } ({ $count }/{ $capacity }){ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
events-slot-team = 🙋 { $label } ({ $count }/{ $capacity }) : { $names }
events-action-ics = 📆 Dans mon agenda
events-action-attendees = 👥 Qui vient
events-action-csv = 📄 CSV
events-action-move = 🕒 Changer l'heure
events-action-place = 📍 Changer le lieu
events-action-cancel = 🚫 Annuler l'événement
events-answered =
    { $status ->
        [yes] ✅ C'est noté : vous venez à « { $title } »{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }.
        [maybe] 🤔 C'est noté : peut-être pour « { $title } ».
        [waitlisted] { $places ->
            [0] ⏳ « { $title } » est complet : vous êtes en position { $position } sur la liste d'attente. Je vous préviens si une place se libère.
            [one] ⏳ Il ne reste qu'une place pour « { $title } », pas assez pour { $party } personnes : vous êtes en position { $position } sur la liste d'attente. Je vous préviens dès qu'il y a de la place pour vous.
           *[other] ⏳ Il ne reste que { $places } places pour « { $title } », pas assez pour { $party } personnes : vous êtes en position { $position } sur la liste d'attente. Je vous préviens dès qu'il y a de la place pour vous.
        }
       *[no] ❌ C'est noté : vous ne venez pas à « { $title } ».
    }
events-still-helping = 🙋 Vous êtes toujours inscrit·e comme bénévole : { $slots }. Vous ne serez pas là ? Touchez pour vous désinscrire.
events-slot-leave = Quitter « { $label } »
events-ask-adults = Combien d'adultes viendront ? Touchez un nombre, ou tapez-le (au plus { $max }).
events-ask-children = Et combien d'enfants ? Touchez un nombre, ou tapez-le (au plus { $max }).
events-count-invalid = Veuillez taper un nombre de { $min } à { $max }.
events-promoted = 🎉 Une place s'est libérée : vous êtes confirmé·e pour « { $title } » ({ $when }).
events-slot-done =
    { $joined ->
        [yes] 🙋 Merci ! Vous êtes inscrit·e pour « { $label } ».
       *[no] Vous vous êtes désinscrit·e de « { $label } ».
    }
events-slot-unchanged =
    { $joined ->
        [yes] 🙋 Vous êtes déjà inscrit·e pour « { $label } ».
       *[no] Vous n'êtes pas inscrit·e pour « { $label } ».
    }
events-ics-caption = 📆 « { $title } » pour votre calendrier.
events-attendee = { $status ->
        [yes] ✅
        [maybe] 🤔
        [waitlisted] ⏳
        [no] ❌
       *[none] ▫️
    } { $name }{ $counted ->
        [yes] {" "}({ $adults } + { $children })
       *[no] {""}
    }
events-attendees =
    👥 { $title }
    ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ { $waiting }
    }{ $silent ->
        [0] {""}
       *[other] {" "}· ▫️ { $silent } sans réponse
    }{ $has_people ->
        [no] {""}
       *[yes] {""}
            👪 Viennent : { $people }
    }

    { $lines }
events-attendees-more = … et { $count } de plus : le 📄 CSV reprend tout le monde.
events-people = { $adults ->
        [one] { $adults } adulte
       *[other] { $adults } adultes
    } et { $children ->
        [one] { $children } enfant
       *[other] { $children } enfants
    }
events-csv-caption = 📄 Réponses pour « { $title } ».
# Le CSV des réponses : ses titres de colonnes et ses valeurs.
events-csv-column = { $column ->
        [family] famille
        [classes] classes
        [answer] réponse
        [waitlisted] liste d'attente
        [adults] adultes
        [children] enfants
       *[slots] bénévolat
    }
events-csv-value = { $value ->
        [yes] oui
        [maybe] peut-être
        [no] non
       *[none] pas de réponse
    }
events-ask-when = Quand cela commence-t-il ? Par exemple 12/03 18h30 ou 12/03/2027 18:30 (ajoutez une heure de fin si vous voulez : 12/03 18h30-20h).
events-ask-new-when = 🕒 Actuellement : { $when }. Quand cela commence-t-il ? Par exemple 12/03 18h30, avec une heure de fin si vous voulez : 12/03 18h30-20h. Le même jour, les heures suffisent : 14h-17h.{ $has_end ->
        [yes] {" "}Un début seul garde la durée de l'événement ; pour retirer l'heure de fin, touchez « Sans heure de fin ».
       *[no] {""}
    }
events-no-end = Sans heure de fin
events-ask-place = Où ? (par ex. la salle de gym de l'école)
events-place-invalid = Tapez un lieu de 1 à 200 caractères.
events-changed = 🔔 « { $title } » a changé : désormais { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.
events-changed-ask = 🔔 « { $title } » a changé : désormais { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }. Viendrez-vous ?
events-changed-declined = 🔔 Vous aviez répondu non pour « { $title } », mais il a changé : désormais { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.{ $open ->
        [yes] {" "}Pouvez-vous venir maintenant ?
       *[no] {""}
    }
events-change-done = ✅ Modifié. { $count ->
        [0] Personne n'avait répondu oui ou peut-être
        [one] { $count } personne ayant répondu oui ou peut-être sera prévenue
       *[other] { $count } personnes ayant répondu oui ou peut-être seront prévenues
    }{ $asked ->
        [0] {""}
        [one] {" "}; { $asked } personne qui n'a pas encore répondu reçoit la modification avec les boutons de réponse
       *[other] {" "}; { $asked } personnes qui n'ont pas encore répondu reçoivent la modification avec les boutons de réponse
    }{ $declined ->
        [0] {""}
        [one] {" "}; { $declined } personne qui a répondu non est prévenue aussi, au cas où elle pourrait venir maintenant
       *[other] {" "}; { $declined } personnes qui ont répondu non sont prévenues aussi, au cas où elles pourraient venir maintenant
    }{ $total ->
        [0] {" "}: personne n'a besoin d'être prévenu.
       *[other] {"."}
    }
events-cancel-confirm = Annuler « { $title } » ? Toutes les personnes invitées seront prévenues.
events-cancel-yes = Oui, annuler
events-cancelled-notice = 🚫 « { $title } » ({ $when }) est annulé.
events-cancel-done = 🚫 Annulé. { $count ->
        [0] Personne n'avait encore reçu l'invitation : personne n'a besoin d'être prévenu.
        [one] { $count } personne sera prévenue.
       *[other] { $count } personnes seront prévenues.
    }
events-ask-title = Créons un événement. Quel est son titre ?
events-when-invalid = Je n'ai pas compris cette date. Tapez par exemple 12/03 18h30 ou 12/03/2027 18:30.
events-when-skipped = Il n'y a pas de { $time } ce jour-là : on avance l'heure cette nuit-là. Tapez une autre heure, par exemple { $later }.
events-ask-description = Quelques mots de description ? (ou touchez « Passer »)
events-whole-school = 🏫 Toute l'école
events-classes-done = Terminé
events-ask-audience =
    Qui est invité ? Touchez les classes, puis Terminé. ({ $chosen ->
        [one] { $chosen } choisie
       *[other] { $chosen } choisies
    })
events-ask-capacity = Combien de places ? Tapez un nombre, ou touchez « Sans limite ».
events-no-limit = Sans limite
events-ask-headcount = Demander combien d'adultes et d'enfants viennent ?
events-headcount-yes = Oui, demander
events-headcount-no = Non
events-ask-deadline = Pour quand faut-il répondre ? Tapez une date (par ex. 10/03 20h), ou touchez le bouton.
events-no-deadline = Pas de date limite
events-ask-slots =
    Des créneaux de bénévoles ? Un par ligne sous la forme « intitulé;places », par ex.
    Stand gâteaux 14-15h;3
    Ou touchez le bouton.
events-no-slots = Pas de créneaux
events-summary =
    Vérifiez :
    📅 { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }
    👥 { $audience }
    Places : { $capacity ->
        [-1] sans limite
       *[other] { $capacity }
    } · Nombre de personnes : { $headcount ->
        [yes] demandé
       *[no] non demandé
    } · Réponse avant : { $deadline }
    Créneaux : { $slots }
events-create = ✅ Créer et inviter
events-created = ✅ Événement créé ; { $count ->
        [one] { $count } famille est invitée.
       *[other] { $count } familles sont invitées.
    }
events-invite =
    📅 Vous êtes invité·e : { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    Viendrez-vous ?

## Un événement en cours : sa fiche, le jour même.
events-on-now = 🟢 En cours — les réponses sont closes.

## Sous un rappel : un seul toucher pour dire qu'on ne vient plus.
events-cannot-come = ❌ Je ne viens plus

## Changing the number of places.

events-action-places = 🎟️ Nombre de places
events-ask-places = Combien de places faut-il ? { $capacity ->
        [-1] Il n'y a pas de limite maintenant, et { $confirmed ->
            [one] { $confirmed } personne vient
           *[other] { $confirmed } personnes viennent
        }.
       *[other] Il y en a { $capacity } maintenant, dont { $confirmed } prises. Tapez un nombre, ou touchez « Sans limite ».
    }
events-places-below-confirmed = { $confirmed ->
        [one] { $confirmed } place est déjà prise par une réponse confirmée
       *[other] { $confirmed } places sont déjà prises par des réponses confirmées
    } : il ne peut pas y avoir moins de places. Rien n'a été changé.
events-places-done = ✅ Nombre de places : { $capacity ->
        [-1] sans limite
       *[other] { $capacity }
    }.{ $count ->
        [0] {""}
        [one] {" "}{ $count } personne de la liste d'attente est maintenant confirmée et sera prévenue.
       *[other] {" "}{ $count } personnes de la liste d'attente sont maintenant confirmées et seront prévenues.
    }
# The organiser's reminder to the families yet to answer (under 👥 Who comes).
events-action-ask = 🔔 Les relancer
events-asked = 📅 { $organiser } demande : viendrez-vous à « { $title } » ({ $when }) ?{ $has_deadline ->
        [yes] {" "}Merci de répondre avant le { $deadline }.
       *[no] {""}
    }
events-asked-done = 🔔 { $count ->
        [one] { $count } famille n'a
       *[other] { $count } familles n'ont
    } pas encore répondu à « { $title } » : elles reçoivent un rappel avec les boutons de réponse{ $later ->
        [yes] {" "}après les heures calmes, le { $at }.
       *[no] .
    }
events-ask-already = Les familles qui n'ont pas répondu ont déjà reçu un rappel aujourd'hui, ou leur invitation est encore en route : vous pourrez les relancer demain.
events-ask-nobody = Toutes les familles ont répondu : personne à relancer.
events-ask-closed = Les réponses sont closes pour cet événement : plus personne à relancer.
# To an event's creator, when another rep of all its classes changed, cancelled or reminded for it.
# Kept for messages queued before events-manager-did.
events-co-rep-did = { $what ->
        [cancelled] 🚫 { $name } (délégué·e de { $classes }) a annulé votre événement « { $title } » ({ $when }) ; toutes les personnes invitées sont prévenues.
        [places] 🎟️ { $name } (délégué·e de { $classes }) a changé le nombre de places de votre événement « { $title } » ({ $when }) : { $capacity ->
            [-1] désormais sans limite.
           *[other] désormais { $capacity }.
        }
        [reminded] 🔔 { $name } (délégué·e de { $classes }) a relancé les familles qui n'ont pas encore répondu à votre événement « { $title } » ({ $when }).
       *[changed] 🔔 { $name } (délégué·e de { $classes }) a modifié votre événement « { $title } » : désormais { $when }{ $has_location ->
            [no] {""}
           *[yes] , { $location }
        }.
    }
# Who changed an event they did not create: a rep of its classes, or an admin.
events-manager-role = { $role ->
        [admin] admin
       *[rep] délégué·e de { $classes }
    }
events-manager-did = { $what ->
        [cancelled] 🚫 { $name } ({ events-manager-role }) a annulé votre événement « { $title } » ({ $when }) ; toutes les personnes invitées sont prévenues.
        [places] 🎟️ { $name } ({ events-manager-role }) a changé le nombre de places de votre événement « { $title } » ({ $when }) : { $capacity ->
            [-1] désormais sans limite.
           *[other] désormais { $capacity }.
        }
        [reminded] 🔔 { $name } ({ events-manager-role }) a relancé les familles qui n'ont pas encore répondu à votre événement « { $title } » ({ $when }).
       *[changed] 🔔 { $name } ({ events-manager-role }) a modifié votre événement « { $title } » : désormais { $when }{ $has_location ->
            [no] {""}
           *[yes] , { $location }
        }.
    }
events-typed-answer = Est-ce votre réponse à « { $title } » ({ $when }) ? Touchez-la ci-dessous.{ $others ->
        [0] {""}
        [one] {" "}{ $others } autre événement attend votre réponse : voir /events.
       *[other] {" "}{ $others } autres événements attendent votre réponse : voir /events.
    }
