# The web panel: SEL accounts, limits and transfers

admin-sel-accounts = Accounts and balances
admin-sel-member = Member
admin-sel-balance-col = Balance
admin-sel-given = Given
admin-sel-received = Received
admin-sel-limits = Limits
admin-sel-overridden = set by hand
admin-sel-school-limits = The school's limits
admin-sel-school-limits-help = New accounts open with these limits and this opening balance. Accounts whose limits were set by hand keep them. The others follow the new limits, except an account whose balance is outside them: it keeps its old limits until a later change includes its balance.
admin-sel-behind = { $count ->
        [one] { $count } account keeps older limits: its balance was outside the school's limits when they changed.
       *[other] { $count } accounts keep older limits: their balance was outside the school's limits when they changed.
    }
admin-sel-min = Lower limit (units)
admin-sel-max = Upper limit (units)
admin-sel-opening = Opening balance (units)
admin-sel-save = Save
admin-sel-limits-saved = Limits saved.
admin-sel-whole-number = Type a whole number of units, e.g. -300.
admin-sel-min-invalid = The lower limit must be between { $bound } and 0.
admin-sel-max-invalid = The upper limit must be between 0 and { $bound }.
admin-sel-opening-invalid = The opening balance must be between 0 and the upper limit, { $max }.
admin-sel-account = SEL account of { $name }
admin-sel-account-not-found = No SEL account with that number in your school.
admin-sel-account-limits = This account's limits
admin-sel-account-limits-help = Limits set here stay when the school changes its limits. The member is told.
admin-sel-see-transfers = See this account's transfers
admin-sel-transfers = Transfers
admin-sel-transfer = Transfer { $code }
admin-sel-date = Date
admin-sel-code = Code
admin-sel-kind-label = Kind
admin-sel-kind = { $kind ->
        [opening] opening balance
        [payment] payment
        [request] paid request
        [reversal] correction
       *[other] { $kind }
    }
admin-sel-payer = From
admin-sel-payee = To
admin-sel-units = Units
admin-sel-note = Note
admin-sel-school = the school
admin-sel-filter-who = Member's name
admin-sel-since = From (date)
admin-sel-until = To (date)
admin-sel-min-units = At least (units)
admin-sel-filter = Filter
admin-sel-clear = Clear the filters
admin-sel-account-only = Only the account of { $name }.
admin-sel-date-invalid = Type a date like 2026-11-21.
admin-sel-csv = Download these transfers (CSV)
# The transfers' CSV: its column heads.
admin-sel-csv-column = { $column ->
        [date] date
        [transfer] transfer
        [kind] kind
        [from] from
        [to] to
        [units] units
        [hours] hours
        [note] note
       *[reverses] correction of
    }
admin-sel-reverse = Reverse
admin-sel-reason = Reason for the correction
admin-sel-reverse-help = A correction is a new transfer back, with your reason; both members are told. The original stays in the history.
admin-sel-reversed = The transfer is reversed; both members are told.
admin-sel-reversed-by = reversed
admin-sel-reversal-of = correction of { $code }
admin-sel-see-reversal = See the correction { $code }

# The web panel: SEL offers and needs, their reports, removal
admin-sel-posts = Offers and needs
admin-sel-posts-help = The parents' offers and needs that are shown or paused, newest first. 🚩 tells how many times parents reported a post.
admin-sel-posts-reported-only = Reported only
admin-sel-posts-reported-count = 🚩 { $count } reported
admin-sel-post-posted = Posted
admin-sel-post-category = Category
admin-sel-post-title = Title
admin-sel-post-author = Author
admin-sel-post-ends = Ends
admin-sel-post-reports = Reports
admin-sel-post-text = Text
admin-sel-post-rate = Rate (per hour)
admin-sel-post-status-removed = 🚫 Removed by the school
admin-sel-post-reason = Reason
admin-sel-post-reason-help = Its author reads it; { $max } characters at most.
admin-sel-post-reporter = Reported by
admin-sel-post-report-open = not dismissed
admin-sel-post-report-dismissed = dismissed on { $date }
admin-sel-post-dismiss = Dismiss the reports
admin-sel-post-dismiss-help = The post stays as it is; its reports no longer count in the list.
admin-sel-post-dismissed = The reports are dismissed; the post stays.
admin-sel-post-remove = Remove the post
admin-sel-post-remove-help = The post disappears for every parent, as a deleted one does, for good. Its author is told, with your reason, not who reported it.
admin-sel-post-remove-confirm = Yes, I am sure: remove this post
admin-sel-post-removed = The post is removed; its author is told.
admin-sel-post-not-found = No offer or need with that number in your school.
admin-sel-post-reason-required = Please give a reason: the post's author reads it.
admin-sel-post-reason-too-long = Please keep the reason to { $max } characters at most.
admin-sel-post-removed-already = This post is already removed.
