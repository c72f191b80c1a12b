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
admin-refused = Pas effectué
admin-all = Tous
admin-joined = Inscrit le
admin-actions = Actions
admin-nothing = Rien pour l'instant.
admin-previous = Précédent
admin-next = Suivant
admin-saved = Enregistré.
admin-phone = Téléphone
admin-email = E-mail
admin-language = Langue
admin-sel-balance = Solde SEL
admin-children = Enfants
admin-identities = Messageries
admin-unreachable = injoignable
admin-roles = Rôles
admin-role = Rôle
admin-role-parent = Parent
admin-role-class_rep = Délégué de classe
admin-role-admin = Administrateur
admin-revoke = Retirer
admin-class-for-rep = Classe (pour un délégué)
admin-grant = Donner le rôle
admin-standing = Compte
admin-deactivate-help = Un membre désactivé ne peut plus utiliser le bot ; son historique reste.
admin-deactivate = Désactiver
admin-activate = Réactiver
admin-last-admin = L'école a d'abord besoin d'un autre administrateur actif.
admin-role-class-missing = Choisissez la classe que ce délégué représente.
admin-classes = Classes
admin-sel = SEL
admin-events = Événements
admin-announcements = Annonces
admin-orders = Commandes
admin-settings = Réglages
admin-skip = Aller au contenu
