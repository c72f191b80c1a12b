## Events: errors, reminders.

events-reminder = ⏰ Reminder: { $title } — { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.
events-nudge = 📅 Will you come to “{ $title }”? Please answer before { $deadline }.
events-cancelled = This event has been cancelled.
events-capacity-invalid = The number of places must be between 1 and { $max }.
events-deadline-invalid = The answer deadline must be in the future and not after the start.
events-deadline-passed = It is too late to answer or change your answer for this event.
events-end-before-start = The end must come after the start.
events-headcount-invalid = Please give at most { $adults } adults and { $children } children, and at least one person if you come.
events-no-room-for-more = There is no room for more people; your answer is unchanged.
events-not-found = That event does not exist or is not for you.
events-organisers-only = Only school administrators and class representatives can organise events.
events-rep-own-classes = As a class representative you can only invite your own classes.
events-slot-full = The slot “{ $label }” is full.
events-slot-line-invalid = I cannot read line { $line } (“{ $text }”). Write a label, “;” and the number of places, e.g. “Cakes; 4”.
events-slots-invalid = At most { $max } volunteer slots, each for 1 to 100 people.
events-start-in-past = The start must be in the future.
events-title-invalid = Please type a title of 3 to { $max } characters.

events-answer-yes = ✅ Yes
events-answer-maybe = 🤔 Maybe
events-answer-no = ❌ No
events-mark-yes = ✅
events-mark-maybe = 🤔
events-mark-no = ❌
events-mark-none = ▫️
events-mark-waitlisted = ⏳
events-none = No upcoming event for you for now. /calendar puts the coming ones in your phone's calendar, kept up to date.
events-list = 📅 Upcoming events — tap one to see it and answer:
# The families who come, and how many people they are when the organiser asks (-1: not asked).
events-families-coming = { $coming ->
        [-1] { $yes }
       *[other] { $yes ->
            [one] { $yes } family
           *[other] { $yes } families
        } ({ $coming ->
            [one] { $coming } person
           *[other] { $coming } people
        })
    }
events-card =
    📅 { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $places ->
        [-1] {""}
        [0] {" "}· full
        [one] {" "}· { $places } place left
       *[other] {" "}· { $places } places left
    }{ $waiting ->
        [0] {""}
       *[other] {" "}· { $waiting } waiting
    }
    Your answer: { $mine ->
        [yes] ✅ yes{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
        [maybe] 🤔 maybe
        [no] ❌ no
        [waitlisted] ⏳ on the waiting list, number { $position }{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
       *[none] not given yet
    }
# An invitation, a reminder or a question after a change, once answered (Telegram edits it in place; its buttons stay to change the answer).
events-your-answer = Your answer: { $mine ->
        [yes] ✅ yes{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
        [maybe] 🤔 maybe
        [no] ❌ no
       *[waitlisted] ⏳ on the waiting list, number { $position }{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }
    }
events-answered-by = 👥 { $name } answered for your family.
# A co-parent answered an event for the family (it replaces this parent's answer, if any).
events-family-answered = 👥 { $name } answered for your family: { $answer ->
        [yes] ✅ yes{ $counted ->
            [yes] {" "}({ events-people })
           *[no] {""}
        }
        [maybe] 🤔 maybe
        [no] ❌ no
       *[waitlisted] ⏳ on the waiting list{ $counted ->
            [yes] {" "}({ events-people })
           *[no] {""}
        }
    } — “{ $title }” ({ $when }).{ $open ->
        [yes] {" "}To change it, tap below.
       *[no] {""}
    }
events-slot = 🙋 { $label } ({ $count }/{ $capacity }){ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
events-slot-team = 🙋 { $label } ({ $count }/{ $capacity }): { $names }
events-action-ics = 📆 Add to calendar
events-action-attendees = 👥 Who comes
events-action-csv = 📄 CSV
events-action-move = 🕒 Change time
events-action-place = 📍 Change place
events-action-cancel = 🚫 Cancel event
events-answered =
    { $status ->
        [yes] ✅ Noted: you come to “{ $title }”{ $has_people ->
            [yes] {" "}({ $people })
           *[no] {""}
        }.
        [maybe] 🤔 Noted: maybe for “{ $title }”.
        [waitlisted] { $places ->
            [0] ⏳ “{ $title }” is full: you are number { $position } on the waiting list. I will tell you if a place frees up.
            [one] ⏳ Only { $places } place is left for “{ $title }”, not enough for { $party } people: you are number { $position } on the waiting list. I will tell you as soon as there is room for you.
           *[other] ⏳ Only { $places } places are left for “{ $title }”, not enough for { $party } people: you are number { $position } on the waiting list. I will tell you as soon as there is room for you.
        }
       *[no] ❌ Noted: you do not come to “{ $title }”.
    }
events-still-helping = 🙋 You are still signed up to help: { $slots }. Not there after all? Tap to leave.
events-slot-leave = Leave “{ $label }”
events-ask-adults = How many adults will come? Tap a number, or type it (at most { $max }).
events-ask-children = And how many children? Tap a number, or type it (at most { $max }).
events-count-invalid = Please type a number from { $min } to { $max }.
events-promoted = 🎉 A place freed up: you are now confirmed for “{ $title }” ({ $when }).
events-slot-done =
    { $joined ->
        [yes] 🙋 Thank you! You signed up for “{ $label }”.
       *[no] You left “{ $label }”.
    }
events-slot-unchanged =
    { $joined ->
        [yes] 🙋 You are already signed up for “{ $label }”.
       *[no] You are not signed up for “{ $label }”.
    }
events-ics-caption = 📆 “{ $title }” for your calendar.
events-attendee = { $status ->
        [yes] ✅
        [maybe] 🤔
        [waitlisted] ⏳
        [no] ❌
       *[none] ▫️
    } { $name }{ $counted ->
        [yes] {" "}({ $adults } + { $children })
       *[no] {""}
    }
events-attendees =
    👥 { $title }
    ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ { $waiting }
    }{ $silent ->
        [0] {""}
       *[other] {" "}· ▫️ { $silent } not answered yet
    }{ $has_people ->
        [no] {""}
       *[yes] {""}
            👪 Coming: { $people }
    }

    { $lines }
events-attendees-more = … and { $count } more: the 📄 CSV lists everyone.
events-people = { $adults ->
        [one] { $adults } adult
       *[other] { $adults } adults
    } and { $children ->
        [one] { $children } child
       *[other] { $children } children
    }
events-csv-caption = 📄 Answers for “{ $title }”.
# The answers CSV: its column heads and values.
events-csv-column = { $column ->
        [family] family
        [classes] classes
        [answer] answer
        [waitlisted] waiting list
        [adults] adults
        [children] children
       *[slots] volunteering
    }
events-csv-value = { $value ->
        [yes] yes
        [maybe] maybe
        [no] no
       *[none] not answered
    }
events-ask-when = When does it start? For example 12/03 18h30 or 12/03/2027 18:30 (add an end time if you like: 12/03 18h30-20h).
events-ask-new-when = 🕒 Now: { $when }. When does it start? For example 12/03 18h30, with an end if you like: 12/03 18h30-20h. The same day, the times are enough: 14h-17h.{ $has_end ->
        [yes] {" "}A start alone keeps the event's length; to remove the end time, tap “No end time”.
       *[no] {""}
    }
events-no-end = No end time
events-ask-place = Where? (e.g. the school's gym)
events-place-invalid = Please type a place of 1 to 200 characters.
events-changed = 🔔 “{ $title }” has changed: now { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.
events-changed-ask = 🔔 “{ $title }” has changed: now { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }. Will you come?
events-changed-declined = 🔔 You said no to “{ $title }”, but it has changed: now { $when }{ $has_location ->
        [no] {""}
       *[yes] , { $location }
    }.{ $open ->
        [yes] {" "}Can you come now?
       *[no] {""}
    }
events-change-done = ✅ Changed. { $count ->
        [0] Nobody had answered yes or maybe
        [one] { $count } person who answered yes or maybe will be told
       *[other] { $count } people who answered yes or maybe will be told
    }{ $asked ->
        [0] {""}
        [one] ; { $asked } person yet to answer gets the change with the answer buttons
       *[other] ; { $asked } people yet to answer get the change with the answer buttons
    }{ $declined ->
        [0] {""}
        [one] ; { $declined } person who said no is told too, in case they can come now
       *[other] ; { $declined } people who said no are told too, in case they can come now
    }{ $total ->
        [0] , so nobody needs to be told.
       *[other] {"."}
    }
events-cancel-confirm = Cancel “{ $title }”? Everyone invited will be told.
events-cancel-yes = Yes, cancel it
events-cancelled-notice = 🚫 “{ $title }” ({ $when }) is cancelled.
events-cancel-done = 🚫 Cancelled. { $count ->
        [0] Nobody had received the invitation yet, so nobody needs to be told.
        [one] { $count } person will be told.
       *[other] { $count } people will be told.
    }
events-ask-title = Let's create an event. What is its title?
events-when-invalid = I did not understand that date. Type for example 12/03 18h30 or 12/03/2027 18:30.
events-when-skipped = There is no { $time } that day: the clocks go forward an hour that night. Type another time, for example { $later }.
events-ask-description = A few words of description? (or tap Skip)
events-whole-school = 🏫 Whole school
events-classes-done = Done
events-ask-audience = Who is invited? Tap the classes, then Done. ({ $chosen } chosen)
events-ask-capacity = How many places? Type a number, or tap “No limit”.
events-no-limit = No limit
events-ask-headcount = Ask how many adults and children come?
events-headcount-yes = Yes, ask
events-headcount-no = No
events-ask-deadline = By when must people answer? Type a date (e.g. 10/03 20h), or tap the button.
events-no-deadline = No deadline
events-ask-slots =
    Volunteer slots? One per line as “label;places”, e.g.
    Cake stand 14-15h;3
    Or tap the button.
events-no-slots = No slots
events-summary =
    Please check:
    📅 { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }
    👥 { $audience }
    Places: { $capacity ->
        [-1] no limit
       *[other] { $capacity }
    } · Headcount: { $headcount ->
        [yes] asked
       *[no] not asked
    } · Answer by: { $deadline }
    Slots: { $slots }
events-create = ✅ Create and invite
events-created = ✅ Event created; { $count ->
        [one] { $count } family is being invited.
       *[other] { $count } families are being invited.
    }
events-invite =
    📅 You are invited: { $title }
    🕒 { $when }{ $has_location ->
        [no] {""}
       *[yes] {""}
            📍 { $location }
    }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    Will you come?

## An event going on now: its card, on the day.
events-on-now = 🟢 Happening now — answers are closed.

## Under a reminder: one tap to say one no longer comes.
events-cannot-come = ❌ I can't come

## Changing the number of places.

events-action-places = 🎟️ Number of places
events-ask-places = How many places should there be? { $capacity ->
        [-1] There is no limit now, and { $confirmed ->
            [one] { $confirmed } person comes
           *[other] { $confirmed } people come
        }.
       *[other] There are { $capacity } now, { $confirmed } of them taken. Type a number, or tap “No limit”.
    }
events-places-below-confirmed = { $confirmed ->
        [one] { $confirmed } place is already taken by a confirmed answer
       *[other] { $confirmed } places are already taken by confirmed answers
    }: there cannot be fewer places. Nothing was changed.
events-places-done = ✅ Number of places: { $capacity ->
        [-1] no limit
       *[other] { $capacity }
    }.{ $count ->
        [0] {""}
        [one] {" "}{ $count } person from the waiting list is now confirmed and will be told.
       *[other] {" "}{ $count } people from the waiting list are now confirmed and will be told.
    }
# The organiser's reminder to the families yet to answer (under 👥 Who comes).
events-action-ask = 🔔 Remind them
events-asked = 📅 { $organiser } asks: will you come to “{ $title }” ({ $when })?{ $has_deadline ->
        [yes] {" "}Please answer before { $deadline }.
       *[no] {""}
    }
events-asked-done = 🔔 { $count ->
        [one] { $count } family has
       *[other] { $count } families have
    } not answered “{ $title }” yet: they get a reminder with the answer buttons{ $later ->
        [yes] {" "}after the quiet hours, on { $at }.
       *[no] .
    }
events-ask-already = The families yet to answer have already been reminded today, or their invitation is still on its way: you can remind them again tomorrow.
events-ask-nobody = Every family has answered: there is nobody to remind.
events-ask-closed = Answers are closed for this event: there is nobody left to remind.
# To an event's creator, when another rep of all its classes changed, cancelled or reminded for it.
# Kept for messages queued before events-manager-did.
events-co-rep-did = { $what ->
        [cancelled] 🚫 { $name } (rep of { $classes }) cancelled your event “{ $title }” ({ $when }); everyone invited is told.
        [places] 🎟️ { $name } (rep of { $classes }) changed the places of your event “{ $title }” ({ $when }): { $capacity ->
            [-1] no limit now.
           *[other] { $capacity } now.
        }
        [reminded] 🔔 { $name } (rep of { $classes }) reminded the families yet to answer your event “{ $title }” ({ $when }).
       *[changed] 🔔 { $name } (rep of { $classes }) changed your event “{ $title }”: now { $when }{ $has_location ->
            [no] {""}
           *[yes] , { $location }
        }.
    }
# Who changed an event they did not create: a rep of its classes, or an admin.
events-manager-role = { $role ->
        [admin] admin
       *[rep] rep of { $classes }
    }
events-manager-did = { $what ->
        [cancelled] 🚫 { $name } ({ events-manager-role }) cancelled your event “{ $title }” ({ $when }); everyone invited is told.
        [places] 🎟️ { $name } ({ events-manager-role }) changed the places of your event “{ $title }” ({ $when }): { $capacity ->
            [-1] no limit now.
           *[other] { $capacity } now.
        }
        [reminded] 🔔 { $name } ({ events-manager-role }) reminded the families yet to answer your event “{ $title }” ({ $when }).
       *[changed] 🔔 { $name } ({ events-manager-role }) changed your event “{ $title }”: now { $when }{ $has_location ->
            [no] {""}
           *[yes] , { $location }
        }.
    }
events-typed-answer = Is that your answer to “{ $title }” ({ $when })? Tap it below.{ $others ->
        [0] {""}
        [one] {" "}{ $others } more event waits for your answer: see /events.
       *[other] {" "}{ $others } more events wait for your answer: see /events.
    }
