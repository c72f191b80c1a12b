# The panel: messages that did not arrive, orders still to pay, the week ahead

admin-undelivered = Messages that did not arrive
admin-undelivered-intro = Messages the bot could not deliver, newest first. A family no chat app reaches any more can be told another way (at the school gate, by phone or by e-mail).
admin-undelivered-to = To
admin-undelivered-what = What
admin-undelivered-when = Written
admin-undelivered-why = Why
admin-undelivered-none = Every message arrived.
admin-undelivered-group = A group chat
admin-undelivered-class-group = Group chat of { $class }
admin-undelivered-kind = { $kind ->
        [event-reminder] Event reminder
        [event-invitation] Event invitation
        [event] Event message
        [payment-link] Payment link
        [payment-reminder] Payment reminder
        [order] Group order message
        [announcement] Announcement
        [registration] Registration
        [sel] SEL message
        [post] SEL offer or request
        [sunday-week] Sunday week
       *[other] Other message
    }
admin-undelivered-the-app = the chat app
admin-undelivered-reason = { $reason ->
        [blocked] Blocked the bot on { $app }
        [unreachable] No chat app reachable
        [gave-up] Could not be sent after several tries
       *[refused] Refused by { $app }
    }
admin-undelivered-stuck = No chat app reaches { $name } any more: see the card
admin-undelivered-again = Send again
admin-undelivered-again-done = { $done ->
        [again] The message is back in the queue: it goes out in a moment (after the quiet hours at night).
       *[not-again] This message cannot be sent again: it is already back in the queue, out of date, or nobody can receive it.
    }
admin-orders-to-pay-filter = Only orders with families still to pay
admin-week = This week's events
admin-week-places-left = Places left
admin-week-left = { $count ->
        [0] Full
        [one] { $count } place
       *[other] { $count } places
    }
admin-week-no-limit = No limit
admin-week-none = No event in the next 7 days.
