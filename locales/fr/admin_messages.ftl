# Le panneau : messages non arrivés, commandes encore à payer, la semaine à venir

admin-undelivered = Messages non arrivés
admin-undelivered-intro = Les messages que le bot n'a pas pu remettre, les plus récents d'abord. Une famille qu'aucune application de chat n'atteint plus peut être prévenue autrement (à la grille, par téléphone ou par e-mail).
admin-undelivered-to = À
admin-undelivered-what = Quoi
admin-undelivered-when = Écrit le
admin-undelivered-why = Pourquoi
admin-undelivered-none = Tous les messages sont arrivés.
admin-undelivered-group = Un groupe de chat
admin-undelivered-class-group = Groupe de chat de { $class }
admin-undelivered-kind = { $kind ->
        [event-reminder] Rappel d'événement
        [event-invitation] Invitation à un événement
        [event] Message d'événement
        [payment-link] Lien de paiement
        [payment-reminder] Rappel de paiement
        [order] Message de commande groupée
        [announcement] Annonce
        [registration] Inscription
        [sel] Message du SEL
        [post] Offre ou demande du SEL
        [sunday-week] Semaine du dimanche
       *[other] Autre message
    }
admin-undelivered-the-app = l'application de chat
admin-undelivered-reason = { $reason ->
        [blocked] A bloqué le bot sur { $app }
        [unreachable] Aucune application de chat joignable
        [gave-up] Pas envoyé malgré plusieurs essais
       *[refused] Refusé par { $app }
    }
admin-undelivered-stuck = Plus aucune application de chat n'atteint { $name } : voir la fiche
admin-undelivered-again = Renvoyer
admin-undelivered-again-done = { $done ->
        [again] Le message est de nouveau dans la file : il part dans un instant (après les heures calmes, la nuit).
       *[not-again] Ce message ne peut pas être renvoyé : il est déjà de nouveau dans la file, il n'est plus d'actualité, ou personne ne peut le recevoir.
    }
admin-orders-to-pay-filter = Seulement les commandes que des familles doivent encore payer
admin-week = Les événements de la semaine
admin-week-places-left = Places restantes
admin-week-left = { $count ->
        [0] Complet
        [one] { $count } place
       *[other] { $count } places
    }
admin-week-no-limit = Sans limite
admin-week-none = Aucun événement dans les 7 prochains jours.
