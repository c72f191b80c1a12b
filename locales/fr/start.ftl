## Inscription et approbation.

start-ask-code = Bienvenue sur SchoolHub ! 👋 Envoyez-moi le code d'invitation reçu de l'école.
start-stranger-welcome =
    Bonjour ! 👋 Je suis SchoolHub, l'assistant de l'école pour les familles : événements, achats groupés, banque de temps des parents (SEL) et messages de l'école.
    Pour vous inscrire, envoyez-moi ici le code d'invitation que l'école vous a donné (8 lettres et chiffres).
    Déjà inscrit·e dans l'autre application (Telegram ou WhatsApp) ? Envoyez-y /link, puis envoyez-moi ici le code reçu.
start-code-unknown = Je ne connais pas ce code d'invitation. Vérifiez-le et renvoyez-le.
start-code-expired = Ce code d'invitation a expiré. Demandez-en un nouveau à l'école.
start-code-used-up = Ce code d'invitation a déjà été utilisé autant de fois que permis. Demandez-en un nouveau à l'école.
start-code-other-school = Ce code d'invitation appartient à une autre école.
start-welcome = Bienvenue à { $school } ! 👋 Quelle langue préférez-vous ?
start-ask-first-name = Quel est votre prénom ?
start-ask-last-name = Et votre nom de famille ?
start-ask-contact = Souhaitez-vous laisser un numéro de téléphone ou une adresse e-mail, pour que les autres parents puissent vous joindre ? Envoyez-le, ou touchez « Passer ».
start-skip = Passer
start-privacy =
    Vie privée : la communauté des parents de l'école conserve votre nom, vos coordonnées (si vous les donnez) ainsi que le prénom et la classe de vos enfants, uniquement pour organiser la vie de l'école. Seul·e·s les administrateur·rice·s de l'école voient l'ensemble. Vous pouvez consulter ou effacer vos données à tout moment.
    Êtes-vous d'accord ?
start-consent-yes = ✅ J'accepte
start-consent-no = Je refuse
start-consent-refused = Sans votre accord, je ne peux pas vous inscrire. Rien n'a été enregistré. Si vous changez d'avis, envoyez /start { $code }
start-consent-required = Votre accord sur la notice de confidentialité est nécessaire pour vous inscrire.
start-ask-child-name =
    { $first ->
        [yes] Quel est le prénom de votre enfant ?
       *[no] Quel est le prénom de votre enfant suivant ?
    }
start-no-children = Je n'ai pas d'enfant
start-ask-child-class = Dans quelle classe est { $child } ?
start-ask-child-class-next = { $september ->
        [yes] Dans quelle classe est { $child } depuis septembre (année scolaire { $year }) ?
       *[no] Dans quelle classe sera { $child } en septembre (année scolaire { $year }) ?
    }
start-family-children = 👥 { $parent } partage { $children } avec vous : vous les verrez et les gérerez ensemble. Un autre de vos enfants va-t-il dans cette école ?
start-child-added = { $child } ({ $klass }) ajouté·e.
start-add-another-child = ➕ Un autre enfant
start-children-done = Continuer
start-tap-a-button = Touchez l'un des boutons ci-dessous (ou envoyez /cancel pour arrêter).
start-menu-after-registration = Le menu et l'aide arrivent dès que vous êtes inscrit·e : encore quelques questions d'abord. Pour arrêter, envoyez /cancel.
start-children-required = Ajoutez au moins un enfant.
start-summary =
    Vérifiez vos informations :
    Nom : { $name }
    Téléphone : { $phone }
    E-mail : { $email }
    Enfants :
    { $children }
start-summary-child = • { $child } – { $klass }
start-confirm = ✅ Confirmer
start-restart = Recommencer
start-done = Bienvenue, { $name } ! 🎉 Vous êtes inscrit·e. Voici le menu principal.
start-pending = Merci ! Votre inscription a été envoyée à l'école pour approbation. Je vous tiens au courant.
start-approved = Bonne nouvelle : l'école a approuvé votre inscription ! 🎉 Par quoi voulez-vous commencer ?
start-rejected = Désolé, l'école n'a pas approuvé votre inscription. Contactez l'école si vous pensez qu'il s'agit d'une erreur.
start-welcome-back = Bon retour, { $name } !
start-already-registered = Vous êtes déjà inscrit·e. Envoyez /menu pour voir ce que vous pouvez faire.
start-role-granted =
    { $role ->
        [admin] Vous êtes maintenant administrateur·rice de votre école.
        [class_rep] Vous êtes maintenant délégué·e de classe.
       *[other] Votre rôle a été mis à jour.
    }

approval-request = Nouvelle inscription en attente de votre approbation : { $name }
approval-approve = ✅ Approuver
approval-reject = ❌ Refuser
approval-approved = ✅ { $name } a été approuvé·e.
approval-rejected = ❌ { $name } a été refusé·e.
approval-already-decided =
    { $status ->
        [active] { $name } a déjà été approuvé·e.
        [rejected] { $name } a déjà été refusé·e.
       *[other] L'inscription de { $name } a déjà été traitée.
    }
approval-too-many-children = ⚠️ Impossible d'approuver { $name } : avec les enfants de { $other }, leur famille compterait { $count } enfants, alors qu'une famille en a au plus { $max }. Rien n'a été modifié. { $other } peut retirer un enfant (/children) ; approuvez ensuite à nouveau, ou refusez l'inscription.
approval-not-found = Cette inscription n'existe pas dans votre école.
approval-none-pending = Aucune inscription n'attend d'approbation.
invite-role-invalid = Rôle inconnu pour une invitation.
invite-rep-needs-class = Une invitation de délégué·e de classe doit préciser une classe.
invite-year-over = L'année scolaire { $year } est terminée : de nouveaux codes d'invitation pourront être créés quand l'école aura commencé { $next } dans son panneau web.
start-registered-elsewhere = Ce numéro est déjà inscrit à { $school } depuis votre autre application de chat. Pour utiliser le même compte ici (vos enfants, unités et réponses), envoyez /link là-bas, puis envoyez ici le code reçu. Ne vous inscrivez à nouveau que si vous êtes une autre personne.
start-same-name = Une personne nommée { $name } est déjà inscrite à { $school }. Si c'est vous, depuis une autre application de chat, ne vous inscrivez pas deux fois : envoyez /link dans l'application que vous utilisez déjà, puis envoyez-moi ici le code reçu (vous gardez vos enfants, unités et réponses). Si vous êtes une autre personne du même nom, continuez simplement.
