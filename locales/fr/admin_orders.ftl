# Le panneau web : achats groupés

admin-orders-order = Commande
admin-orders-status = Statut
admin-orders-deadline = Date limite
admin-orders-families-col = Familles
admin-orders-paid = Payé
admin-orders-refunded = Remboursé
admin-orders-refunded-note = (remboursé { $amount })
admin-orders-organiser = Organisateur
admin-orders-progress = Commandé
admin-orders-minimum = quantité commandée : { $total }, minimum { $min }
admin-orders-pickup = Retrait
admin-orders-total = Total
admin-orders-items = Articles
admin-orders-totals = Totaux à commander au fournisseur
admin-orders-supplier-csv = Télécharger le CSV pour le fournisseur
admin-orders-families = Les familles et leur commande
admin-orders-lines = Commandé
admin-orders-amount = Montant
admin-orders-paid-yes = payé
admin-orders-paid-no = pas payé
admin-orders-paid-refunded = remboursé
admin-orders-paid-not-asked = paiement pas encore demandé
admin-orders-to-pay = Reste à payer
admin-orders-to-pay-count = { $count ->
        [0] personne : toutes les familles ont payé
        [one] { $count } famille
       *[other] { $count } familles
    }
admin-orders-payments = Paiements (chaque tentative Mollie)
admin-orders-attempt = Tentative
admin-orders-refund = Remboursement
admin-orders-payment-status = { $status ->
        [creating] en création
        [open] lien envoyé
        [pending] en attente
        [authorized] autorisé
        [paid] payé
        [failed] échoué
        [canceled] annulé par le payeur
        [expired] expiré
        [abandoned] pas créé (commande annulée)
       *[other] { $status }
    }
admin-orders-refund-status = { $status ->
        [requested] demandé
        [pending] en attente
        [queued] en file
        [processing] en cours
        [refunded] remboursé
        [failed] échoué
        [canceled] annulé
       *[other] { $status }
    }
admin-orders-actions = Ce que l'organisateur peut faire
admin-orders-do-close = Clôturer maintenant
admin-orders-do-extend = Prolonger d'une semaine
admin-orders-do-deliver = Marquer comme livrée
admin-orders-do-cancel = Annuler la commande
admin-orders-help-close = Clôture avant la date limite : la commande est lancée et les liens de paiement partent si le minimum est atteint, sinon elle est annulée. Tout le monde est prévenu.
admin-orders-help-extend = Repousse la date limite d'une semaine ; les familles participantes sont prévenues.
admin-orders-help-deliver = La commande est arrivée : chaque famille qui a commandé reçoit le même avis d'arrivée que depuis le chat. C'est définitif.
admin-orders-help-cancel = Annule la commande : chaque famille est prévenue, et celles qui ont payé sont remboursées par Mollie.
admin-orders-done = { $action ->
        [close] La commande est clôturée.
        [close-below-minimum] Le minimum n'était pas atteint : la commande est annulée et les familles sont prévenues.
        [extend] La date limite est une semaine plus tard.
        [deliver] La commande est marquée comme livrée ; les familles sont prévenues.
        [cancel] La commande est annulée ; les remboursements des familles qui ont payé sont en route.
       *[other] C'est fait.
    }
admin-orders-chart = Achats groupés par mois
admin-orders-chart-count = commandes
admin-orders-chart-paid = euros payés
admin-orders-cancel-confirm = Oui : annuler la commande, prévenir chaque famille et rembourser celles qui ont payé.
admin-orders-close-confirm = Oui : clôturer maintenant et envoyer la demande de paiement à chaque famille (ou annuler la commande si le minimum n'est pas atteint).
