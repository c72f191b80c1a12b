## Textes communs : accès, erreurs, repli, classes, menus, commandes.

access-register-first = Vous n'êtes pas encore inscrit·e. Envoyez-moi le code d'invitation reçu de l'école (ou ouvrez son lien d'invitation).
access-pending = Votre inscription attend l'approbation de l'école. Je vous préviens dès que c'est fait.
access-inactive = Votre compte n'est pas actif. Veuillez contacter l'école.
module-off = Votre école a désactivé cette fonction pour l'instant.
access-admin-only = Seul·e un·e administrateur·rice de l'école peut faire cela.
error-unexpected = Désolé, un problème est survenu de mon côté. Rien n'a été modifié ; veuillez réessayer.
button-stale = Ce bouton n'est plus valable. Envoyez /menu pour recommencer.
button-stale-menu = Ce bouton n'est plus valable. Voici le menu :
cancel-done = Annulé.
cancel-done-menu = Annulé. Voici le menu principal.
dialog-help = Vous êtes en train de faire quelque chose : répondez à la dernière question ci-dessus, ou touchez un de ses boutons. Pour arrêter, envoyez /cancel ; pour le menu principal, envoyez menu.
cancel-registration = Annulé : rien n'a été gardé. Pour vous inscrire, renvoyez le code d'invitation de l'école.
cancel-nothing-menu = Il n'y a rien à annuler. Voici le menu principal.
fallback-unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir les commandes.
fallback-not-understood = Je n'ai pas compris. Voici le menu principal (vous pouvez aussi écrire « aide »).
fallback-use-the-buttons = J'attends que vous touchiez l'un des boutons ci-dessus. Touchez-en un, ou envoyez /cancel pour arrêter.
fallback-type-your-answer = Veuillez écrire votre réponse (ou envoyez /cancel pour arrêter).
words-hello = Bonjour { $name } ! 👋 Que voulez-vous faire ?
words-thanks = Avec plaisir ! 😊 Autre chose ?
school-name-invalid = Le nom d'une école doit compter entre 1 et 200 caractères.
school-not-found = Cette école n'existe pas.
class-not-found = Cette classe n'existe pas dans votre école.
audience-pick-classes = Touchez au moins une de vos classes, puis Terminé.
audience-your-class = 👥 Pour les familles de { $klass }, votre classe.
language-unknown = Je parle uniquement français, néerlandais et anglais.

class-m1 = M1
class-m2 = M2
class-m3 = M3
class-p1 = P1
class-p2 = P2
class-p3 = P3
class-p4 = P4
class-p5 = P5
class-p6 = P6

language-name-fr = Français
language-name-nl = Nederlands
language-name-en = English
# Le nom d'une langue dans une phrase, dans la langue du lecteur (les choix de langue
# gardent les noms language-name-* ci-dessus, chacun dans sa langue).
language-in-fr = français
language-in-nl = néerlandais
language-in-en = anglais

menu-title = Que souhaitez-vous faire ?
menu-week = 🗓️ Ma semaine
menu-profile = 👤 Mon profil
menu-children = 👧 Mes enfants
menu-language = 🌐 Langue
menu-help = ❓ Aide
menu-sel = 💰 SEL : mes unités
menu-offers = 🤝 Offres & demandes
menu-events = 📅 Événements
menu-orders = 🛒 Achats groupés
menu-pending = ⏳ Inscriptions à approuver
menu-organise = 🧑‍🏫 Organiser
menu-organise-title = Que souhaitez-vous organiser ?
menu-announce = 📣 Envoyer un message
menu-newevent = 📅 Nouvel événement
menu-myclass = 👥 Ma classe
menu-myannouncements = 📋 Mes annonces
menu-neworder = 🛒 Nouvel achat groupé

command-menu = Menu principal
command-week = Ma semaine : ce qui est prévu, ce qu'il reste à faire
command-profile = Mon profil
command-children = Mes enfants
command-family = Partager mes enfants avec leur autre parent
command-language = Changer de langue
command-link = Utiliser SchoolHub depuis une autre messagerie
command-help = Ce que je sais faire
command-cancel = Annuler l'action en cours
command-balance = Mes unités (SEL)
command-pay = Payer des unités
command-request = Demander des unités
command-history = Mon historique SEL
command-reverse = Corriger un échange
command-offers = Offres et demandes (SEL)
command-limits = Changer les limites SEL d'un membre
command-panel = Ouvrir le panneau web (un lien à usage unique)
command-events = Événements à venir
command-calendar = Mes événements dans mon agenda
command-orders = Achats groupés
command-neworder = Lancer un achat groupé
command-newevent = Créer un événement
command-announce = Envoyer une annonce
command-linkgroup = Lier le groupe de la classe (à envoyer dans le groupe)
command-myclass = Les familles de ma classe
command-myannouncements = Les annonces que j'ai envoyées
command-pending = Inscriptions à approuver

help-parent =
    Voici ce que je peux faire pour vous :
    /menu – menu principal
    /week – votre semaine en un message : ce qui est prévu, ce qu'il reste à faire (aussi chaque dimanche soir, si vous le demandez)
help-parent-events =
    /events – événements à venir : répondre, être bénévole, ajouter au calendrier
    /calendar – vos événements dans votre agenda (Google, iPhone, Outlook), toujours à jour
help-parent-orders =
    /orders – achats groupés : participer, modifier, payer
help-parent-sel =
    /balance – vos unités SEL (banque de temps)
    /pay – payer des unités à un autre parent
    /request – demander des unités à un autre parent
    /history – vos échanges SEL
    /offers – offres et demandes des parents (SEL)
help-parent-common =
    /profile – votre nom et vos coordonnées
    /children – vos enfants et leurs classes
    /family – partager vos enfants avec leur autre parent
    /language – changer de langue
    /link – utiliser SchoolHub aussi depuis WhatsApp ou Telegram
    /cancel – arrêter l'action en cours
    /help – cette liste
help-words = 💬 Pas besoin de barre oblique : vous pouvez aussi simplement écrire { $words }.
help-word = « { $word } »
help-class-rep = En tant que délégué·e de classe : /announce écrit aux familles de votre classe (avec un bouton Lu et le suivi de la distribution) ; /linkgroup, envoyé dans le groupe Telegram de la classe, y publie aussi vos annonces. /myclass liste les familles de votre classe déjà inscrites, avec leurs enfants ; son bouton 📨 Inviter la classe donne un message à publier dans le groupe de la classe pour que les autres s'inscrivent.
help-admin =
    En tant qu'administrateur·rice de l'école :
    /pending – inscriptions en attente de votre approbation
    /reverse CODE motif – corriger un échange SEL
    /limits – changer les limites SEL d'un membre
    /panel – un lien à usage unique vers le panneau web
help-organiser = En tant qu'organisateur·rice : /newevent crée un événement et invite les familles ; /neworder lance un achat groupé ; /myannouncements liste les annonces que vous avez envoyées, avec le nombre de familles qui ont lu chacune.
attachment-too-big = Ce fichier est trop lourd : { $max } Mo au maximum.
attachment-invalid = Ce fichier ne peut pas être utilisé. Envoyez une photo ou un document.
attachment-type-refused = Les familles sur WhatsApp ne pourraient pas recevoir ce type de fichier ({ $file }). Envoyez un PDF, un fichier Word, Excel ou PowerPoint, un fichier texte ou une photo.
panel-link = 🔑 Votre lien vers le panneau web, valable une fois pendant { $minutes } minutes :
    { $url }
    Ne le transférez pas : il ouvre le panneau en votre nom.

## /myclass : les familles de la classe d'un·e délégué·e.
roster-title = 👥 { $klass } : { $families ->
        [one] { $families } famille
       *[other] { $families } familles
    }, { $children ->
        [one] { $children } enfant
       *[other] { $children } enfants
    }
roster-family = • { $parents } — { $children }
roster-more = … et { $count } autres familles.
roster-empty = 👥 { $klass } : aucune famille ne s'est encore inscrite. Touchez 📨 Inviter la classe pour un message à partager avec la classe.
roster-reps-only = Seul·e un·e délégué·e de classe voit ici les familles de sa classe. Les administrateurs de l'école trouvent toutes les classes dans le panneau web (/panel).
roster-invite = 📨 Inviter la classe
roster-invite-not-yours = Seul·e un·e délégué·e de cette classe peut inviter ses familles ici. Les administrateurs de l'école impriment les codes d'invitation depuis le panneau web (/panel).
# The message a class rep forwards to the class's group: the school's name, then
# roster-invite-post in French, in Dutch and in English (the English one short: a line
# for the families who speak neither), each followed by roster-invite-until when the
# code has an end; then one roster-invite-link per configured app.
roster-invite-school = 🏫 { $school }
roster-invite-post = { $links ->
        [0] Le SchoolHub de la classe { $klass } est ouvert ! Les familles y reçoivent les annonces, les événements et les achats groupés de l'école. Pour vous inscrire, envoyez le code { $code } au bot SchoolHub de l'école.
       *[other] Le SchoolHub de la classe { $klass } est ouvert ! Les familles y reçoivent les annonces, les événements et les achats groupés de l'école. Pour vous inscrire, touchez un lien ci-dessous, ou envoyez le code { $code } au bot.
    }
roster-invite-until = Valable jusqu'au { $until }.
roster-invite-link = 👉 { $app } : { $link }
# For the class rep, in their language, under the message to forward.
roster-invite-forward = { $links ->
        [0] ⬆️ Transférez ce message au groupe des parents de { $klass } : son code permet aux familles de la classe de rejoindre SchoolHub.
       *[other] ⬆️ Transférez ce message au groupe des parents de { $klass } : son code et ses liens permettent aux familles de la classe de rejoindre SchoolHub. À l'entrée de l'école, montrez-leur le code QR ci-dessous depuis votre téléphone.
    }
roster-invite-qr = Scannez pour rejoindre SchoolHub sur { $app } — { $klass }, code { $code }

## A message without text (voice note, sticker, photo) outside any dialog.
fallback-not-text = Je ne lis que les messages écrits : les messages vocaux, autocollants et photos envoyés ici ne parviennent à personne. Écrivez-moi ce que vous souhaitez, ou choisissez ci-dessous.

## WhatsApp, après un jour de silence : seule une ligne de texte peut partir ; le reste attend une réponse.
whatsapp-write-back = ↩️ Répondez à ce message pour le recevoir en entier.
