# The web panel: group orders

admin-orders-order = Order
admin-orders-status = Status
admin-orders-deadline = Deadline
admin-orders-families-col = Families
admin-orders-paid = Paid
admin-orders-refunded = Refunded
admin-orders-refunded-note = (refunded { $amount })
admin-orders-organiser = Organiser
admin-orders-progress = Ordered
admin-orders-minimum = { $total } ordered, minimum { $min }
admin-orders-pickup = Pickup
admin-orders-total = Total
admin-orders-items = Items
admin-orders-totals = Totals to order from the supplier
admin-orders-supplier-csv = Download the CSV for the supplier
admin-orders-families = Families and what they ordered
admin-orders-lines = Ordered
admin-orders-amount = Amount
admin-orders-paid-yes = paid
admin-orders-paid-no = not paid
admin-orders-paid-refunded = refunded
admin-orders-paid-not-asked = payment not asked yet
admin-orders-to-pay = Still to pay
admin-orders-to-pay-count = { $count ->
        [0] nobody: every family has paid
        [one] { $count } family
       *[other] { $count } families
    }
admin-orders-payments = Payments (each Mollie attempt)
admin-orders-attempt = Attempt
admin-orders-refund = Refund
admin-orders-payment-status = { $status ->
        [creating] being created
        [open] link sent
        [pending] pending
        [authorized] authorised
        [paid] paid
        [failed] failed
        [canceled] cancelled by the payer
        [expired] expired
        [abandoned] not created (order cancelled)
       *[other] { $status }
    }
admin-orders-refund-status = { $status ->
        [requested] requested
        [pending] pending
        [queued] queued
        [processing] processing
        [refunded] refunded
        [failed] failed
        [canceled] cancelled
       *[other] { $status }
    }
admin-orders-actions = What the organiser can do
admin-orders-do-close = Close now
admin-orders-do-extend = Extend by a week
admin-orders-do-deliver = Mark as delivered
admin-orders-do-cancel = Cancel the order
admin-orders-help-close = Closes before the deadline: the order goes ahead with payment links if the minimum is reached, otherwise it is cancelled. Everyone is told.
admin-orders-help-extend = Moves the deadline a week later; the families who joined are told.
admin-orders-help-deliver = The order has arrived: every family who ordered gets the same arrival notice as from the chat. This cannot be undone.
admin-orders-help-cancel = Calls the order off: every family is told, and families who paid are refunded through Mollie.
admin-orders-done = { $action ->
        [close] The order is closed.
        [close-below-minimum] The minimum was not reached: the order is cancelled and the families are told.
        [extend] The deadline is a week later.
        [deliver] The order is marked as delivered; the families are told.
        [cancel] The order is cancelled; the refunds of families who paid are on their way.
       *[other] Done.
    }
admin-orders-chart = Group orders per month
admin-orders-chart-count = orders
admin-orders-chart-paid = euros paid
admin-orders-cancel-confirm = Yes: call the order off, tell every family and refund those who paid.
admin-orders-close-confirm = Yes: close now and send every family a payment request (or cancel the order if the minimum is not reached).
