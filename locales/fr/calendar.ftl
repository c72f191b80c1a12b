# L'abonnement du membre à son calendrier (handlers/calendar.py, core/events/feed.py).
calendar-subscribe = 📆 S'abonner
calendar-link =
    📆 { $school } : vos événements dans votre agenda, toujours à jour. Abonnez-vous une fois à ce lien :
    { $url }
    Google Agenda (sur ordinateur) : Autres agendas + → À partir de l'URL, collez-le. iPhone : touchez-le. Gardez-le pour vous : qui l'a voit vos événements.
calendar-local-only = ⚠️ Ce lien ne fonctionne que sur cet ordinateur : SchoolHub n'a pas encore d'adresse web publique.
calendar-renew = 🔄 Nouveau lien
calendar-renew-ask = 🔄 Créer un nouveau lien ? L'ancien cesse aussitôt de fonctionner : les agendas abonnés à l'ancien ne sont plus mis à jour (retirez-le, puis abonnez-vous au nouveau).
calendar-renew-yes = ✅ Oui, nouveau lien
calendar-keep = Non, le garder
calendar-renewed = ✅ Voici votre nouveau lien : l'ancien ne fonctionne plus.
calendar-renew-stale = Ce lien a déjà été remplacé : voici celui qui fonctionne maintenant.
calendar-kept = 👍 Votre lien reste tel quel.
# Une ligne de la description d'un événement dans le calendrier.
calendar-feed-answer = Votre réponse : { $mine ->
        [yes] ✅ oui
        [maybe] 🤔 peut-être
        [no] ❌ non
       *[waitlisted] ⏳ sur la liste d'attente
    }
