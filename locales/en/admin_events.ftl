# The panel's events area

admin-events-new = New event
admin-events-create = Create and invite
admin-events-form-errors = Some fields need another look: see the messages below them.
admin-events-title = Title
admin-events-when = When
admin-events-starts = Starts
admin-events-ends = Ends (optional)
admin-events-time-zone-help = The school's time ({ $zone }).
admin-events-place = Place
admin-events-description = Description
admin-events-audience = Who is invited
admin-events-audience-help = Tick classes to invite their families and reps; tick none to invite the whole school.
admin-events-whole-school = Whole school
admin-events-capacity = Places (optional)
admin-events-capacity-help = Leave empty for no limit; at most { $max }. Beyond the limit, parents wait on a list.
admin-events-no-limit = no limit
admin-events-headcount = Ask how many adults and children come
admin-events-deadline = Answer before (optional)
admin-events-slots = Volunteer slots (optional)
admin-events-slots-help = One a line, a label and the number of volunteers: “Cakes;4”.
admin-events-too-long = At most { $max } characters.
admin-events-answers = Answers
admin-events-coming = Coming
admin-events-places = Places
admin-events-answer-before = Answer before
admin-events-volunteer-slots = Volunteer slots
admin-events-places-taken = { $capacity ->
        [one] { $capacity } place
       *[other] { $capacity } places
    } · { $taken } taken
admin-events-people = { $adults ->
        [one] { $adults } adult
       *[other] { $adults } adults
    }, { $children ->
        [one] { $children } child
       *[other] { $children } children
    }
admin-events-tally = ✅ { events-families-coming } · 🤔 { $maybe } · ❌ { $no }{ $waiting ->
        [0] {""}
       *[other] {" "}· ⏳ { $waiting }
    }
admin-events-past = past
admin-events-cancelled = cancelled
admin-events-status-active = planned
admin-events-status-cancelled = cancelled
admin-events-created = { $count ->
        [one] Event created: { $count } family invited in the chat.
       *[other] Event created: { $count } families invited in the chat.
    }
admin-events-csv = Download the answers (CSV)
admin-events-ics = Download for a calendar (.ics)
admin-events-who = Who answered
admin-events-answer = Answer
admin-events-answer-yes = comes
admin-events-answer-maybe = maybe
admin-events-answer-no = does not come
admin-events-answer-waitlisted = on the waiting list
admin-events-adults = Adults
admin-events-children = Children
admin-events-unanswered = { $count ->
        [one] { $count } family has not answered
       *[other] { $count } families have not answered
    }
admin-events-change = Change the time or place
admin-events-change-help = Those who answered yes or maybe are told at once in the chat, in their language; while answers are open, those yet to answer and those who said no get it with the answer buttons.
admin-events-change-when-help = The school's time ({ $zone }).
admin-events-change-ends = Ends
admin-events-change-ends-help = Left as it is, the end moves with the start (the event keeps its length). Empty: no end.
admin-events-change-save = Save and tell them
admin-events-change-done = { $count ->
        [0] Event changed. Nobody had answered yes or maybe
        [one] Event changed: { $count } person who said yes or maybe is told in the chat
       *[other] Event changed: { $count } people who said yes or maybe are told in the chat
    }{ $asked ->
        [0] {""}
        [one] ; { $asked } person yet to answer gets the change with the answer buttons
       *[other] ; { $asked } people yet to answer get the change with the answer buttons
    }{ $declined ->
        [0] {""}
        [one] ; { $declined } person who said no is told too, in case they can come now
       *[other] ; { $declined } people who said no are told too, in case they can come now
    }{ $total ->
        [0] , so nobody is told.
       *[other] {"."}
    }
admin-events-exists = This event already exists (same title, time and place): here it is. Nobody was invited twice.
admin-events-unchanged = Nothing changed: the time and place are as they were, so nobody was told.
admin-events-begun = This event has already begun: its time and place can no longer be changed.
admin-events-places-change = Change the number of places
admin-events-places-help = { $taken } taken now; at most { $max }, or empty for no limit. More places confirm the waiting list in order, and those confirmed are told in the chat. There cannot be fewer places than those taken.
admin-events-places-save = Save the number of places
admin-events-places-unchanged = Nothing changed: the number of places is as it was.
admin-events-cancel = Cancel the event
admin-events-cancel-help = Everyone invited is told at once in the chat. This cannot be undone.
admin-events-cancel-done = { $count ->
        [0] The event is cancelled. Nobody had received the invitation yet, so nobody is told.
        [one] The event is cancelled: { $count } person is told in the chat.
       *[other] The event is cancelled: { $count } people are told in the chat.
    }
admin-events-cancel-confirm = Yes: cancel the event and tell every family it was for.
