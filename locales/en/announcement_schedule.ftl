# Announcements sent later (core/announcements/schedule.py): chat and panel.
announcements-later = 🕒 Send later
announcements-later-ask = 🕒 When should it go out? Type the day and time, for example { $example } (at most { $days } days ahead). { $changing ->
        [yes] /cancel keeps the time it has.
       *[no] /cancel goes back to the preview.
    }
announcements-later-invalid = I could not read that moment. Type the day and time, for example 24/11 7h00 or 24/11/2026 07:00.
announcements-later-past = That moment has already passed: type a day and time still to come.
announcements-later-too-far = That is more than { $days } days ahead: type an earlier day and time.
announcements-scheduled = 🕒 Scheduled: goes out { $when } to { $who ->
        [people] { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }
    } (as they are then: a family that joins the class meanwhile gets it too).{ $quiet ->
        [yes] {" "}🌙 That is inside the quiet hours: it goes at that time all the same, even if families are asleep.
       *[no] {""}
    }
announcements-send-now = 📣 Send now
announcements-change-time = 🕒 Change time
announcements-unschedule = Cancel schedule
announcements-unscheduled = Its schedule is cancelled: it is a draft again, nothing went out.
announcements-schedule-is-set = This announcement is scheduled: cancel its schedule (in /myannouncements) before changing or sending it. Nothing was done.
announcements-schedule-not-set = Its schedule was already cancelled: nothing was done.
announcements-schedule-gone = This announcement has already gone out: nothing was done. /myannouncements follows it.
announcements-schedule-refused = 🕒 Your announcement “{ $words }” planned for { $when } was not sent: your role has changed and you can no longer write to everyone it was for. Nothing went out; it is kept as a draft.
announcements-schedule-went-out = 🕒 Your scheduled announcement “{ $words }” is going out now to { $who ->
        [people] { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }
    }.
announcements-schedule-went-out-later = { announcements-schedule-went-out } /myannouncements follows its delivery.
announcements-schedule-after-night = 🕒 Your scheduled announcement “{ $words }” could not go out at its time (SchoolHub was unavailable), and it is the quiet hours now: as it is not urgent, it goes out { $when }, after them, to { $who ->
        [people] { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }
    }.
announcements-schedule-after-night-later = { announcements-schedule-after-night } /myannouncements follows its delivery.
announcements-mine-scheduled =
    🕒 Scheduled — tap one to send it now, change its time or cancel it:
    { $lines }
announcements-mine-scheduled-line = 🕒 { $when } · “{ $words }”
announcements-scheduled-card =
    🕒 Scheduled for { $when }, to { $audience }:
    { $text }

# Panel
admin-announcements-send-at = Send at (optional)
admin-announcements-send-at-help = School time ({ $timezone }), at most { $days } days ahead. Inside the quiet hours it goes at that time all the same.
admin-announcements-schedule = 🕒 Schedule
admin-announcements-scheduled = Scheduled
admin-announcements-goes-out = Goes out { $when }
admin-announcements-scheduled-done = 🕒 Scheduled: it goes out { $when }.
admin-announcements-quiet-note = 🌙 Inside the quiet hours: families get it at that time, even at night.
admin-announcements-unschedule = Cancel schedule
admin-announcements-unscheduled = Its schedule is cancelled: it is a draft again.
