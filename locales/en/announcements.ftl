## Announcements.

announcements-message =
    { $urgent ->
        [yes] 🚨 URGENT — from { $author }:
       *[no] 📣 From { $author }:
    }
    { $text }
announcements-read = 👍 Read
announcements-thanks = Thank you, noted as read.
announcements-already-read = Already noted as read.
announcements-status =
    📊 { $who ->
        [people] Announcement to { $recipients ->
            [one] { $recipients } person
           *[other] { $recipients } people
        }:
       *[families] Announcement to { $families ->
            [one] { $families } family
           *[other] { $families } families
        } ({ $recipients ->
            [one] { $recipients } person
           *[other] { $recipients } people
        }):
    }
    ⏳ queued { $queued } · ✅ sent { $sent } · ⚠️ failed { $failed } · 🚫 blocked { $blocked }
    👍 read by { $read } of { $who ->
        [people] { $families ->
            [one] { $families } person
           *[other] { $families } people
        }
       *[families] { $families ->
            [one] { $families } family
           *[other] { $families } families
        }
    }
announcements-status-refresh = 🔄 Refresh
announcements-status-unread = 👀 Not read yet
announcements-status-resend = 🔁 Re-send to them
announcements-status-cancel = 🛑 Stop sending
announcements-ask-audience = 📣 New announcement. Who should receive it?
announcements-audience-school = 🏫 Whole school
announcements-audience-classes = 🏷 Some classes
announcements-audience-reps = 🧑‍🤝‍🧑 Class representatives
announcements-audience-admins = 🛠 Administrators
announcements-ask-classes = Which classes? Tap them, then Done. ({ $chosen } chosen)
announcements-to-class = 📣 To the families of { $klass }.
announcements-ask-text = Type the announcement (up to 3,500 characters). To add a photo or a document, send it with the text as its caption.
announcements-ask-versions = Add a version in another language? Each family receives its own language, or yours if there is none.
announcements-add-version = ➕ { $language } version
announcements-no-more-versions = Continue
announcements-ask-version-text = Type the { $language } version.
announcements-ask-urgent = Is it urgent? Urgent announcements go out at once, even at night; the others wait for the morning.
announcements-urgent = 🚨 Urgent
announcements-normal = Not urgent
announcements-preview =
    Preview — this is what { $who ->
        [people] { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }
    } will receive (languages: { $versions }):

    { $preview }
announcements-send = 📣 Send
announcements-queued = ✅ Sending to { $who ->
        [people] { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }
    }. The figures below follow the delivery.
announcements-queued-later = 🌙 Ready for { $who ->
        [people] { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }
    }: it is not urgent, so it goes out after the quiet hours, on { $when }. The figures below follow the delivery; 🛑 Stop sending still holds it back until then.
announcements-unread =
    👀 Not read yet by { $who ->
        [people] { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }
    }:
    { $names }
announcements-unread-line = { $name } ({ $classes })
announcements-unread-more = { $who ->
        [people] { $count ->
            [one] … and { $count } more person.
           *[other] … and { $count } more people.
        }
       *[families] { $count ->
            [one] … and { $count } more family.
           *[other] … and { $count } more families.
        }
    }
announcements-resent = 🔁 Sent again to { $who ->
        [people] { $count ->
            [one] { $count } person who has
           *[other] { $count } people who have
        }
       *[families] { $count ->
            [one] { $count } family that has
           *[other] { $count } families that have
        }
    } not read it.
announcements-cancelled = 🛑 Stopped: { $count ->
        [one] { $count } message was
       *[other] { $count } messages were
    } not sent. Messages already delivered stay delivered.

announcements-cancelled-delivered = 🛑 It had already gone out to everyone: nothing was left to hold back. Its reminders are stopped: it can no longer be re-sent to those who have not read it.
announcements-read-not-yours = This announcement was not sent to you, so it cannot be marked as read here. Nothing was noted.
announcements-mine =
    📋 Your announcements (page { $page } of { $pages }) — tap one to see it:
    { $lines }
announcements-mine-line = { $number }. { $date } · “{ $words }”{ $mine ->
        [yes] {""}
       *[no] {" "}by { $author }
    } · { $poll ->
        [yes] 🗳 answered by
       *[no] 👍 read by
    } { $read } of { $who ->
        [people] { $families ->
            [one] { $families } person
           *[other] { $families } people
        }
       *[families] { $families ->
            [one] { $families } family
           *[other] { $families } families
        }
    }{ $stopped ->
        [yes] {" "}· 🛑 stopped
       *[no] {""}
    }
announcements-mine-empty = 📋 You have not sent any announcement yet. /announce writes one.
announcements-card =
    📣 Sent on { $date }{ $mine ->
        [yes] {""}
       *[no] {" "}by { $author }
    } to { $audience }{ $stopped ->
        [yes] {" "}(🛑 stopped)
       *[no] {""}
    }:
    { $text }

announcements-authors-only = Only class representatives and administrators can send announcements.
announcements-rep-own-classes = As a class representative you can only write to your own classes.
announcements-pick-classes = Please choose at least one class.
announcements-text-invalid = Please type a text of 1 to { $max } characters.
announcements-not-found = That announcement does not exist or is not yours.
announcements-manage-refused = Only the author of this announcement, the reps of every class it went to and the school's admins can see who read it, re-send it or stop it. Nothing was done.
announcements-resend-no-longer-rep = Your role has changed: you can no longer write to everyone this announcement went to, so it can no longer be re-sent in your name. Nothing was sent. You can still stop it; the reps of its classes or an admin can remind those who have not read it.
# To an announcement's author, when a rep of all its classes or an admin re-sent it to those who have not read it, or stopped it.
announcements-manager-did = { $what ->
        [stopped] 🛑 { $name } ({ events-manager-role }) stopped your announcement of { $date } (“{ $words }”): { $count ->
            [0] it had already gone out to everyone, and will not be re-sent.
            [one] { $count } message still waiting was held back.
           *[other] { $count } messages still waiting were held back.
        }
       *[reminded] 🔁 { $name } ({ events-manager-role }) re-sent your announcement of { $date } (“{ $words }”) to { $who ->
            [people] { $count ->
                [one] { $count } person who has
               *[other] { $count } people who have
            }
           *[families] { $count ->
                [one] { $count } family that has
               *[other] { $count } families that have
            }
        } not read it.
    }
announcements-already-sent = This announcement has already been sent.
announcements-already-cancelled = This announcement was already stopped.
announcements-already-resent = They were reminded a moment ago; nothing was sent again.
announcements-preview-attachment = 📎 Attached: { $name }
announcements-still-waiting = ⏳ Nothing was sent again: { $count ->
        [one] { $count } message is
       *[other] { $count } messages are
    } still waiting to go out (what is not urgent waits for the end of the quiet hours). A reminder now would reach them twice.
announcements-everyone-read = 👍 Everyone has read it: nobody to remind.

## A family's private reply to an announcement, and the answers back.
announcements-reply = 💬 Reply
announcements-answer = ↩️ Answer
announcements-reply-ask = 💬 Type your message for { $name } about the announcement of { $date } (“{ $words }”): one message, up to { $max } characters. I will pass it on privately, without your phone number or e-mail. /cancel to stop.
announcements-reply-sent = { $later ->
        [yes] 🌙 Your message for { $name } is ready: it goes out after the quiet hours, on { $when }.
       *[no] ✅ Your message was passed on to { $name }.
    }
# Relayed through the outbox, in the reader's language; never the writer's phone or e-mail.
announcements-reply-message =
    💬 { $name }{ $has_children ->
        [yes] , parent of { $children } ({ $classes }),
       *[no] {""}
    } writes about the announcement of { $date } (“{ $words }”):
    { $text }
announcements-reply-invalid = Please type a message of 1 to { $max } characters (or /cancel to stop). Nothing was sent.
announcements-reply-text-only = Only typed text can be passed on: please type your message (or /cancel to stop). Nothing was sent.
announcements-reply-not-yours = This button was not meant for you: no message can go through it. Nothing was sent.
announcements-reply-gone = That person is no longer registered with the school: your message cannot reach them. Nothing was sent.
announcements-reply-nobody = The author of this announcement is no longer registered with the school, and nobody else answers for it: your message cannot be passed on. Nothing was sent. Please ask the school directly.
announcements-reply-family-only = This announcement was written by someone of your own family, and nobody else answers for it: your message cannot be passed on. Nothing was sent. Please ask the school directly.
