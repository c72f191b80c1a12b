## Quick polls on announcements: choices added at the preview, one answer per family.

announcements-poll-add = 📊 Add choices
announcements-poll-remove = 📊 Remove choices
announcements-poll-ask = 📊 Type the choices families can pick, one per line: { $min } to { $max } choices, each up to { $length } characters (for example "Sat 12", "Sat 19", "Sat 26"). /cancel to go back to the preview.
announcements-poll-count = Please type { $min } to { $max } choices, one per line (there { $count ->
        [one] was { $count }
       *[other] were { $count }
    }). Nothing was changed; type them again, or /cancel to go back to the preview.
announcements-poll-empty-line = Line { $line } is empty: please type one choice per line, without blank lines. Nothing was changed.
announcements-poll-too-long = Choice { $line } has { $length } characters: each choice may have at most { $max }. Nothing was changed; type them again, shorter.
announcements-poll-twice = “{ $choice }” is there twice: each choice must be different. Nothing was changed.
announcements-poll-preview =
    📊 Each family answers by tapping one of these choices:
    { $choices }
announcements-poll-choice = { $choice }
announcements-poll-noted = ✅ Noted: { $choice } — you can change your answer until the poll ends.
announcements-poll-same = Already noted: { $choice }. Nothing changed.
announcements-poll-your-answer = Your answer: { $choice }
announcements-poll-not-yours = This poll was not sent to you, so you cannot answer it here. Nothing was noted.
announcements-poll-closed = This poll has ended: answers are closed. Nothing was noted.
announcements-poll-choice-gone = That choice is not one of this poll's. Nothing was noted.
announcements-poll-tally = 🗳 { $tally } — { $answered } of { $who ->
        [people] { $families ->
            [one] { $families } person
           *[other] { $families } people
        }
       *[families] { $families ->
            [one] { $families } family
           *[other] { $families } families
        }
    } answered
announcements-status-unanswered = 👀 Not answered yet
announcements-poll-unanswered =
    👀 Not answered yet by { $who ->
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
announcements-poll-resent = 🔁 Sent again to { $who ->
        [people] { $count ->
            [one] { $count } person who has
           *[other] { $count } people who have
        }
       *[families] { $count ->
            [one] { $count } family that has
           *[other] { $count } families that have
        }
    } not answered yet.
# The author's notice when a rep of its classes or an admin re-sends their poll.
announcements-poll-manager-reminded = 🔁 { $name } ({ events-manager-role }) re-sent your poll of { $date } (“{ $words }”) to { $who ->
        [people] { $count ->
            [one] { $count } person who has
           *[other] { $count } people who have
        }
       *[families] { $count ->
            [one] { $count } family that has
           *[other] { $count } families that have
        }
    } not answered it.
announcements-poll-manager-stopped = 🛑 { $name } ({ events-manager-role }) stopped your poll of { $date } (“{ $words }”): it takes no more answers, { $count ->
        [0] and it had already gone out to everyone.
        [one] and { $count } message still waiting was held back.
       *[other] and { $count } messages still waiting were held back.
    }
announcements-poll-everyone-answered = 🗳 Everyone has answered: nobody to remind.
announcements-poll-stopped = 🗳 The poll is closed: a family tapping a choice now is told it has ended, and nothing is noted. The answers given so far stay in the tally.
# In a class group's post: the bot answers nothing in groups.
announcements-poll-in-group = 📊 Answer in your private chat with the bot.

## The panel's page of a poll.
admin-announcements-poll-title = Answers
# Under a poll's buttons in the panel's preview, when WhatsApp shows them as a list.
admin-announcements-poll-whatsapp-list = On WhatsApp these choices come as a list, behind the “{ $button }” button.
admin-announcements-poll-answered = { $answered } of { $who ->
        [people] { $families ->
            [one] { $families } person
           *[other] { $families } people
        }
       *[families] { $families ->
            [one] { $families } family
           *[other] { $families } families
        }
    } answered (one answer per family: a parent's latest answer replaces the other's).
admin-announcements-unanswered-title = { $who ->
        [people] { $count ->
            [one] Not answered yet: { $count } person
           *[other] Not answered yet: { $count } people
        }
       *[families] { $count ->
            [one] Not answered yet: { $count } family
           *[other] Not answered yet: { $count } families
        }
    }
admin-announcements-poll-remind-help = { $who ->
        [people] { $count ->
            [one] { $count } person has not answered yet: they receive it again in the chat, from its author.
           *[other] { $count } people have not answered yet: they receive it again in the chat, from its author.
        }
       *[families] { $count ->
            [one] { $count } family has not answered yet: its parents receive it again in the chat, from its author.
           *[other] { $count } families have not answered yet: their parents receive it again in the chat, from its author.
        }
    }
admin-announcements-poll-remind = Remind those who have not answered
admin-announcements-poll-reminded = { $who ->
        [people] { $count ->
            [one] Sent again to { $count } person who has not answered it.
           *[other] Sent again to { $count } people who have not answered it.
        }
       *[families] { $count ->
            [one] Sent again to { $count } family that has not answered it.
           *[other] Sent again to { $count } families that have not answered it.
        }
    }
admin-announcements-poll-all-answered = Everyone has answered it: there is nobody to remind.
