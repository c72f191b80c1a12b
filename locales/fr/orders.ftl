# Achats groupés

orders-status-open = ouvert
orders-status-closed = clôturé
orders-status-confirmed = confirmé
orders-status-cancelled = annulé
orders-status-completed = livré

orders-join = 🛒 Participer
# Announcements queued before they showed the items (kept until none is left to send).
orders-announce =
    🛒 Nouvel achat groupé : { $title }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    Minimum pour le lancer : { $min }. Commandez avant le { $deadline }.
orders-announce-offer =
    🛒 Nouvel achat groupé : { $title }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    { $items }
    { $min ->
        [one] La commande est lancée si les familles commandent ensemble au moins { $min } article.
       *[other] La commande est lancée si les familles commandent ensemble au moins { $min } articles.
    }{ $max ->
        [0] {""}
       *[other] {" "}Au plus { $max } par famille.
    }
    ⏰ Commandez avant le { $deadline }.{ $has_pickup ->
        [no] {""}
       *[yes] {""}
            📦 Retrait : { $pickup }
    }
orders-card =
    🛒 { $title } ({ $status }){ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }{ $has_pickup ->
        [no] {""}
       *[yes] {""}
            📦 Retrait : { $pickup }
    }{ $open ->
        [yes] {""}
            ⏰ Commandez avant le { $deadline }
       *[no] {""}
    }
    📊 { $total ->
        [one] { $total } commandé
       *[other] { $total } commandés
    } (minimum { $min }){ $max ->
        [0] {""}
       *[other] {""} · au plus { $max } par famille
    }
    Articles :
    { $items }{ $has_mine ->
        [no] {""}
       *[yes] {""}
            Votre commande :
            { $mine }
    }
orders-family-order =
    👥 { $name } a commandé :
    { $lines }
orders-item = • { $name } — { $price }{ $count ->
        [0] {""}
       *[other] {""} ({ $variants })
    }
orders-line = • { $quantity } × { $name } — { $amount }
orders-total-line = • { $quantity } × { $name }
orders-mine-none = rien pour l'instant
orders-mine-total = Total : { $amount }
orders-mine-paid = ✅ Payé : { $amount }
# Sous « Votre commande » d'un achat annulé.
orders-mine-pay-nothing = ❌ Annulé : vous ne payez rien.
orders-mine-refunded = ↩️ Annulé : les { $amount } que vous avez payés vous sont remboursés.
orders-mine-refund-by-hand = ⚠️ Annulé : Mollie n'a pas pu vous rembourser les { $amount } que vous avez payés ; l'école vous les remboursera elle-même.
orders-pick = ➕ { $name }
orders-leave = 🚪 Ne plus participer
orders-pay = 💶 Payer
orders-manage = 🛠 Gérer
orders-none = Aucun achat groupé pour vous en ce moment.
orders-list = 🛒 Achats groupés :
orders-list-entry = { $title } · { $status } · { $total ->
        [one] { $total } commandé
       *[other] { $total } commandés
    } (minimum { $min })
orders-ask-variant = Lequel pour { $name } ?
orders-ask-quantity = Combien de { $name } à { $price } ? Touchez un nombre ou tapez-le (0 le retire).
orders-updated = ✅ Votre commande est mise à jour.
orders-left = Vous avez quitté cette commande.
orders-leave-confirm =
    Quitter « { $title } » ? Ce que vous avez commandé sera retiré :
    { $lines }
orders-leave-yes = 🚪 Oui, quitter
orders-leave-no = Non, je reste
orders-leave-nothing = Vous n'avez plus rien dans cette commande : il n'y a rien à quitter.
orders-already-paid = ✅ Vous avez payé { $amount }. Merci !
orders-pay-here = Votre montant : { $amount }. Payez par Bancontact ou carte ici : { $url }
orders-link-coming = Votre montant : { $amount }. Un nouveau lien de paiement arrive.
orders-nothing-to-pay = Il n'y a rien à payer pour cette commande.

orders-pay-link =
    ✅ L'achat groupé « { $title } » est lancé !
    Votre montant : { $amount }. Payez par Bancontact ou carte ici : { $url }
orders-pay-reminder =
    ⏰ Rappel : votre paiement de { $amount } pour « { $title } » est toujours en attente.
    Payez ici : { $url }
orders-paid = ✅ Paiement de { $amount } reçu pour « { $title } ». Merci !
orders-paid-after-cancel = ↩️ Votre paiement de { $amount } pour « { $title } » est arrivé après l'annulation de l'achat : il vous est remboursé.
orders-payment-failed = ⚠️ Votre paiement de { $amount } pour « { $title } » n'a pas abouti.{ $retry ->
        [link] {" "}Un nouveau lien suit.
        [tap] {" "}Pour réessayer, touchez 💶 Payer sur la commande dans /orders.
       *[none] {""}
    }
orders-pay-new-link = 🔗 Un nouveau lien de paiement pour « { $title } ». Votre montant : { $amount }. Payez par Bancontact ou carte ici : { $url }
orders-refunded = ↩️ { $amount } pour « { $title } » vous est remboursé.
orders-cancelled-minimum = ❌ L'achat groupé « { $title } » est annulé : { $total ->
        [one] { $total } commandé
       *[other] { $total } commandés
    }, il en fallait { $min }. Vous ne payez rien.
orders-cancelled-minimum-organiser = ❌ « { $title } » a été clôturé sous son minimum ({ $total ->
        [one] { $total } commandé
       *[other] { $total } commandés
    }, il en fallait { $min }) et est annulé. Les familles sont prévenues.
# Gardé pour les messages en file d'attente avant orders-called-off.
orders-cancelled-by-organiser = ❌ L'achat groupé « { $title } » a été annulé par son organisateur·rice. Si vous avez payé, vous serez remboursé·e.
orders-called-off = ❌ L'achat groupé « { $title } » a été annulé par son organisateur·rice.{ $stage ->
        [paid] {" "}Les { $amount } que vous avez payés vous sont remboursés.
        [link] {" "}Vous ne payez rien : n'utilisez pas son lien de paiement.
       *[open] {" "}Vous ne payez rien.
    }
orders-confirmed-organiser = ✅ « { $title } » est lancé : { $total ->
        [one] { $total } commandé
       *[other] { $total } commandés
    } par { $families ->
        [one] { $families } famille
       *[other] { $families } familles
    }. Les liens de paiement partent.
orders-minimum-reached =
    🎉 « { $title } » a atteint son minimum : { $total ->
        [one] { $total } commandé
       *[other] { $total } commandés
    } (minimum { $min }) par { $families ->
        [one] { $families } famille
       *[other] { $families } familles
    }, { $amount } en tout.
    { $totals }
    La commande sera lancée à la date limite, le { $deadline } ; les familles peuvent encore commander d'ici là. Pour la clôturer plus tôt : 🛠 Gérer dans /orders.
orders-all-paid = 💶 Toutes les familles ont payé « { $title } » : { $amount } de { $families ->
        [one] { $families } famille
       *[other] { $families } familles
    }.{ $delivered ->
        [yes] {" "}La commande a déjà été livrée : tout est réglé.
       *[no] {""}
            À commander au fournisseur :
            { $totals }
            📄 Le CSV pour le fournisseur est sous 🛠 Gérer dans /orders.
    }
orders-minimum-lost = ⚠️ « { $title } » est repassé sous son minimum : { $total ->
        [one] { $total } commandé
       *[other] { $total } commandés
    }, il en faut { $min }. Sans nouvelles commandes d'ici le { $deadline }, il sera annulé. Pour laisser une semaine de plus : ⏰ Prolonger d'une semaine, dans 🛠 Gérer via /orders.
orders-below-minimum = ⚠️ « { $title } » a { $total } des { $min } nécessaires et se clôture le { $deadline }. Prolonger d'une semaine ?
orders-extended = ⏰ « { $title } » reste ouvert jusqu'au { $deadline }.
orders-delivered = 📦 « { $title } » est arrivé !{ $has_pickup ->
    [no] {""}
   *[yes] {" "}Retrait : { $pickup }
}

orders-manage-title = 🛠 « { $title } » ({ $status })
orders-action-summary = 📋 Qui a commandé quoi
orders-action-csv = 📄 CSV pour le fournisseur
orders-action-close = 🔒 Clôturer maintenant
orders-action-extend = ⏰ Prolonger d'une semaine
orders-action-cancel = ❌ Annuler la commande
orders-action-delivered = 📦 Livré
orders-action-remind = 🔔 Relancer impayés
orders-summary =
    📋 « { $title } » ({ $status }) — { $families_count ->
        [one] { $families_count } famille
       *[other] { $families_count } familles
    }{ $has_progress ->
        [yes] {""}
            { $progress }
       *[no] {""}
    }
    Totaux :
    { $totals }
    Familles :
    { $families }
    Total { $amount }, payé { $paid }{ $has_refunded ->
        [yes] , remboursé { $refunded }
       *[no] {""}
    }
orders-summary-family = • { $name } : { $lines } — { $amount }{ $paid ->
        [yes] {""} ✅
        [partly] {""} (✅ { $paid_amount })
        [refunded] {""} ↩️
       *[no] {""}
    }
orders-summary-paid-count = 💶 Payé : { $paid } sur { $families ->
        [one] { $families } famille
       *[other] { $families } familles
    }
orders-csv-caption = « { $title } » : totaux et commande de chaque famille.
# The supplier's CSV: its column heads, and whether a family paid.
orders-csv-column = { $column ->
        [item] article
        [variant] variante
        [quantity] quantité
        [family] famille
        [classes] classes
        [amount] montant (€)
       *[paid] payé
    }
orders-csv-paid = { $paid ->
        [yes] oui
        [refunded] remboursé
        [partly] en partie
       *[no] non
    }
orders-closed-now = La commande est clôturée : { $status }.
orders-close-confirm = { $reached ->
        [yes] Clôturer « { $title } » maintenant ? { $total ->
            [one] { $total } commandé
           *[other] { $total } commandés
        } (minimum { $min }) : la commande est lancée et { $families ->
            [one] { $families } famille reçoit
           *[other] { $families } familles reçoivent
        } un lien de paiement. Plus personne ne pourra commander.
       *[no] Clôturer « { $title } » maintenant ? { $total ->
            [one] { $total } commandé
           *[other] { $total } commandés
        } seulement, il en faut { $min } : la commande sera annulée pour tout le monde.
    }
orders-close-yes = 🔒 Oui, clôturer
orders-close-no = Non, laisser ouvert
orders-extended-organiser = ⏰ Prolongé : ouvert jusqu'au { $deadline }.
orders-cancel-confirm = Annuler « { $title } » ? Tout le monde est prévenu, et ceux qui ont payé sont remboursés.
orders-cancel-yes = Oui, annuler
orders-cancel-no = Non, garder
orders-cancelled-organiser = La commande est annulée ; { $refunds ->
        [0] personne n'avait payé, il n'y a rien à rembourser.
        [one] { $refunds } remboursement en cours.
       *[other] { $refunds } remboursements en cours.
    }
orders-completed = 📦 Marqué comme livré ; les familles sont prévenues.{ $unpaid ->
        [0] {""}
        [one] {" "}{ $unpaid } famille n'a pas encore payé : elle garde son bouton Payer et ses rappels, et la commande reste dans vos /orders jusqu'à son paiement.
       *[other] {" "}{ $unpaid } familles n'ont pas encore payé : elles gardent leur bouton Payer et leurs rappels, et la commande reste dans vos /orders jusqu'à leur paiement.
    }
orders-delivered-confirm = Marquer « { $title } » comme livré ? { $families ->
        [one] { $families } famille sera prévenue
       *[other] { $families } familles seront prévenues
    } de son arrivée. C'est définitif.
orders-delivered-yes = 📦 Oui, arrivé
orders-delivered-no = Non, pas encore
orders-not-confirmed = Seule une commande confirmée peut être marquée comme livrée.

orders-ask-title = 🛒 Nouvel achat groupé. Comment s'appelle-t-il ? (p. ex. « T-shirts de la classe »)
orders-ask-description = Quelques mots pour le décrire (ou Passer).
orders-ask-photo = Envoyez une photo ou un dépliant (ou Passer).
orders-photo-expected = Envoyez une photo ou un document, ou touchez Passer.
orders-ask-item = Un article : son nom et son prix, p. ex. « T-shirt 12,50 ».
orders-ask-variants = Tailles ou variantes de { $name }, séparées par des virgules (p. ex. « S, M, L »), ou Passer.
orders-item-added = { $count ->
        [one] { $count } article pour l'instant.
       *[other] { $count } articles pour l'instant.
    }
orders-add-item = ➕ Un autre article
orders-items-done = ✅ C'est tout
orders-ask-minimum = Quantité totale minimum pour lancer la commande ?
orders-ask-maximum = Au plus combien par famille ? (ou Passer : sans limite)
orders-ask-deadline = Date limite pour commander ? (p. ex. « 12/12 20h »)
orders-ask-pickup = Retrait ou livraison : où et quand ? (ou Passer)
orders-preview =
    Vérifiez la commande :
    🛒 { $title }
    { $description }
    { $items }
    Minimum { $min }{ $max ->
        [0] {""}
       *[other] {""}, au plus { $max } par famille
    }
    ⏰ Jusqu'au { $deadline } · 📦 { $pickup } · 👥 { $audience }{ $photo ->
        [yes] {""} · 📎 photo
       *[no] {""}
    }
orders-publish = 📣 Publier
orders-published = ✅ Publié : les familles sont prévenues.

orders-price-invalid = Indiquez un prix en euros, p. ex. « 12,50 ».
orders-item-invalid = Tapez le nom de l'article puis son prix, p. ex. « T-shirt 12,50 ».
orders-variants-invalid = Indiquez de 1 à { $max } variantes séparées par des virgules.
orders-organisers-only = Seuls les délégué·e·s de classe et les administrateur·rice·s peuvent lancer un achat groupé.
orders-rep-own-classes = Vous ne pouvez lancer des achats groupés que pour vos propres classes.
orders-title-invalid = Indiquez un titre de 3 à { $max } caractères.
orders-items-invalid = Une commande a de 1 à { $max } articles.
orders-number-invalid = Tapez un nombre entier, p. ex. 30.
orders-maximum-invalid = Tapez un nombre entier de 1 à { $max }, ou Passer : sans limite.
orders-deadline-in-past = Ce moment est passé ; indiquez une date limite dans le futur.
orders-not-found = Cette commande n'existe pas ou ne vous concerne pas.
orders-manage-refused = Seuls l'organisateur·rice de « { $title } », les administrateurs de l'école et les délégué·es de chacune de ses classes peuvent gérer cet achat groupé.
# To an order's organiser, when another rep of all its classes closed it, called it off or reminded its families to pay.
orders-co-rep-did = { $what ->
        [closed] 🔒 { $name } (délégué·e de { $classes }) a clôturé votre achat groupé « { $title } » avant son échéance.
        [cancelled] ❌ { $name } (délégué·e de { $classes }) a annulé votre achat groupé « { $title } » ; les familles inscrites sont prévenues, et celles qui ont payé sont remboursées.
       *[reminded] 🔔 { $name } (délégué·e de { $classes }) a relancé { $count ->
            [one] { $count } famille qui n'a
           *[other] { $count } familles qui n'ont
        } pas encore payé votre achat groupé « { $title } ».
    }
orders-closed = Cette commande est clôturée ; elle ne peut plus être modifiée.
orders-quantity-invalid = Indiquez une quantité de 0 à { $max }.
orders-max-per-family = Au plus { $max } par famille pour cette commande, et votre famille en a déjà { $has } : { $most ->
        [0] plus de { $name }, sauf en réduisant une autre ligne.
       *[other] { $most } { $name } au plus.
    }
orders-payment-page = Merci ! Vous pouvez revenir à la conversation : vous y recevrez une confirmation dès réception du paiement.
orders-refund-undone =
    ⚠️ Mollie n'a pas remboursé { $amount } à { $name } pour « { $title } » (remboursement { $status ->
        [failed] échoué
       *[other] annulé
    }). Remboursez cette famille vous-même, depuis le tableau de bord Mollie ou par virement.
orders-remind-pay = 🔔 { $organiser } vous le rappelle : les { $amount } de votre commande « { $title } » restent à payer. Touchez 💶 Payer pour votre lien de paiement.
orders-reminded = 🔔 { $count ->
        [one] { $count } famille n'a
       *[other] { $count } familles n'ont
    } pas encore payé « { $title } » : elles reçoivent un rappel avec le bouton Payer{ $later ->
        [yes] {" "}après les heures calmes, le { $at }.
       *[no] .
    }
orders-remind-already = Les familles qui n'ont pas payé ont déjà reçu un rappel aujourd'hui, ou leur lien de paiement est encore en route : vous pourrez les relancer demain.
orders-remind-nobody = Toutes les familles ont payé : personne à relancer.
orders-remind-not-payable = Cette commande n'attend pas de paiement : personne à relancer.
orders-refund-by-hand = ⚠️ Mollie n'a pas pu vous rembourser les { $amount } payés pour « { $title } » : l'école vous les remboursera elle-même.
