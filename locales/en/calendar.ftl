# The member's calendar feed (handlers/calendar.py, core/events/feed.py).
calendar-subscribe = 📆 Subscribe
calendar-link =
    📆 { $school }'s events for you, in your calendar app and kept up to date: subscribe to this link once.
    { $url }
    Google Calendar (on a computer): Other calendars + → From URL, paste it. iPhone: tap it. Keep it to yourself: whoever has it sees your events.
calendar-local-only = ⚠️ This link works on this computer only: SchoolHub has no public web address yet.
calendar-renew = 🔄 New link
calendar-renew-ask = 🔄 Make a new link? The old one stops working at once: calendars subscribed to it are no longer updated (remove it there, then subscribe to the new one).
calendar-renew-yes = ✅ Yes, new link
calendar-keep = No, keep it
calendar-renewed = ✅ Here is your new link: the old one no longer works.
calendar-renew-stale = That link was already replaced: here is the one that works now.
calendar-kept = 👍 Your link stays as it is.
# A line of an event's description in the feed.
calendar-feed-answer = Your answer: { $mine ->
        [yes] ✅ yes
        [maybe] 🤔 maybe
        [no] ❌ no
       *[waitlisted] ⏳ on the waiting list
    }
