linking-code =
    🔗 Votre code : { $code }
    Dans votre autre messagerie (WhatsApp ou Telegram), envoyez à SchoolHub : /link { $code }
    Il fonctionne une fois, dans les { $minutes } minutes.
linking-done = ✅ C'est relié ! { $name }, vous pouvez maintenant utiliser SchoolHub ici aussi : même profil, mêmes enfants et unités.
linking-code-invalid = Ce code de liaison est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau avec /link dans l'application où vous êtes inscrit·e.
linking-already-registered = Cette conversation est déjà inscrite à SchoolHub.

## Partager ses enfants avec leur autre parent (/family).
family-share = 👥 L'autre parent
family-code =
    👥 Code pour l'autre parent de { $children } : { $code }
    Cette personne l'envoie à SchoolHub (Telegram ou WhatsApp) : /family { $code }
    Pas encore inscrite ? Le même message l'inscrit à l'école.
    Vous verrez et gérerez tous les deux les mêmes enfants ; chacun garde son nom, ses messages et ses unités. Le code fonctionne une fois, pendant { $days } jours.
family-shared-with = 👥 Partagé avec : { $names }
family-joined =
    ✅ { $name } et vous partagez maintenant { $count ->
        [one] votre enfant : { $children }.
       *[other] vos enfants : { $children }.
    }{ $merged ->
        [0] {""}
       *[other] {" "}Les enfants que vous aviez inscrits tous les deux n'apparaissent plus qu'une fois.
    }
family-joined-notice = 👥 { $name } a utilisé votre code famille : vous partagez maintenant { $children }.
family-code-invalid = Ce code famille est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau à l'autre parent : il ou elle envoie /family dans son chat.
family-code-own = C'est votre propre code famille : donnez-le à l'autre parent de vos enfants, qui l'envoie avec /family.
family-no-children = Ajoutez d'abord vos enfants (/children), puis partagez-les.
family-code-not-for-link = Ce code est un code famille d'un autre parent : envoyez /family { $code } pour vous inscrire avec lui.
