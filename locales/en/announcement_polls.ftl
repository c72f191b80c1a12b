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
announcements-poll-everyone-answered = 🗳 Everyone has answered: nobody to remind.
# In a class group's post: the bot answers nothing in groups.
announcements-poll-in-group =
    📊 The choices:
    { $choices }
    Answer in your private chat with the bot.
