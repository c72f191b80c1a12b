# The panel's announcements area

admin-announcements-new = New announcement
admin-announcements-one = Announcement
admin-announcements-date = Sent
admin-announcements-author = From
admin-announcements-audience = To
admin-announcements-audience-school = Whole school
admin-announcements-audience-classes = Some classes
admin-announcements-audience-reps = Class representatives
admin-announcements-audience-admins = Administrators
admin-announcements-audience-invalid = Choose who receives it.
admin-announcements-classes = Classes (for “Some classes”)
admin-announcements-classes-help = Their families and class representatives receive it.
admin-announcements-delivery = Delivery
admin-announcements-figures = { $sent }/{ $recipients } sent · read by { $read } of { $who ->
        [people] { $families ->
            [one] { $families } person
           *[other] { $families } people
        }
       *[families] { $families ->
            [one] { $families } family
           *[other] { $families } families
        }
    } · { $failed } not delivered
admin-announcements-queued = { $who ->
        [people] { $count ->
            [one] Sending to { $count } person in the chat.
           *[other] Sending to { $count } people in the chat.
        }
       *[families] { $count ->
            [one] Sending to { $count } family in the chat.
           *[other] Sending to { $count } families in the chat.
        }
    }
admin-announcements-urgent = Urgent
admin-announcements-urgent-yes = yes, sent even during quiet hours
admin-announcements-urgent-no = no, waits for the end of quiet hours
admin-announcements-urgent-help = Urgent: send at once, even during quiet hours
admin-announcements-file = Photo or document (optional)
admin-announcements-file-help = A JPEG or PNG photo, or any document, { $max } MB at most.
admin-announcements-stopped = stopped
admin-announcements-reminders = Reminders
admin-announcements-follow-up = Follow-up
admin-announcements-remind = Remind those who have not read it
admin-announcements-remind-help = { $who ->
        [people] { $count ->
            [one] { $count } person has not marked it as read yet: they receive it again in the chat, from its author.
           *[other] { $count } people have not marked it as read yet: they receive it again in the chat, from its author.
        }
       *[families] { $count ->
            [one] { $count } family has not marked it as read yet: its parents receive it again in the chat, from its author.
           *[other] { $count } families have not marked it as read yet: their parents receive it again in the chat, from its author.
        }
    }
admin-announcements-reminded = { $who ->
        [people] { $count ->
            [one] Sent again to { $count } person who has not read it.
           *[other] Sent again to { $count } people who have not read it.
        }
       *[families] { $count ->
            [one] Sent again to { $count } family that has not read it.
           *[other] Sent again to { $count } families that have not read it.
        }
    }
admin-announcements-all-read = Everyone has read it: there is nobody to remind.
admin-announcements-stop = Stop sending
admin-announcements-stop-help = { $count ->
        [one] { $count } message still waiting is not sent; those already delivered stay delivered. This cannot be undone.
       *[other] { $count } messages still waiting are not sent; those already delivered stay delivered. This cannot be undone.
    }
admin-announcements-stop-confirm = Yes: stop sending this announcement.
admin-announcements-stopped-done = { $count ->
        [one] Stopped: { $count } message was held back. Those already delivered stay delivered.
       *[other] Stopped: { $count } messages were held back. Those already delivered stay delivered.
    }
admin-announcements-progress = Share of the messages delivered
admin-announcements-figure-recipients = Recipients
admin-announcements-figure-queued = Waiting to be sent
admin-announcements-figure-sent = Delivered to the chat app
admin-announcements-figure-read = { $who ->
        [people] People who marked it as read
       *[families] Families who marked it as read
    }
admin-announcements-figure-failed = Failed
admin-announcements-figure-blocked = Bot blocked by the person
admin-announcements-finished = Delivery finished.
admin-announcements-refresh = Refresh the figures
admin-announcements-form-errors = Some fields need another look: see the messages below them.
admin-announcements-text-in = Text in { $language }
admin-announcements-text-help = Up to { $max } characters. Families who read another language receive it as written, unless you add their version below.
admin-announcements-version = Version in { $language } (optional)
admin-announcements-version-help = Families who read { $language } receive this version.
admin-announcements-choices = Answer choices (a quick poll, optional)
admin-announcements-choices-help = One per line: { $min } to { $max } choices, each up to { $length } characters, the same in every language. Each family then answers by tapping one of them (one answer per family) instead of “👍 Read”. Leave it empty for a plain announcement.
admin-announcements-poll-count = Please type { $min } to { $max } choices, one per line (there { $count ->
        [one] is { $count }
       *[other] are { $count }
    }), or empty this field for a plain announcement.
admin-announcements-poll-empty-line = Line { $line } is empty: please type one choice per line, without blank lines.
admin-announcements-poll-too-long = Choice { $line } has { $length } characters: each choice may have at most { $max }.
admin-announcements-poll-twice = “{ $choice }” is there twice: each choice must be different.
admin-announcements-poll-preview-help = A quick poll: each family answers by tapping one of the { $count } choices under the message (one answer per family: a parent's answer replaces the other's).
admin-announcements-buttons = Buttons under the message
admin-announcements-to-preview = Preview
admin-announcements-edit-title = Edit the draft
admin-announcements-back-to-preview = Back to the preview
admin-announcements-current-file = Attached now: { $name }
admin-announcements-remove-file = Remove this file
admin-announcements-file-replace = Another photo or document instead (optional)
admin-announcements-preview-title = Preview: not sent yet
admin-announcements-preview-help = This is what families will read in the chat. Nothing is sent until you press “Send now”.
admin-announcements-reach = { $who ->
        [people] { $people ->
            [one] { $people } person
           *[other] { $people } people
        }
       *[families] { $count ->
            [one] { $count } family
           *[other] { $count } families
        }, { $people ->
            [one] { $people } person
           *[other] { $people } people
        }
    }
admin-announcements-reach-language = { $language }: { $count }
admin-announcements-untranslated = { $count ->
        [one] { $count } person will receive it in { $language }, not in their own language: “Edit” adds a version for them.
       *[other] { $count } people will receive it in { $language }, not in their own language: “Edit” adds a version for them.
    }
admin-announcements-card = In { $language } · { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
admin-announcements-no-version = No version in { $language }: these families receive the text in { $original }.
admin-announcements-decide = Send it?
admin-announcements-send-now = Send now
admin-announcements-edit = Edit
admin-announcements-discard = Discard the draft
admin-announcements-discard-confirm = Yes: discard this draft; what was typed is lost.
admin-announcements-discarded = The draft was discarded; nothing was sent.
admin-announcements-drafts = Your drafts, not sent yet
admin-announcements-sent = Sent announcements
admin-announcements-written = written { $when }
admin-announcements-unread-title = { $who ->
        [people] { $count ->
            [one] Not read yet: { $count } person
           *[other] Not read yet: { $count } people
        }
       *[families] { $count ->
            [one] Not read yet: { $count } family
           *[other] Not read yet: { $count } families
        }
    }
admin-announcements-unread-more = { $who ->
        [people] { $count ->
            [one] … and { $count } more person.
           *[other] … and { $count } more people.
        }
       *[families] { $count ->
            [one] … and { $count } more family.
           *[other] … and { $count } more families.
        }
    }
