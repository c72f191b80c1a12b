## /week: what is on in the next seven days and what is still to do, in one message.
week-title = 🗓️ Your week
week-empty = 🌤️ Nothing planned this week, and nothing waiting for you. Have a good week!
week-today = Today
week-tomorrow = Tomorrow
week-event = • { $time } 📅 { $title } — { $answer ->
        [none] ❓ not answered yet
        [closed] answers closed
        [waitlisted] ⏳ on the waiting list
        [yes] ✅ coming
        [maybe] 🤔 maybe
       *[no] ❌ not coming
    }
week-order = • { $time } 🛒 { $title } closes — { $joined ->
        [yes] you ordered
       *[no] not joined
    }
week-pay-title = 💶 To pay
week-pay = • { $title }: { $amount }
week-pay-other = • { $title }: { $amount } ({ $name })
week-requests-title = 💰 { $count ->
        [one] { $count } SEL request waits for your answer
       *[other] { $count } SEL requests wait for your answer
    }
week-request = • { $name } asks { $amount }
week-unread-title = 📣 { $count ->
        [one] { $count } announcement not read yet
       *[other] { $count } announcements not read yet
    }
week-unread = • “{ $words }”
week-poll = • “{ $words }” — 🗳 to answer
week-event-button = ❓ { $title }
week-pay-button = 💶 Pay: { $title }
week-order-button = 🛒 { $title }
week-requests-button = 💰 SEL requests
week-read-button = 👍 Read: { $words }
week-answer-button = 🗳 Answer: { $words }
## Every Sunday evening, for those who ask: the same text (core/week.py's compose).
week-digest = { $week }
week-sunday-start = 🔔 Every Sunday
week-sunday-stop = 🔕 Stop on Sundays
week-sunday-started = 🔔 Done: every Sunday at { $time } you will get your week here, unless there is nothing in it. To stop, tap below or under /week.
week-sunday-stopped = 🔕 Done: no more week on Sundays. /week still shows it whenever you ask.
