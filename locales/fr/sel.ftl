## SEL (banque de temps) : solde, historique, payer, demander, corrections.

sel-amount = { $units } { $units ->
        [one] unité
       *[other] unités
    } ({ $sign }{ $hours } h { $minutes })
sel-the-school = l'école
sel-history-line = { $date } · { $direction ->
        [out] →
       *[in] ←
    } { $amount } · { $who }{ $note } · #{ $code }
sel-balance =
    💰 Votre solde : { $balance }
    Donné : { $given } · Reçu : { $received }
    Limites : de { $low } à { $high }
sel-pay-button = 💸 Payer
sel-request-button = 🙋 Faire une demande
sel-history-button = 📜 Historique
sel-history =
    📜 Historique (page { $page } sur { $pages })
    { $lines }
sel-history-empty = Aucun échange pour l'instant.
sel-ask-who =
    { $mode ->
        [pay] Qui voulez-vous payer ? Tapez une partie de son nom.
       *[request] Qui doit vous payer ? Tapez une partie de son nom.
    }
sel-nobody-found = Personne dans votre école ne correspond à « { $text } ». Essayez une autre partie du nom, ou /cancel.
sel-pick-who = Touchez la bonne personne (ou tapez un autre nom) :
sel-ask-units =
    { $mode ->
        [pay] Combien payez-vous à { $name } ? Par exemple 1h30, 45 min ou 90 (unités ; 60 unités = 1 heure).
       *[request] Combien demandez-vous à { $name } ? Par exemple 1h30, 45 min ou 90 (unités ; 60 unités = 1 heure).
    }
sel-ask-note = C'était pour quoi ? Écrivez une courte note, ou touchez « Passer ».
sel-confirm =
    { $mode ->
        [pay] Payer { $amount } à { $name } ?
       *[request] Demander { $amount } à { $name } ?
    }{ $has_note ->
        [no] {""}
       *[yes] {""}
            Note : { $note }
    }
    { $mode ->
        [pay] Votre solde ensuite : { $after }
       *[request] Votre solde une fois la demande payée : { $after }
    }
sel-confirm-button =
    { $mode ->
        [pay] ✅ Payer
       *[request] ✅ Envoyer la demande
    }
sel-cancel-button = Annuler
sel-already-done = C'était déjà fait ; rien de plus ne s'est passé.
sel-cancel-already-paid = Ce paiement est déjà fait ; il ne peut plus être annulé ici. Pour le corriger, contactez l'école : un·e administrateur·rice peut l'annuler.
sel-cancel-already-asked = Cette demande est déjà envoyée. Pour la reprendre, appuyez sur ↩️ Retirer (ici, ou sous /balance) tant qu'elle n'a pas reçu de réponse.
sel-paid = ✅ Vous avez payé { $amount } à { $name }. Votre solde : { $balance }.
sel-paid-notice = 💰 { $name } vous a payé { $amount }.{ $has_note ->
        [no] {""}
       *[yes] {" "}Note : { $note }.
    } Votre solde : { $balance }.
sel-request-notice = 🙋 { $name } vous demande { $amount }.{ $has_note ->
        [no] {""}
       *[yes] {" "}Note : { $note }.
    }
sel-accept-button = ✅ Payer
sel-decline-button = ❌ Refuser
sel-request-sent = ✅ Votre demande de { $amount } a été envoyée à { $name }. Je vous transmettrai sa réponse.
sel-request-answer-notice =
    { $status ->
        [accepted] ✅ { $name } a payé votre demande de { $amount }. Votre solde : { $balance }.
       *[declined] ❌ { $name } a refusé votre demande de { $amount }.
    }
# Jusqu'en 2026-11, sans le solde (pour les avis déjà en file).
sel-request-answered =
    { $status ->
        [accepted] ✅ { $name } a payé votre demande de { $amount }.
       *[declined] ❌ { $name } a refusé votre demande de { $amount }.
    }
sel-request-decided =
    { $status ->
        [accepted] ✅ Vous avez payé { $amount } à { $name }. Votre solde : { $balance }.
       *[declined] Vous avez refusé la demande de { $amount } de { $name }.
    }
sel-request-expired-notice = ⌛ Votre demande de { $amount } à { $name } a expiré après 14 jours sans réponse.
sel-reversed = ✅ Échange de { $amount } annulé. Motif : { $reason }
sel-reversal-notice = ↩️ Un échange a été corrigé par l'école : { $amount }. Motif : { $reason }. Votre solde : { $balance }.
sel-reverse-usage = Envoyez /reverse suivi du code de l'échange (voir /history) et d'un motif, par exemple : /reverse a1b2c3d4 payé deux fois par erreur

sel-limits-ask-who = De qui voulez-vous changer les limites SEL ? Tapez une partie de son nom.
sel-limits-ask-values = { $name } : solde { $balance }, limites de { $low } à { $high }. Tapez les nouvelles limites basse et haute, par ex. -600 900.
sel-limits-usage = Tapez deux nombres entiers : la limite basse (0 ou moins) et la limite haute (0 ou plus), par ex. -600 900.
sel-limits-set = ✅ { $name } peut maintenant aller de { $low } à { $high }.
sel-limits-notice = ℹ️ L'école a modifié vos limites SEL : de { $low } à { $high }.

sel-amount-invalid = Je n'ai pas compris ce montant. Tapez par exemple 1h30, 45 min ou 90 (un nombre entier d'unités, plus grand que 0).
sel-amount-too-large = C'est plus de { $max } heures d'un coup. Vérifiez le montant.
sel-note-too-long = La note doit faire moins de { $max } caractères.
sel-pay-self = Vous ne pouvez ni vous payer vous-même ni vous demander des unités.
sel-transfer-id-reused = Ce bouton appartient à un autre échange. Rien n'a été modifié ; recommencez.
sel-member-not-found = Cette personne n'est pas un membre actif de votre école.
sel-over-limit-payer = Impossible : votre solde est de { $balance } et ne peut pas descendre sous { $limit }. Vous pouvez payer au maximum { $available }.
sel-over-limit-payee = Impossible : l'autre membre ne peut pas recevoir autant d'unités pour le moment. Rien n'a été payé.
sel-reverse-reason-required = Indiquez le motif de la correction.
sel-transfer-not-found = Je ne trouve aucun échange avec ce code dans votre école.
sel-transfer-code-ambiguous = Plusieurs échanges de votre école ont un code qui commence par { $code }. Envoyez une plus grande partie de son code : le code complet figure dans l'adresse de sa page dans le panneau web (/panel, Échanges), où vous pouvez aussi l'annuler.
sel-reverse-reversal = Une correction ne peut pas être annulée à son tour ; faites plutôt un nouveau paiement.
sel-already-reversed = Cet échange a déjà été annulé.
sel-reverse-over-limit = Annulation impossible : le solde de { $name }, { $balance }, passerait { $side ->
        [below] sous sa limite basse, { $limit }
       *[above] au-dessus de sa limite haute, { $limit }
    }. Rien n'a été modifié ; pour corriger quand même, changez d'abord ses limites.
sel-limits-invalid = La limite basse doit être comprise entre { $lowest } et 0, la limite haute entre 0 et { $highest }.
sel-limits-below-balance = Le solde, { $balance }, est en dehors de ces limites ; choisissez des limites qui l'incluent.
sel-request-not-found = Cette demande n'existe pas ou ne vous est pas adressée.
sel-request-accepted = Vous avez déjà payé cette demande.
sel-request-declined = Vous avez déjà refusé cette demande.
sel-request-expired = Cette demande a expiré.

sel-pay-at-limit = Votre solde est de { $balance } et votre limite basse de { $limit } : vous ne pouvez payer personne avant d'avoir reçu des unités. Proposez un service avec /offers, ou demandez des unités avec /request.
sel-request-at-limit = Votre solde est de { $balance } et votre limite haute de { $limit } : vous ne pouvez pas recevoir plus d'unités pour l'instant. Dépensez-en d'abord : voyez les offres avec /offers, ou payez quelqu'un avec /pay.
sel-over-limit-requester = Impossible : votre solde est de { $balance } et ne peut pas dépasser { $limit }. Vous pouvez demander au maximum { $available }.

## Retirer une demande envoyée, avant sa réponse.
sel-withdraw-button = ↩️ Retirer
sel-request-mine = 🕓 Vous avez demandé { $amount } à { $name } : pas encore de réponse.{ $has_note ->
        [no] {""}
       *[yes] {" "}Note : { $note }.
    }
sel-request-withdrawn-done = ↩️ Votre demande de { $amount } à { $name } est retirée : elle ne peut plus être payée.
sel-request-withdrawn-notice = ↩️ { $name } a retiré sa demande de { $amount } : vous n'avez rien à payer.
sel-request-withdrawn = Cette demande a été retirée par la personne qui l'a envoyée : il n'y a rien à payer.
sel-withdraw-too-late = { $status ->
        [accepted] Trop tard pour la retirer : cette demande a été payée. Pour rendre des unités, utilisez /pay.
        [declined] Cette demande a déjà été refusée : il n'y a rien à retirer.
        [expired] Cette demande a expiré : il n'y a rien à retirer.
       *[withdrawn] Vous avez déjà retiré cette demande.
    }

## Changing the amount at the confirmation (✏️ Amount), the person and the note kept.
sel-amount-button = ✏️ Montant
sel-ask-new-units =
    { $mode ->
        [pay] Combien payez-vous à { $name } au lieu de { $amount } ? Par exemple 1h30, 45 min ou 90. Le reste ne change pas.
       *[request] Combien demandez-vous à { $name } au lieu de { $amount } ? Par exemple 1h30, 45 min ou 90. Le reste ne change pas.
    }
sel-amount-already-asked = J'attends le nouveau montant : tapez-le (par exemple 1h30, 45 min ou 90), ou envoyez /cancel pour arrêter. Rien n'a changé.
sel-amount-too-late =
    { $kind ->
        [paid] Ce paiement est déjà fait : son montant ne peut plus être changé. Pour le corriger, contactez l'école : un·e administrateur·rice peut l'annuler.
       *[asked] Cette demande est déjà envoyée : son montant ne peut plus être changé. Vous pouvez la retirer sous /balance et redemander.
    }
