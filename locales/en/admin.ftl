# The web panel

admin-title = admin panel
admin-nav = Main menu
admin-dashboard = Dashboard
admin-members = Members
admin-logout = Log out
admin-login = Log in
admin-login-name = Login (e-mail)
admin-password = Password
admin-login-failed = Wrong login or password.
admin-login-throttled = Too many attempts from here. Wait a quarter of an hour, or log in from another network.
admin-figure-families = { $count ->
        [one] active family
       *[other] active families
    }
admin-figure-transfers = { $count ->
        [one] SEL transfer in the last 30 days
       *[other] SEL transfers in the last 30 days
    }
admin-attention = Needs attention
admin-figure-pending = { $count ->
        [one] { $count } registration to approve
       *[other] { $count } registrations to approve
    }
admin-figure-failed = { $count ->
        [one] { $count } message not delivered
       *[other] { $count } messages not delivered
    }
admin-search = Search
admin-name = Name
admin-status = Status
admin-approve = Approve
admin-reject = Reject
admin-reject-ellipsis = Reject…
admin-reject-confirm = Yes: reject the registration of { $name }. They are told in the chat at once; this cannot be undone.
admin-member-done = { $done ->
        [approved] ✅ { $name } is approved and told so in the chat.
        [rejected] { $name }'s registration is declined; they are told in the chat.
        [granted] ✅ Role given to { $name }.
        [revoked] Role taken back from { $name }.
        [active] ✅ { $name } is active again.
        [deactivated] { $name } is deactivated: no more access to the bot's features.
        [erased] The member's personal data is erased; their SEL account stays, anonymous.
       *[other] Saved.
    }
admin-member-unscheduled = { $count ->
        [one] Their scheduled announcement is stopped: a draft again, it will not go out.
       *[other] Their { $count } scheduled announcements are stopped: drafts again, they will not go out.
    }
admin-pages = Pages
admin-not-found = Not found.
admin-status-pending = waiting for approval
admin-status-active = active
admin-status-rejected = rejected
admin-status-deactivated = deactivated
admin-member-not-found = No member with that id.
admin-not-an-admin = That member is not an administrator of their school.
admin-password-too-short = The password needs at least { $min } characters.
admin-chart-transfers = SEL exchanges per month
admin-chart-transfers-count = transfers
admin-chart-transfers-hours = hours exchanged
admin-chart-messages = Messages delivered per day
admin-chart-messages-count = messages
admin-refused = Not done
admin-back = Back
admin-pending-help = This parent is waiting for your approval.
admin-all = All
admin-joined = Joined
admin-actions = Actions
admin-nothing = Nothing here yet.
# A search (a name, a child, a class) that found nobody.
admin-no-result = No result for “{ $query }”
admin-members-found = { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
admin-members-csv = Download this list (CSV)
admin-members-csv-column = { $column ->
        [last-name] last name
        [first-name] first name
        [children] children
        [phone] phone
        [email] email
        [language] language
        [status] status
       *[joined] joined
    }
admin-previous = Previous
admin-next = Next
admin-saved = Saved.
admin-phone = Phone
admin-email = E-mail
admin-language = Language
admin-sel-balance = SEL balance
admin-children = Children
admin-other-parents = Also parent of these children
admin-identities = Chat apps
admin-unreachable = unreachable
admin-channel-telegram = Telegram
admin-channel-whatsapp = WhatsApp
admin-channel-console = Local console (tests and demo)
admin-roles = Roles
admin-role = Role
admin-role-parent = Parent
admin-role-class_rep = Class rep
admin-role-admin = Administrator
admin-revoke = Remove
admin-class-for-rep = Class (for a class rep)
admin-grant = Give the role
admin-standing = Account
admin-deactivate-help = A deactivated member can no longer use the bot; their history stays.
admin-deactivate = Deactivate
admin-activate = Reactivate
admin-last-admin = The school needs at least one other active administrator first.
admin-role-class-missing = Choose the class this rep represents.
admin-role-active-only = Only an active member can be given a role.
admin-classes = Classes
admin-sel = SEL
admin-events = Events
admin-announcements = Announcements
admin-orders = Orders
admin-settings = Settings
admin-skip = Skip to content
admin-school-year = School year
admin-show = Show
admin-classes-of = Classes { $year }
admin-class = Class
admin-reps = Class reps
admin-invites = Invite codes
admin-invite-sheet = Printable sheet with QR codes
admin-invite-per-class = Make one parent code per class
admin-code = Code
admin-expires = Expires
admin-uses = Used
admin-invite-revoked = revoked
admin-invite-usable = usable
admin-invite-spent = expired or used up
admin-invite-revoke-ellipsis = Revoke…
admin-invite-revoke = Revoke the code
admin-invite-revoke-title = Revoke the code { $code }?
admin-invite-revoke-explain = Nobody can register with this code any more: every printed sheet, QR code and link that carries it stops working at once. Those who already registered with it stay members. This cannot be undone.
admin-invite-revoke-confirm = Yes: revoke the code { $code }.
admin-invite-revoked-done = Code { $code } revoked: it no longer works.
admin-invite-already-revoked = Code { $code } is already revoked: nothing changed.
admin-invite-new = New invite code
admin-invite-days = Valid for (days)
admin-invite-uses = Maximum uses
admin-invite-uses-help = Leave empty for no limit.
admin-invite-create = Create the code
admin-invite-done = Code { $code } saved.
admin-invite-role-invalid = Choose parent, class rep or administrator.
admin-invite-days-invalid = Between 1 and 365 days.
admin-invite-uses-invalid = Between 1 and 1000, or empty.
admin-invite-print = Print this page (Ctrl+P): one card per code.
admin-whole-school = Whole school
admin-invite-how = Scan with your phone, or send this code to the school's bot:
admin-qr-for = QR code for { $app }, code { $code }
admin-invite-none = No usable parent code. Create one on the classes page.
admin-save = Save
admin-settings-name = School name
admin-settings-locale = Default language
admin-locale-fr = Français
admin-locale-nl = Nederlands
admin-locale-en = English
admin-settings-approval = New parents wait for an administrator's approval
admin-settings-quiet = Quiet hours
admin-settings-quiet-help = No reminders or news are sent between these times (urgent messages still are). The same time twice means no quiet hours.
admin-settings-quiet-start = From (HH:MM)
admin-settings-quiet-end = Until (HH:MM)
admin-settings-reminders = Event reminders (hours before)
admin-settings-reminders-help = Separated by commas, e.g. 24, 2 — at most { $most } hours.
admin-settings-modules = What the bot offers
admin-module-sel = SEL (time bank)
admin-module-events = Events
admin-module-orders = Group orders
admin-module-announcements = Announcements
settings-name-invalid = Give the school a name (up to 200 characters).
settings-locale-invalid = Choose French, Dutch or English.
settings-time-invalid = A time like 21:00.
settings-reminders-invalid = Whole numbers of hours between 1 and { $most }, separated by commas.
settings-module-invalid = Unknown module.
admin-privacy = Personal data (RGPD)
admin-export = Download everything about this member (JSON)
admin-erase = Erase this member's personal data
admin-erase-title = Erase { $name }?
admin-erase-explain = Names, contact details, chat apps, children and every text they wrote are erased for good. Their SEL account and transfers stay, under a pseudonym, so that every balance stays right. Seats at coming events and places in open orders are given back.
admin-erase-balance = SEL balance: { $balance } { $balance ->
        [one] unit
       *[other] units
    } (it stays in the books).
admin-erase-open-orders = { $count ->
        [one] They leave { $count } open group order.
       *[other] They leave { $count } open group orders.
    }
admin-erase-unpaid = { $count ->
        [one] { $count } confirmed order is not paid yet: the payment stays due.
       *[other] { $count } confirmed orders are not paid yet: the payments stay due.
    }
admin-erase-confirm = I have checked: erase { $name }'s personal data. This cannot be undone.
admin-confirm-missing = Tick the box to confirm.
admin-form-expired = This form is no longer valid (perhaps you logged in again in another tab): nothing was changed. Reload the page and try again.
admin-figure-unpaid = { $count ->
        [one] { $count } family still has a group order to pay
       *[other] { $count } families still have a group order to pay
    }
admin-link-ask = Open the panel as { $name }? This link works once.
admin-link-enter = Open the panel
admin-link-invalid = This link has expired or was already used. Send /panel to the bot for a new one.
admin-year-title = New school year
admin-year-explain = Starting { $year } makes next year's classes and moves every child one class up (M3 → P1, P5 → P6); children leaving P6 are removed, and each family is told. Class reps, class groups, upcoming events and open orders move up with their families (each rep is told their new class; P6's reps are reps no more); invite codes stay with their class level. Children whose family gave their class from 15 July (next September's, asked by its year) stay in that class.
admin-year-confirm = Yes: start the school year { $year } now.
admin-year-start = Start { $year }
admin-year-not-yet = Possible from 15 July { $from }.
admin-year-done = The school year { $year } has started: { $moved ->
        [one] { $moved } child moved
       *[other] { $moved } children moved
    } up, { $left ->
        [one] { $left } finished
       *[other] { $left } finished
    } primary school.
admin-year-done-placed = { $placed ->
        [one] { $placed } child stays in the class their family gave for { $year }.
       *[other] { $placed } children stay in the class their family gave for { $year }.
    }
