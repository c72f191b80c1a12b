## Offres et demandes du SEL.

posts-kind-offer = 🤝 Offre
posts-kind-need = 🔎 Demande
posts-category-childcare = 👶 Garde d'enfants
posts-category-transport = 🚗 Transport
posts-category-homework = 📚 Devoirs
posts-category-cooking = 🍲 Cuisine
posts-category-repairs = 🔧 Réparations
posts-category-garden = 🌱 Jardin
posts-category-it = 💻 Informatique
posts-category-lending = 📦 Prêt d'objets
posts-category-other = ✨ Autre

posts-menu = 🤝 Offres et demandes des parents de l'école. Que souhaitez-vous faire ?
posts-new-offer = ➕ Je propose…
posts-new-need = ➕ Je cherche…
posts-browse-offers = 📚 Voir les offres
posts-browse-needs = 📚 Voir les demandes
posts-search = 🔍 Rechercher
posts-mine = 🗂 Mes annonces
posts-ask-category =
    { $kind ->
        [offer] Que proposez-vous ? Choisissez une catégorie.
       *[need] Que cherchez-vous ? Choisissez une catégorie.
    }
posts-ask-title = Un titre court ({ $max } caractères au maximum), par ex. « Aide aux devoirs de maths ».
posts-ask-description = Décrivez en quelques lignes : quand, où, tout ce qui est utile.
posts-ask-rate = Combien d'unités par heure ? Tapez un nombre (60 unités = 1 heure), ou touchez le bouton.
posts-rate-default = 60 unités par heure
posts-ask-lifetime = Combien de temps doit-elle rester visible ?
posts-lifetime =
    { $days ->
        [0] Sans date de fin
       *[other] { $days } jours
    }
posts-preview =
    Voici votre annonce :

    { $card }
posts-publish = ✅ Publier
posts-published = ✅ Publiée ! Les parents de l'école peuvent maintenant la voir.
posts-card =
    { $kind } · { $category }
    { $title }
    { $description }
    ⏱ { $rate } { $rate ->
        [one] unité
       *[other] unités
    } par heure · par { $author } · jusqu'au { $until }
posts-status =
    { $status ->
        [active] 🟢 Visible
        [paused] ⏸ En pause
        [ended] ⌛ Terminée : prolongez-la pour l'afficher à nouveau
       *[other] 🗑 Supprimée
    }
posts-edit-title = ✏️ Titre
posts-edit-description = ✏️ Description
posts-edit-rate = ✏️ Tarif
posts-ask-edit =
    { $field ->
        [title] Nouveau titre pour « { $title } » ?
        [description] Nouvelle description pour « { $title } » ?
       *[rate] Nouveau tarif pour « { $title } », en unités par heure ?
    }
posts-pause = ⏸ Mettre en pause
posts-resume = ▶ Rendre visible
posts-renew = 🔁 Prolonger de 90 jours
posts-delete = 🗑 Supprimer
posts-contact = ✉️ Contacter
posts-pay = 💸 Payer
posts-none-found = Rien pour l'instant.
posts-list = { $title } (page { $page } sur { $pages }) — touchez une annonce pour la voir :
posts-pick-category = Choisissez une catégorie :
posts-ask-search = Tapez quelques mots à rechercher (par ex. « vélo », « piano »).
posts-search-title = 🔍 « { $text } »
posts-status-changed =
    { $status ->
        [active] ✅ « { $title } » est de nouveau visible.
        [paused] ⏸ « { $title } » est en pause : personne ne la voit jusqu'à ce que vous la rendiez visible.
       *[other] 🗑 « { $title } » a été supprimée.
    }
posts-delete-confirm = Supprimer « { $title } » ?
posts-renewed = 🔁 « { $title } » reste visible jusqu'au { $until }.
posts-renewed-paused = 🔁 « { $title } » court maintenant jusqu'au { $until }, mais reste en pause : personne ne le voit tant que vous n'appuyez pas sur ▶ Rendre visible.
posts-ask-message = Écrivez votre message pour { $name } au sujet de « { $title } ». Je le transmettrai.
posts-message-invalid = Écrivez un message de 1 à { $max } caractères.
posts-confirm-message = L'envoyer ? Votre numéro de téléphone n'est partagé que si vous le choisissez.
posts-send = ✉️ Envoyer
posts-send-with-phone = ✉️ Avec mon numéro
posts-contact-message =
    ✉️ Message de { $name } au sujet de « { $title } » :
    { $text }{ $has_phone ->
        [no] {""}
       *[yes] {""}
            Téléphone : { $phone }
    }
# Jusqu'en 2026-11 : le même, avec « - » sans téléphone (pour les avis déjà en file).
posts-contact-notice =
    ✉️ Message de { $name } au sujet de « { $title } » :
    { $text }
    Téléphone : { $phone }
posts-reply = ✉️ Répondre
posts-message-sent = ✅ Votre message a été transmis à { $name }.
posts-rate-hint = (Son annonce indique { $rate } unités par heure.)
posts-expiry-reminder = ⏳ Votre annonce « { $title } » se termine dans moins d'une semaine. La garder visible ?

posts-title-invalid = Tapez un titre de 3 à { $max } caractères.
posts-description-invalid = Tapez une description de 1 à { $max } caractères.
posts-rate-invalid = Tapez un tarif entre 1 et { $max } unités par heure.
posts-search-too-short = Tapez au moins un mot de 2 lettres ou plus.
posts-not-found = Cette annonce n'est pas (ou plus) disponible.
posts-ask = 🙋 Se faire payer

## Suivre une catégorie : un avis pour chaque nouvelle offre ou demande.
posts-follow = 🔔 M'avertir
posts-unfollow = 🔕 Plus d'alertes
posts-my-follows = 🔔 Mes alertes
posts-followed = 🔔 C'est noté : je vous avertirai de chaque nouvelle offre ou demande dans { $category }. Pour arrêter, touchez le bouton ci-dessous ou voyez « 🔔 Mes alertes » dans /offers.
posts-unfollowed = 🔕 C'est noté : plus d'avis pour { $category }.
posts-follows-list =
    🔔 Vous êtes averti·e de chaque nouvelle offre ou demande dans :
    { $categories }
    Touchez une catégorie pour arrêter.
posts-follows-none = Vous ne suivez aucune catégorie. Ouvrez-en une dans « Voir les offres » ou « Voir les demandes » et touchez « 🔔 M'avertir ».
posts-unfollow-category = 🔕 { $category }
posts-followed-notice =
    { $kind ->
        [offer] 🔔 Nouvelle offre dans { $category } : « { $title } »
       *[need] 🔔 Nouvelle demande dans { $category } : « { $title } »
    }
posts-open = 👀 Voir

## Signaler une annonce aux administrateurs de l'école, qui peuvent la retirer.
posts-report = 🚩 Signaler
posts-report-confirm =
    🚩 Signaler cette annonce aux administrateurs de l'école ?
    « { $title } »
    Ils décident si elle reste. Son auteur ne saura pas qui l'a signalée.
posts-report-yes = 🚩 Signaler
posts-report-cancelled = Rien n'a été signalé.
posts-reported = 🚩 Merci : les administrateurs de l'école sont prévenus, et ils décident du sort de cette annonce.
posts-reported-already = Vous avez déjà signalé cette annonce : les administrateurs de l'école décident de son sort.
posts-report-own = Vous ne pouvez pas signaler votre propre annonce.
posts-report-family = Vous ne pouvez pas signaler une annonce de votre propre famille.
posts-reported-notice =
    🚩 { $kind ->
        [offer] Une offre
       *[need] Une demande
    } a été signalée : « { $title } » de { $author } ({ $count ->
        [one] { $count } signalement
       *[other] { $count } signalements
    }). Vous pouvez la retirer dans le panneau : SEL → Offres et demandes.
posts-removed-notice =
    🚫 Les administrateurs de l'école ont retiré votre { $kind ->
        [offer] offre
       *[need] demande
    } « { $title } ». Motif : { $reason }
posts-removed = « { $title } » a été retirée par les administrateurs de l'école : elle ne peut plus être modifiée.
