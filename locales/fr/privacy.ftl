## Vie privée (RGPD) : la notice, une copie de mes données, l'effacement de mes données.

privacy-notice =
    🔒 Vie privée (version { $version })

    Ce qui est enregistré : votre nom, votre langue, vos coordonnées si vous les avez données, le prénom et la classe de vos enfants, les messageries depuis lesquelles vous utilisez SchoolHub, et ce que vous y faites : échanges et annonces du SEL, réponses aux événements, achats groupés et paiements, annonces que vous avez envoyées aux familles.

    Pourquoi : uniquement pour faire vivre la communauté de l'école — vous joindre, les événements, les achats groupés, le SEL. Rien n'est vendu ni partagé hors de l'école ; les paiements passent par Mollie.

    Qui le voit : les administrateur·rice·s de l'école ; les délégué·e·s de votre classe voient votre nom et les prénoms de vos enfants de leur classe et, pour ce qu'ils organisent ou vous envoient (événements, achats groupés, annonces), votre réponse, votre commande et si vous l'avez lue ; le parent avec qui vous partagez vos enfants (/family) voit aussi vos réponses aux événements et vos achats groupés ; les autres parents ne voient que votre nom (et votre numéro si vous choisissez de le partager en les contactant).

    Combien de temps : tant que vous êtes membre. Les journaux techniques des messages sont effacés après { $days } jours.

    Agenda : si vous en demandez un avec /calendar, un lien secret montre vos événements et les réponses de votre famille à votre application d'agenda. Quiconque a le lien peut le lire : ne le partagez avec personne ; 🔄 Nouveau lien le remplace, et /forgetme le supprime.

    Vos droits : /mydata vous envoie une copie de tout (un fichier JSON) ; /forgetme efface vos données. Pour toute question, ou pour corriger quelque chose, contactez les administrateur·rice·s de l'école.
privacy-export-caption = 📦 Vos données, dans un fichier lisible par tout ordinateur (JSON).
privacy-summary =
    📦 Vos données à { $school } ({ $name }) :
    • profil : nom, langue, { $contact } coordonnée(s)
    • enfants : { $children }
    • messageries : { $apps }
    • SEL : solde { $balance } { $balance ->
        [one] unité
       *[other] unités
    }, { $transfers } échange(s), { $requests } demande(s), { $posts } offre(s) ou recherche(s), { $follows } alerte(s) de catégorie
    • événements : { $answers } réponse(s), { $volunteering } créneau(x) de bénévolat
    • achats groupés : { $lines } ligne(s), { $payments } paiement(s)
    • annonces écrites : { $announcements }
    • réponses privées à des annonces : { $replies }
    • messages envoyés par SchoolHub : { $messages }
    Tout est dans le fichier ci-dessus.
privacy-forget-ask =
    ⚠️ Effacer vos données ?
    Votre nom devient un pseudonyme ; vos coordonnées, vos enfants, vos annonces et les textes que vous avez écrits sont effacés, et SchoolHub ne vous connaîtra plus dans aucune messagerie. Vos échanges SEL restent dans les comptes de l'école (les montants, sans votre nom), pour que le solde de chacun reste juste.
    C'est définitif : pour revenir, il faudrait vous réinscrire avec une invitation.
privacy-forget-warn-balance = • Votre solde SEL est de { $amount } : il reste tel quel dans les comptes.
privacy-forget-warn-open-orders = • Vous participez à { $count } achat(s) groupé(s) ouvert(s) : vous les quitterez.
privacy-forget-warn-unpaid = • { $count } achat(s) groupé(s) confirmé(s) ne sont pas encore payés : le lien de paiement reçu reste valable, merci de payer avant.
privacy-forget-yes = Oui, continuer
privacy-forget-cancel = Annuler
privacy-forget-word = EFFACER
privacy-forget-really = Vraiment ? Pour tout effacer, tapez { $word } ou touchez le bouton rouge.
privacy-forget-red = 🔴 Tout effacer
privacy-forget-wrong-word = Rien n'a été effacé. Pour tout effacer, tapez exactement { $word }, ou touchez Annuler.
privacy-forget-already-asked = Je vous l'ai déjà demandé : tapez { $word } ou touchez le bouton rouge pour tout effacer, ou Annuler.
privacy-forget-cancelled = Rien n'a été effacé. Envoyez /menu pour voir ce que vous pouvez faire.
privacy-forget-stale = Cette confirmation n'est plus valable ; rien n'a été effacé. Envoyez /forgetme pour recommencer.
privacy-forget-gone = Vos données ont été effacées. Pour utiliser à nouveau SchoolHub, envoyez un code d'invitation de l'école.
privacy-forget-done = 👋 Vos données ont été effacées. Merci d'avoir fait vivre la communauté de l'école, au revoir !
privacy-last-admin = Vous êtes le ou la seul·e administrateur·rice de l'école : donnez d'abord ce rôle à quelqu'un d'autre (avec une invitation admin), puis renvoyez /forgetme. Rien n'a été effacé.
privacy-not-found = Il n'y a rien à effacer : ce membre n'existe pas ou a déjà été effacé.
help-privacy =
    /privacy – ce que SchoolHub enregistre sur vous, et pourquoi
    /mydata – une copie de toutes vos données
    /forgetme – effacer vos données
command-privacy = Vie privée
command-mydata = Une copie de mes données
command-forgetme = Effacer mes données
admin-status-erased = effacé (RGPD)
