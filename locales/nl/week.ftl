## /week: wat er de komende zeven dagen gebeurt en wat je nog moet doen, in één bericht.
week-title = 🗓️ Je week
week-empty = 🌤️ Niets gepland deze week, en er wacht niets op je. Fijne week!
week-today = Vandaag
week-tomorrow = Morgen
week-event = • { $time } 📅 { $title } — { $answer ->
        [none] ❓ nog niet geantwoord
        [closed] antwoorden gesloten
        [waitlisted] ⏳ op de wachtlijst
        [yes] ✅ jullie komen
        [maybe] 🤔 misschien
       *[no] ❌ jullie komen niet
    }
week-order = • { $time } 🛒 { $title } sluit — { $joined ->
        [yes] je hebt besteld
       *[no] nog niet besteld
    }
week-pay-title = 💶 Te betalen
week-pay = • { $title }: { $amount }
week-pay-other = • { $title }: { $amount } ({ $name })
week-requests-title = 💰 { $count ->
        [one] { $count } LETS-verzoek wacht op je antwoord
       *[other] { $count } LETS-verzoeken wachten op je antwoord
    }
week-request = • { $name } vraagt { $amount }
week-unread-title = 📣 { $count ->
        [one] { $count } mededeling nog niet gelezen
       *[other] { $count } mededelingen nog niet gelezen
    }
week-unread = • “{ $words }”
week-poll = • “{ $words }” — 🗳 nog te beantwoorden
week-event-button = ❓ { $title }
week-pay-button = 💶 Betalen: { $title }
week-order-button = 🛒 { $title }
week-requests-button = 💰 LETS-verzoeken
week-read-button = 👍 Gelezen: { $words }
week-answer-button = 🗳 Antwoorden: { $words }
## Elke zondagavond, voor wie erom vraagt: dezelfde tekst (compose in core/week.py).
week-digest = { $week }
week-sunday-start = 🔔 Elke zondag
week-sunday-stop = 🔕 Stop op zondag
week-sunday-started = 🔔 Genoteerd: elke zondag om { $time } krijg je hier je week, behalve als er niets in staat. Stoppen kan hieronder of onder /week.
week-sunday-stopped = 🔕 Genoteerd: geen week meer op zondag. /week toont hem wanneer je wilt.
