## Events: errors, reminders.

events-reminder = ⏰ Reminder: { $title } — { $when }, { $location }.
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
events-slots-invalid = At most { $max } volunteer slots, each for 1 to 100 people.
events-start-in-past = The start must be in the future.
events-title-invalid = Please type a title of 3 to { $max } characters.
