# Le panneau web : comptes SEL, limites et échanges

admin-sel-accounts = Comptes et soldes
admin-sel-member = Membre
admin-sel-balance-col = Solde
admin-sel-given = Donné
admin-sel-received = Reçu
admin-sel-limits = Limites
admin-sel-overridden = fixées à la main
admin-sel-school-limits = Les limites de l'école
admin-sel-school-limits-help = Les nouveaux comptes s'ouvrent avec ces limites et ce solde d'ouverture. Les comptes dont les limites ont été fixées à la main les gardent. Les autres suivent les nouvelles limites, sauf un compte dont le solde est en dehors : il garde ses anciennes limites jusqu'à un changement qui inclut son solde.
admin-sel-behind = { $count ->
        [one] { $count } compte garde d'anciennes limites : son solde était hors des limites de l'école quand elles ont changé.
       *[other] { $count } comptes gardent d'anciennes limites : leur solde était hors des limites de l'école quand elles ont changé.
    }
admin-sel-min = Limite basse (unités)
admin-sel-max = Limite haute (unités)
admin-sel-opening = Solde d'ouverture (unités)
admin-sel-save = Enregistrer
admin-sel-limits-saved = Limites enregistrées.
admin-sel-whole-number = Tapez un nombre entier d'unités, par exemple -300.
admin-sel-min-invalid = La limite basse doit être entre { $bound } et 0.
admin-sel-max-invalid = La limite haute doit être entre 0 et { $bound }.
admin-sel-opening-invalid = Le solde d'ouverture doit être entre 0 et la limite haute, { $max }.
admin-sel-account = Compte SEL de { $name }
admin-sel-account-not-found = Aucun compte SEL avec ce numéro dans votre école.
admin-sel-account-limits = Les limites de ce compte
admin-sel-account-limits-help = Les limites fixées ici restent quand l'école change les siennes. Le membre est prévenu.
admin-sel-see-transfers = Voir les échanges de ce compte
admin-sel-transfers = Échanges
admin-sel-transfer = Échange { $code }
admin-sel-date = Date
admin-sel-code = Code
admin-sel-kind-label = Type
admin-sel-kind = { $kind ->
        [opening] solde d'ouverture
        [payment] paiement
        [request] demande payée
        [reversal] correction
       *[other] { $kind }
    }
admin-sel-payer = De
admin-sel-payee = À
admin-sel-units = Unités
admin-sel-note = Note
admin-sel-school = l'école
admin-sel-filter-who = Nom du membre
admin-sel-since = Du (date)
admin-sel-until = Au (date)
admin-sel-min-units = Au moins (unités)
admin-sel-filter = Filtrer
admin-sel-clear = Effacer les filtres
admin-sel-account-only = Seulement le compte de { $name }.
admin-sel-date-invalid = Tapez une date comme 2026-11-21.
admin-sel-csv = Télécharger ces échanges (CSV)
# The transfers' CSV: its column heads.
admin-sel-csv-column = { $column ->
        [date] date
        [transfer] échange
        [kind] type
        [from] de
        [to] à
        [units] unités
        [hours] heures
        [note] note
       *[reverses] correction de
    }
admin-sel-reverse = Annuler
admin-sel-reason = Motif de la correction
admin-sel-reverse-help = Une correction est un nouvel échange en sens inverse, avec votre motif ; les deux membres sont prévenus. L'original reste dans l'historique.
admin-sel-reversed = L'échange est annulé ; les deux membres sont prévenus.
admin-sel-reversed-by = annulé
admin-sel-reversal-of = correction de { $code }
admin-sel-see-reversal = Voir la correction { $code }

# Le panneau web : offres et demandes du SEL, leurs signalements, retrait
admin-sel-posts = Offres et demandes
admin-sel-posts-help = Les offres et demandes des parents visibles ou en pause, les plus récentes d'abord. 🚩 indique combien de fois des parents ont signalé une annonce.
admin-sel-posts-reported-only = Signalées seulement
admin-sel-posts-reported-count = 🚩 { $count ->
        [one] { $count } signalée
       *[other] { $count } signalées
    }
admin-sel-post-posted = Publiée le
admin-sel-post-category = Catégorie
admin-sel-post-title = Titre
admin-sel-post-author = Auteur
admin-sel-post-ends = Fin
admin-sel-post-reports = Signalements
admin-sel-post-text = Texte
admin-sel-post-rate = Tarif (par heure)
admin-sel-post-status-removed = 🚫 Retirée par l'école
admin-sel-post-reason = Motif
admin-sel-post-reason-help = Son auteur le lira ; { $max } caractères au plus.
admin-sel-post-reporter = Signalée par
admin-sel-post-report-open = non écarté
admin-sel-post-report-dismissed = écarté le { $date }
admin-sel-post-dismiss = Écarter les signalements
admin-sel-post-dismiss-help = L'annonce reste telle quelle ; ses signalements ne comptent plus dans la liste.
admin-sel-post-dismissed = Les signalements sont écartés ; l'annonce reste.
admin-sel-post-remove = Retirer l'annonce
admin-sel-post-remove-help = L'annonce disparaît pour tous les parents, comme une annonce supprimée, définitivement. Son auteur est prévenu, avec votre motif, mais pas de qui l'a signalée.
admin-sel-post-remove-confirm = Oui, j'en suis sûr·e : retirer cette annonce
admin-sel-post-removed = L'annonce est retirée ; son auteur est prévenu.
admin-sel-post-not-found = Aucune offre ou demande portant ce numéro dans votre école.
admin-sel-post-reason-required = Indiquez un motif : l'auteur de l'annonce le lira.
admin-sel-post-reason-too-long = Le motif doit tenir en { $max } caractères au plus.
admin-sel-post-removed-already = Cette annonce est déjà retirée.
