## /week : ce qui est prévu les sept prochains jours et ce qui reste à faire, en un message.
week-title = 🗓️ Votre semaine
week-empty = 🌤️ Rien de prévu cette semaine, et rien ne vous attend. Bonne semaine !
week-today = Aujourd'hui
week-tomorrow = Demain
week-event = • { $time } 📅 { $title } — { $answer ->
        [none] ❓ pas encore répondu
        [closed] réponses closes
        [waitlisted] ⏳ en liste d'attente
        [yes] ✅ présents
        [maybe] 🤔 peut-être
       *[no] ❌ absents
    }
week-order = • { $time } 🛒 { $title } se clôture — { $joined ->
        [yes] vous avez commandé
       *[no] pas encore commandé
    }
week-pay-title = 💶 À payer
week-pay = • { $title } : { $amount }
week-pay-other = • { $title } : { $amount } ({ $name })
week-requests-title = 💰 { $count ->
        [one] { $count } demande SEL attend votre réponse
       *[other] { $count } demandes SEL attendent votre réponse
    }
week-request = • { $name } demande { $amount }
week-unread-title = 📣 { $count ->
        [one] { $count } annonce pas encore lue
       *[other] { $count } annonces pas encore lues
    }
week-unread = • « { $words } »
week-poll = • « { $words } » — 🗳 à répondre
week-event-button = ❓ { $title }
week-pay-button = 💶 Payer : { $title }
week-order-button = 🛒 { $title }
week-requests-button = 💰 Demandes SEL
week-read-button = 👍 Lu : { $words }
week-answer-button = 🗳 Répondre : { $words }
## Chaque dimanche soir, pour qui le demande : le même texte (compose de core/week.py).
week-digest = { $week }
week-sunday-start = 🔔 Chaque dimanche
week-sunday-stop = 🔕 Plus le dimanche
week-sunday-started = 🔔 C'est noté : chaque dimanche à { $time }, vous recevrez ici votre semaine, sauf si elle est vide. Pour arrêter, touchez le bouton ci-dessous ou celui sous /week.
week-sunday-stopped = 🔕 C'est noté : plus de semaine le dimanche. /week vous la montre quand vous voulez.
