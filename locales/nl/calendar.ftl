# Het agenda-abonnement van het lid (handlers/calendar.py, core/events/feed.py).
calendar-subscribe = 📆 Abonneren
calendar-link =
    📆 De activiteiten van { $school } voor jou, in je agenda-app en altijd bijgewerkt: abonneer je één keer op deze link.
    { $url }
    Google Agenda (op een computer): Andere agenda's + → Via URL, plak hem daar. iPhone: tik erop. Hou hem voor jezelf: wie hem heeft, ziet je activiteiten.
calendar-local-only = ⚠️ Deze link werkt alleen op deze computer: SchoolHub heeft nog geen openbaar webadres.
calendar-renew = 🔄 Nieuwe link
calendar-renew-ask = 🔄 Een nieuwe link maken? De oude werkt meteen niet meer: agenda's met een abonnement op de oude worden niet meer bijgewerkt (verwijder hem daar en abonneer je op de nieuwe).
calendar-renew-yes = ✅ Ja, nieuwe link
calendar-keep = Nee, houden
calendar-renewed = ✅ Hier is je nieuwe link: de oude werkt niet meer.
calendar-renew-stale = Die link was al vervangen: hier is de link die nu werkt.
calendar-kept = 👍 Je link blijft zoals hij is.
# Een regel in de beschrijving van een activiteit in de agenda.
calendar-feed-answer = Jouw antwoord: { $mine ->
        [yes] ✅ ja
        [maybe] 🤔 misschien
        [no] ❌ nee
       *[waitlisted] ⏳ op de wachtlijst
    }
