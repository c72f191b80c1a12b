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
admin-figure-families = active families
admin-figure-transfers = SEL transfers in the last 30 days
admin-attention = Needs attention
admin-figure-pending = { $count ->
        [one] 1 registration to approve
       *[other] { $count } registrations to approve
    }
admin-figure-failed = { $count ->
        [one] 1 message not delivered
       *[other] { $count } messages not delivered
    }
admin-search = Search
admin-name = Name
admin-status = Status
admin-approve = Approve
admin-reject = Reject
admin-decided = Done: { $name }.
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
admin-all = All
admin-joined = Joined
admin-actions = Actions
admin-nothing = Nothing here yet.
admin-previous = Previous
admin-next = Next
admin-saved = Saved.
admin-phone = Phone
admin-email = E-mail
admin-language = Language
admin-sel-balance = SEL balance
admin-children = Children
admin-identities = Chat apps
admin-unreachable = unreachable
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
admin-classes = Classes
admin-sel = SEL
admin-events = Events
admin-announcements = Announcements
admin-orders = Orders
admin-settings = Settings
admin-skip = Skip to content
