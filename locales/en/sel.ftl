## SEL (time bank): balance, history, pay, request, corrections.

sel-amount = { $units } { $units ->
        [one] unit
       *[other] units
    } ({ $sign }{ $hours } h { $minutes })
sel-the-school = the school
sel-history-line = { $date } · { $direction ->
        [out] →
       *[in] ←
    } { $amount } · { $who }{ $note } · #{ $code }
sel-balance =
    💰 Your balance: { $balance }
    Given: { $given } · Received: { $received }
    Limits: { $low } to { $high }
sel-pay-button = 💸 Pay
sel-request-button = 🙋 Ask for units
sel-history-button = 📜 History
sel-history =
    📜 History (page { $page } of { $pages })
    { $lines }
sel-history-empty = No transfers yet.
sel-ask-who =
    { $mode ->
        [pay] Who do you want to pay? Type part of their name.
       *[request] Who should pay you? Type part of their name.
    }
sel-nobody-found = Nobody in your school matches “{ $text }”. Try another part of the name, or /cancel.
sel-pick-who = Tap the right person (or type another name):
sel-ask-units =
    { $mode ->
        [pay] How much do you pay { $name }? For example 1h30, 45 min or 90 (units; 60 units = 1 hour).
       *[request] How much do you ask { $name } for? For example 1h30, 45 min or 90 (units; 60 units = 1 hour).
    }
sel-ask-note = What was it for? Write a short note, or tap Skip.
sel-confirm =
    { $mode ->
        [pay] Pay { $amount } to { $name }?
       *[request] Ask { $name } for { $amount }?
    }{ $has_note ->
        [no] {""}
       *[yes] {""}
            Note: { $note }
    }
    { $mode ->
        [pay] Your balance afterwards: { $after }
       *[request] Your balance once they pay: { $after }
    }
sel-confirm-button =
    { $mode ->
        [pay] ✅ Pay
       *[request] ✅ Send the request
    }
sel-cancel-button = Cancel
sel-already-done = This was already done; nothing more happened.
sel-cancel-already-paid = This payment is already made; cancelling it here is no longer possible. To correct it, contact the school: an administrator can reverse it.
sel-cancel-already-asked = This request is already sent. To take it back, tap ↩️ Withdraw (here, or under /balance) as long as it is not answered.
sel-paid = ✅ You paid { $amount } to { $name }. Your balance: { $balance }.
sel-paid-notice = 💰 { $name } paid you { $amount }.{ $has_note ->
        [no] {""}
       *[yes] {" "}Note: { $note }.
    } Your balance: { $balance }.
sel-request-notice = 🙋 { $name } asks you for { $amount }.{ $has_note ->
        [no] {""}
       *[yes] {" "}Note: { $note }.
    }
sel-accept-button = ✅ Pay
sel-decline-button = ❌ Decline
sel-request-sent = ✅ Your request for { $amount } was sent to { $name }. I will tell you their answer.
sel-request-answer-notice =
    { $status ->
        [accepted] ✅ { $name } paid your request for { $amount }. Your balance: { $balance }.
       *[declined] ❌ { $name } declined your request for { $amount }.
    }
# Until 2026-11, without the balance (kept for notices queued before).
sel-request-answered =
    { $status ->
        [accepted] ✅ { $name } paid your request for { $amount }.
       *[declined] ❌ { $name } declined your request for { $amount }.
    }
sel-request-decided =
    { $status ->
        [accepted] ✅ You paid { $amount } to { $name }. Your balance: { $balance }.
       *[declined] You declined { $name }'s request for { $amount }.
    }
sel-request-expired-notice = ⌛ Your request to { $name } for { $amount } expired after 14 days without an answer.
sel-reversed = ✅ Transfer of { $amount } reversed. Reason: { $reason }
sel-reversal-notice = ↩️ A transfer was corrected by the school: { $amount }. Reason: { $reason }. Your balance: { $balance }.
sel-reverse-usage = Send /reverse followed by the transfer's code from /history and a reason, for example: /reverse a1b2c3d4 paid twice by mistake

sel-limits-ask-who = Whose SEL limits do you want to change? Type part of their name.
sel-limits-ask-values = { $name }: balance { $balance }, limits { $low } to { $high }. Type the new lower and upper limits, e.g. -600 900.
sel-limits-usage = Type two whole numbers: the lower limit (0 or less) and the upper limit (0 or more), e.g. -600 900.
sel-limits-set = ✅ { $name } may now go from { $low } to { $high }.
sel-limits-notice = ℹ️ The school changed your SEL limits: from { $low } to { $high }.

sel-amount-invalid = I did not understand that amount. Type for example 1h30, 45 min or 90 (a whole number of units, more than 0).
sel-amount-too-large = That is more than { $max } hours at once. Please check the amount.
sel-note-too-long = Please keep the note under { $max } characters.
sel-pay-self = You cannot pay yourself or ask yourself for units.
sel-transfer-id-reused = This button belongs to another transfer. Nothing was changed; please start again.
sel-member-not-found = That person is not an active member of your school.
sel-over-limit-payer = Not possible: your balance is { $balance } and may not go below { $limit }. You can pay at most { $available }.
sel-over-limit-payee = Not possible: the other member cannot receive that many units right now. Nothing was paid.
sel-reverse-reason-required = Please give a reason for the correction.
sel-transfer-not-found = I found no transfer with that code in your school.
sel-transfer-code-ambiguous = More than one transfer of your school has a code starting with { $code }. Send more of its code: the whole code is in the address of its page in the web panel (/panel, Transfers), where you can also reverse it.
sel-reverse-reversal = A correction cannot itself be reversed; make a new payment instead.
sel-already-reversed = This transfer has already been reversed.
sel-reverse-over-limit = Cannot reverse: { $name }'s balance, { $balance }, would go { $side ->
        [below] below their lower limit, { $limit }
       *[above] above their upper limit, { $limit }
    }. Nothing was changed; to correct it anyway, change their limits first.
sel-limits-invalid = The lower limit must be between { $lowest } and 0, the upper one between 0 and { $highest }.
sel-limits-below-balance = The balance, { $balance }, is outside those limits; choose limits that include it.
sel-request-not-found = That request does not exist or is not addressed to you.
sel-request-accepted = You already paid this request.
sel-request-declined = You already declined this request.
sel-request-expired = This request has expired.

sel-pay-at-limit = Your balance is { $balance } and your lower limit { $limit }: you cannot pay anyone until you receive units. Offer a service with /offers, or ask for units with /request.
sel-request-at-limit = Your balance is { $balance } and your upper limit { $limit }: you cannot receive more units for now. Spend some first: see the offers with /offers, or pay someone with /pay.
sel-over-limit-requester = Not possible: your balance is { $balance } and may not go above { $limit }. You can ask for at most { $available }.

## Withdrawing a request one sent, before it is answered.
sel-withdraw-button = ↩️ Withdraw
sel-request-mine = 🕓 You asked { $name } for { $amount }: no answer yet.{ $has_note ->
        [no] {""}
       *[yes] {" "}Note: { $note }.
    }
sel-request-withdrawn-done = ↩️ Your request to { $name } for { $amount } is withdrawn: it can no longer be paid.
sel-request-withdrawn-notice = ↩️ { $name } withdrew their request for { $amount }: you have nothing to pay.
sel-request-withdrawn = This request was withdrawn by the person who sent it: there is nothing to pay.
sel-withdraw-too-late = { $status ->
        [accepted] Too late to withdraw: this request has been paid. To give units back, use /pay.
        [declined] This request was declined already: there is nothing to withdraw.
        [expired] This request has expired: there is nothing to withdraw.
       *[withdrawn] You have already withdrawn this request.
    }

## Changing the amount at the confirmation (✏️ Amount), the person and the note kept.
sel-amount-button = ✏️ Amount
sel-ask-new-units =
    { $mode ->
        [pay] How much do you pay { $name } instead of { $amount }? For example 1h30, 45 min or 90. The rest stays as it was.
       *[request] How much do you ask { $name } for instead of { $amount }? For example 1h30, 45 min or 90. The rest stays as it was.
    }
sel-amount-already-asked = I am waiting for the new amount: type it (for example 1h30, 45 min or 90), or send /cancel to stop. Nothing was changed.
sel-amount-too-late =
    { $kind ->
        [paid] This payment is already made: its amount can no longer be changed. To correct it, contact the school: an administrator can reverse it.
       *[asked] This request is already sent: its amount can no longer be changed. You can withdraw it under /balance and ask again.
    }
