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
admin-figure-families = { $count ->
        [one] famille active
       *[other] familles actives
    }
admin-figure-transfers = { $count ->
        [one] échange SEL ces 30 derniers jours
       *[other] échanges SEL ces 30 derniers jours
    }
admin-attention = À traiter
admin-figure-pending = { $count ->
        [one] { $count } inscription à approuver
       *[other] { $count } inscriptions à approuver
    }
admin-figure-failed = { $count ->
        [one] { $count } message non remis
       *[other] { $count } messages non remis
    }
admin-search = Rechercher
admin-name = Nom
admin-status = Statut
admin-approve = Approuver
admin-reject = Refuser
admin-reject-ellipsis = Refuser…
admin-reject-confirm = Oui : refuser l'inscription de { $name }. La personne en est prévenue dans le chat ; c'est définitif.
admin-member-done = { $done ->
        [approved] ✅ Inscription de { $name } acceptée ; la personne est prévenue dans le chat.
        [rejected] Inscription de { $name } refusée ; la personne est prévenue dans le chat.
        [granted] ✅ Rôle donné à { $name }.
        [revoked] Rôle retiré à { $name }.
        [active] ✅ Le compte de { $name } est réactivé.
        [deactivated] Le compte de { $name } est désactivé : plus d'accès aux fonctions du bot.
        [erased] Les données personnelles du membre sont effacées ; son compte SEL reste, anonyme.
       *[other] Enregistré.
    }
admin-member-unscheduled = { $count ->
        [one] Son annonce programmée est arrêtée : redevenue un brouillon, elle ne partira pas.
       *[other] Ses { $count } annonces programmées sont arrêtées : redevenues des brouillons, elles ne partiront pas.
    }
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
admin-back = Retour
admin-pending-help = Ce parent attend votre approbation.
admin-all = Tous
admin-joined = Inscrit le
admin-actions = Actions
admin-nothing = Rien pour l'instant.
# A search (a name, a child, a class) that found nobody.
admin-no-result = Aucun résultat pour « { $query } »
admin-members-found = { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    }
admin-members-csv = Télécharger cette liste (CSV)
admin-members-csv-column = { $column ->
        [last-name] nom
        [first-name] prénom
        [children] enfants
        [phone] téléphone
        [email] e-mail
        [language] langue
        [status] statut
       *[joined] inscrit le
    }
admin-previous = Précédent
admin-next = Suivant
admin-saved = Enregistré.
admin-phone = Téléphone
admin-email = E-mail
admin-language = Langue
admin-sel-balance = Solde SEL
admin-children = Enfants
admin-other-parents = Autre parent de ces enfants
admin-identities = Messageries
admin-unreachable = injoignable
admin-channel-telegram = Telegram
admin-channel-whatsapp = WhatsApp
admin-channel-console = Console locale (essais et démo)
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
admin-role-active-only = Seul un membre actif peut recevoir un rôle.
admin-classes = Classes
admin-sel = SEL
admin-events = Événements
admin-announcements = Annonces
admin-orders = Commandes
admin-settings = Réglages
admin-skip = Aller au contenu
admin-school-year = Année scolaire
admin-show = Afficher
admin-classes-of = Classes { $year }
admin-class = Classe
admin-reps = Délégués
admin-invites = Codes d'invitation
admin-invite-sheet = Feuille à imprimer avec QR codes
admin-invite-per-class = Créer un code parent par classe
admin-code = Code
admin-expires = Expire le
admin-uses = Utilisé
admin-invite-revoked = révoqué
admin-invite-usable = utilisable
admin-invite-spent = expiré ou épuisé
admin-invite-revoke-ellipsis = Révoquer…
admin-invite-revoke = Révoquer le code
admin-invite-revoke-title = Révoquer le code { $code } ?
admin-invite-revoke-explain = Plus personne ne pourra s'inscrire avec ce code : chaque feuille imprimée, QR code et lien qui le porte cesse aussitôt de fonctionner. Ceux qui se sont déjà inscrits avec lui restent membres. C'est définitif.
admin-invite-revoke-confirm = Oui : révoquer le code { $code }.
admin-invite-revoked-done = Code { $code } révoqué : il ne fonctionne plus.
admin-invite-already-revoked = Le code { $code } est déjà révoqué : rien n'a changé.
admin-invite-new = Nouveau code d'invitation
admin-invite-days = Valable (jours)
admin-invite-uses = Utilisations maximum
admin-invite-uses-help = Laisser vide pour ne pas limiter.
admin-invite-create = Créer le code
admin-invite-done = Code { $code } enregistré.
admin-invite-role-invalid = Choisissez parent, délégué ou administrateur.
admin-invite-days-invalid = Entre 1 et 365 jours.
admin-invite-uses-invalid = Entre 1 et 1000, ou vide.
admin-invite-print = Imprimez cette page (Ctrl+P) : une carte par code.
admin-whole-school = Toute l'école
admin-invite-how = Scannez avec votre GSM, ou envoyez ce code au bot de l'école :
admin-qr-for = QR code pour { $app }, code { $code }
admin-invite-none = Aucun code parent utilisable. Créez-en un sur la page des classes.
admin-save = Enregistrer
admin-settings-name = Nom de l'école
admin-settings-locale = Langue par défaut
admin-locale-fr = Français
admin-locale-nl = Nederlands
admin-locale-en = English
admin-settings-approval = Les nouveaux parents attendent l'accord d'un administrateur
admin-settings-quiet = Heures calmes
admin-settings-quiet-help = Entre ces heures, aucun rappel ni aucune nouvelle n'est envoyé (sauf les messages urgents). La même heure deux fois : pas d'heures calmes.
admin-settings-quiet-start = De (HH:MM)
admin-settings-quiet-end = À (HH:MM)
admin-settings-reminders = Rappels d'événements (heures avant)
admin-settings-reminders-help = Séparées par des virgules, p. ex. 24, 2 — au plus { $most } heures.
admin-settings-modules = Ce que le bot propose
admin-module-sel = SEL (banque de temps)
admin-module-events = Événements
admin-module-orders = Achats groupés
admin-module-announcements = Annonces
settings-name-invalid = Donnez un nom à l'école (200 caractères au plus).
settings-locale-invalid = Choisissez français, néerlandais ou anglais.
settings-time-invalid = Une heure comme 21:00.
settings-reminders-invalid = Des nombres entiers d'heures entre 1 et { $most }, séparés par des virgules.
settings-module-invalid = Module inconnu.
admin-privacy = Données personnelles (RGPD)
admin-export = Télécharger tout ce qui concerne ce membre (JSON)
admin-erase = Effacer les données personnelles de ce membre
admin-erase-title = Effacer { $name } ?
admin-erase-explain = Noms, coordonnées, messageries, enfants et tous les textes écrits sont effacés pour de bon. Le compte SEL et ses échanges restent, sous un pseudonyme, pour que chaque solde reste juste. Les places aux événements à venir et dans les commandes ouvertes sont rendues.
admin-erase-balance = Solde SEL : { $balance } { $balance ->
        [one] unité
       *[other] unités
    } (il reste dans les comptes).
admin-erase-open-orders = { $count ->
        [one] Il ou elle quitte { $count } achat groupé ouvert.
       *[other] Il ou elle quitte { $count } achats groupés ouverts.
    }
admin-erase-unpaid = { $count ->
        [one] { $count } commande confirmée n'est pas encore payée : le paiement reste dû.
       *[other] { $count } commandes confirmées ne sont pas encore payées : les paiements restent dus.
    }
admin-erase-confirm = J'ai vérifié : effacer les données personnelles de { $name }. C'est irréversible.
admin-confirm-missing = Cochez la case pour confirmer.
admin-form-expired = Ce formulaire n'est plus valable (vous vous êtes peut-être reconnecté·e dans un autre onglet) : rien n'a été modifié. Rechargez la page et recommencez.
admin-figure-unpaid = { $count ->
        [one] { $count } famille doit encore payer un achat groupé
       *[other] { $count } familles doivent encore payer un achat groupé
    }
admin-link-ask = Ouvrir le panneau en tant que { $name } ? Ce lien ne sert qu'une fois.
admin-link-enter = Ouvrir le panneau
admin-link-invalid = Ce lien a expiré ou a déjà servi. Envoyez /panel au bot pour en recevoir un nouveau.
admin-year-title = Nouvelle année scolaire
admin-year-explain = Commencer { $year } crée les classes de l'année et fait monter chaque enfant d'une classe (M3 → P1, P5 → P6) ; les enfants qui quittent la P6 sont retirés, et chaque famille est prévenue. Les délégués, les groupes de classe, les événements à venir et les commandes ouvertes suivent leurs familles (chaque délégué est prévenu de sa nouvelle classe ; ceux de P6 ne sont plus délégués) ; les codes d'invitation restent à leur niveau de classe. Les enfants dont la famille a indiqué la classe à partir du 15 juillet (celle de septembre, demandée avec l'année) restent dans cette classe.
admin-year-confirm = Oui : commencer l'année scolaire { $year } maintenant.
admin-year-start = Commencer { $year }
admin-year-not-yet = Possible à partir du 15 juillet { $from }.
admin-year-done = L'année scolaire { $year } a commencé : { $moved ->
        [one] { $moved } enfant est monté
       *[other] { $moved } enfants sont montés
    } d'une classe, { $left ->
        [one] { $left } a terminé
       *[other] { $left } ont terminé
    } l'école primaire.
admin-year-done-placed = { $placed ->
        [one] { $placed } enfant reste dans la classe indiquée par sa famille pour { $year }.
       *[other] { $placed } enfants restent dans la classe indiquée par leur famille pour { $year }.
    }
