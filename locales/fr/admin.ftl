# The web panel

admin-title = panneau d'administration
admin-nav = Menu principal
admin-dashboard = Tableau de bord
admin-members = Membres
admin-logout = Se déconnecter
admin-login = Se connecter
admin-login-name = Identifiant (e-mail)
admin-password = Mot de passe
admin-login-failed = Identifiant ou mot de passe incorrect.
admin-login-throttled = Trop d'essais depuis ici. Attendez un quart d'heure, ou connectez-vous depuis un autre réseau.
admin-figure-families = familles actives
admin-figure-transfers = échanges SEL ces 30 derniers jours
admin-attention = À traiter
admin-figure-pending = { $count ->
        [one] 1 inscription à approuver
       *[other] { $count } inscriptions à approuver
    }
admin-figure-failed = { $count ->
        [one] 1 message non remis
       *[other] { $count } messages non remis
    }
admin-search = Rechercher
admin-name = Nom
admin-status = Statut
admin-approve = Approuver
admin-reject = Refuser
admin-decided = C'est fait : { $name }.
admin-pages = Pages
admin-not-found = Introuvable.
admin-status-pending = en attente d'approbation
admin-status-active = actif·ve
admin-status-rejected = refusé·e
admin-status-deactivated = désactivé·e
admin-member-not-found = Aucun membre avec cet identifiant.
admin-not-an-admin = Ce membre n'est pas administrateur·rice de son école.
admin-password-too-short = Le mot de passe doit compter au moins { $min } caractères.
admin-chart-transfers = Échanges SEL par mois
admin-chart-transfers-count = échanges
admin-chart-transfers-hours = heures échangées
admin-chart-messages = Messages remis par jour
admin-chart-messages-count = messages
