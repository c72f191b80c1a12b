# Group orders

orders-status-open = open
orders-status-closed = closed
orders-status-confirmed = confirmed
orders-status-cancelled = cancelled
orders-status-completed = delivered

orders-join = 🛒 Join
# Announcements queued before they showed the items (kept until none is left to send).
orders-announce =
    🛒 New group order: { $title }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    Minimum to go ahead: { $min }. Order before { $deadline }.
orders-announce-offer =
    🛒 New group order: { $title }{ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }
    { $items }
    { $min ->
        [one] It goes ahead if families order at least { $min } item in all.
       *[other] It goes ahead if families order at least { $min } items in all.
    }{ $max ->
        [0] {""}
       *[other] {" "}At most { $max } per family.
    }
    ⏰ Order before { $deadline }.{ $has_pickup ->
        [no] {""}
       *[yes] {""}
            📦 Pickup: { $pickup }
    }
orders-card =
    🛒 { $title } ({ $status }){ $has_description ->
        [no] {""}
       *[yes] {""}
            { $description }
    }{ $has_pickup ->
        [no] {""}
       *[yes] {""}
            📦 Pickup: { $pickup }
    }{ $open ->
        [yes] {""}
            ⏰ Order before { $deadline }
       *[no] {""}
    }
    📊 { $total } ordered (minimum { $min }){ $max ->
        [0] {""}
       *[other] {""} · at most { $max } per family
    }
    Items:
    { $items }{ $has_mine ->
        [no] {""}
       *[yes] {""}
            Your order:
            { $mine }
    }
orders-family-order =
    👥 { $name } ordered:
    { $lines }
orders-item = • { $name } — { $price }{ $count ->
        [0] {""}
       *[other] {""} ({ $variants })
    }
orders-line = • { $quantity } × { $name } — { $amount }
orders-total-line = • { $quantity } × { $name }
orders-mine-none = nothing yet
orders-mine-total = Total: { $amount }
orders-mine-paid = ✅ Paid: { $amount }
# Under "Your order" on a cancelled order.
orders-mine-pay-nothing = ❌ Cancelled: you pay nothing.
orders-mine-refunded = ↩️ Cancelled: the { $amount } you paid is refunded to you.
orders-mine-refund-by-hand = ⚠️ Cancelled: Mollie could not refund the { $amount } you paid; the school will refund you by hand.
orders-pick = ➕ { $name }
orders-leave = 🚪 Leave this order
orders-pay = 💶 Pay
orders-manage = 🛠 Manage
orders-none = No group order for you at the moment.
orders-list = 🛒 Group orders:
orders-list-entry = { $title } · { $status } · { $total } ordered (minimum { $min })
orders-ask-variant = Which one for { $name }?
orders-ask-quantity = How many { $name } at { $price }? Tap a number, or type one (0 removes it).
orders-updated = ✅ Your order is updated.
orders-left = You have left this order.
orders-leave-confirm =
    Leave “{ $title }”? What you ordered is removed:
    { $lines }
orders-leave-yes = 🚪 Yes, leave
orders-leave-no = No, stay
orders-leave-nothing = You have nothing in this order any more: there is nothing to leave.
orders-already-paid = ✅ You have paid { $amount }. Thank you!
orders-pay-here = Your amount: { $amount }. Pay by Bancontact or card here: { $url }
orders-link-coming = Your amount: { $amount }. A new payment link is on its way.
orders-nothing-to-pay = There is nothing to pay for this order.

orders-pay-link =
    ✅ The order “{ $title }” goes ahead!
    Your amount: { $amount }. Pay by Bancontact or card here: { $url }
orders-pay-reminder =
    ⏰ Reminder: your payment of { $amount } for “{ $title }” is still open.
    Pay here: { $url }
orders-paid = ✅ Payment of { $amount } received for “{ $title }”. Thank you!
orders-paid-after-cancel = ↩️ Your payment of { $amount } for “{ $title }” came in after the order was cancelled: it is refunded to you.
orders-payment-failed = ⚠️ Your payment of { $amount } for “{ $title }” did not go through.{ $retry ->
        [link] {" "}A new link follows.
        [tap] {" "}To try again, tap 💶 Pay on the order in /orders.
       *[none] {""}
    }
orders-pay-new-link = 🔗 A new payment link for “{ $title }”. Your amount: { $amount }. Pay by Bancontact or card here: { $url }
orders-refunded = ↩️ { $amount } for “{ $title }” is being refunded to you.
orders-cancelled-minimum = ❌ The order “{ $title }” is cancelled: { $total } ordered, { $min } were needed. You pay nothing.
orders-cancelled-minimum-organiser = ❌ “{ $title }” closed below its minimum ({ $total } ordered, { $min } needed) and is cancelled. The families are told.
# Kept for messages queued before orders-called-off said what it means for each family.
orders-cancelled-by-organiser = ❌ The order “{ $title }” was called off by its organiser. If you paid, you will be refunded.
orders-called-off = ❌ The order “{ $title }” was called off by its organiser.{ $stage ->
        [paid] {" "}The { $amount } you paid is refunded to you.
        [link] {" "}You pay nothing: do not use its payment link.
       *[open] {" "}You pay nothing.
    }
orders-confirmed-organiser = ✅ “{ $title }” goes ahead: { $total } ordered by { $families ->
        [one] { $families } family
       *[other] { $families } families
    }. Payment links are being sent.
orders-minimum-reached =
    🎉 “{ $title }” has reached its minimum: { $total } ordered (minimum { $min }) by { $families ->
        [one] { $families } family
       *[other] { $families } families
    }, { $amount } in all.
    { $totals }
    It goes ahead at the deadline, { $deadline }; families can still join until then. To close it earlier: 🛠 Manage in /orders.
orders-all-paid = 💶 Every family has paid for “{ $title }”: { $amount } from { $families ->
        [one] { $families } family
       *[other] { $families } families
    }.{ $delivered ->
        [yes] {" "}It was delivered already: the order is settled.
       *[no] {""}
            To order from the supplier:
            { $totals }
            📄 The CSV for the supplier is under 🛠 Manage in /orders.
    }
orders-minimum-lost = ⚠️ “{ $title }” is below its minimum again: { $total } ordered, { $min } needed. Unless families order more by { $deadline }, it will be cancelled. To give them a week more: ⏰ Extend by a week, under 🛠 Manage in /orders.
orders-below-minimum = ⚠️ “{ $title }” has { $total } of the { $min } needed, and closes on { $deadline }. Extend it by a week?
orders-extended = ⏰ “{ $title }” stays open until { $deadline }.
orders-delivered = 📦 “{ $title }” has arrived!{ $has_pickup ->
    [no] {""}
   *[yes] {" "}Pickup: { $pickup }
}

orders-manage-title = 🛠 “{ $title }” ({ $status })
orders-action-summary = 📋 Who ordered what
orders-action-csv = 📄 CSV for the supplier
orders-action-close = 🔒 Close now
orders-action-extend = ⏰ Extend by a week
orders-action-cancel = ❌ Cancel the order
orders-action-delivered = 📦 Delivered
orders-action-remind = 🔔 Remind unpaid
orders-summary =
    📋 “{ $title }” ({ $status }) — { $families_count ->
        [one] { $families_count } family
       *[other] { $families_count } families
    }{ $has_progress ->
        [yes] {""}
            { $progress }
       *[no] {""}
    }
    Totals:
    { $totals }
    Families:
    { $families }
    Total { $amount }, paid { $paid }{ $has_refunded ->
        [yes] , refunded { $refunded }
       *[no] {""}
    }
orders-summary-family = • { $name }: { $lines } — { $amount }{ $paid ->
        [yes] {""} ✅
        [partly] {""} (✅ { $paid_amount })
        [refunded] {""} ↩️
       *[no] {""}
    }
orders-summary-paid-count = 💶 Paid: { $paid } of { $families ->
        [one] { $families } family
       *[other] { $families } families
    }
orders-csv-caption = “{ $title }”: totals and each family's order.
# The supplier's CSV: its column heads, and whether a family paid.
orders-csv-column = { $column ->
        [item] item
        [variant] variant
        [quantity] quantity
        [family] family
        [classes] classes
        [amount] amount (€)
       *[paid] paid
    }
orders-csv-paid = { $paid ->
        [yes] yes
        [refunded] refunded
        [partly] partly
       *[no] no
    }
orders-closed-now = The order is closed: { $status }.
orders-close-confirm = { $reached ->
        [yes] Close “{ $title }” now? { $total } ordered (minimum { $min }): the order goes ahead and { $families ->
            [one] { $families } family gets
           *[other] { $families } families get
        } a payment link. Nobody can order after that.
       *[no] Close “{ $title }” now? Only { $total } ordered of the { $min } needed: the order will be cancelled for everyone.
    }
orders-close-yes = 🔒 Yes, close it
orders-close-no = No, keep it open
orders-extended-organiser = ⏰ Extended: open until { $deadline }.
orders-cancel-confirm = Cancel “{ $title }”? Everyone is told, and those who paid are refunded.
orders-cancel-yes = Yes, cancel it
orders-cancel-no = No, keep it
orders-cancelled-organiser = The order is cancelled; { $refunds ->
        [0] nobody had paid, so there is nothing to refund.
        [one] { $refunds } refund is on its way.
       *[other] { $refunds } refunds are on their way.
    }
orders-completed = 📦 Marked as delivered; the families are told.{ $unpaid ->
        [0] {""}
        [one] {" "}{ $unpaid } family has not paid yet: it keeps its Pay button and its reminders, and the order stays in your /orders until it has paid.
       *[other] {" "}{ $unpaid } families have not paid yet: they keep their Pay button and their reminders, and the order stays in your /orders until they have paid.
    }
orders-delivered-confirm = Mark “{ $title }” as delivered? { $families ->
        [one] { $families } family
       *[other] { $families } families
    } will be told it has arrived. This cannot be undone.
orders-delivered-yes = 📦 Yes, arrived
orders-delivered-no = No, not yet
orders-not-confirmed = Only a confirmed order can be marked as delivered.

orders-ask-title = 🛒 New group order. What is it called? (e.g. “Class T-shirts”)
orders-ask-description = A few words about it (or Skip).
orders-ask-photo = Send a photo or a leaflet (or Skip).
orders-photo-expected = Send a photo or a document, or tap Skip.
orders-ask-item = An item: its name and price, e.g. “T-shirt 12,50”.
orders-ask-variants = Sizes or variants of { $name }, separated by commas (e.g. “S, M, L”), or Skip.
orders-item-added = { $count ->
        [one] { $count } item so far.
       *[other] { $count } items so far.
    }
orders-add-item = ➕ Another item
orders-items-done = ✅ That's all
orders-ask-minimum = Minimum total quantity for the order to go ahead?
orders-ask-maximum = At most how many per family? (or Skip: no limit)
orders-ask-deadline = Deadline to order? (e.g. “12/12 20h”)
orders-ask-pickup = Pickup or delivery: where and when? (or Skip)
orders-preview =
    Check the order:
    🛒 { $title }
    { $description }
    { $items }
    Minimum { $min }{ $max ->
        [0] {""}
       *[other] {""}, at most { $max } per family
    }
    ⏰ Until { $deadline } · 📦 { $pickup } · 👥 { $audience }{ $photo ->
        [yes] {""} · 📎 photo
       *[no] {""}
    }
orders-publish = 📣 Publish
orders-published = ✅ Published: the families are told.

orders-price-invalid = Please give a price in euros, e.g. “12,50”.
orders-item-invalid = Please type the item's name, then its price, e.g. “T-shirt 12,50”.
orders-variants-invalid = Please give 1 to { $max } variants separated by commas.
orders-organisers-only = Only class representatives and administrators can start a group order.
orders-rep-own-classes = You can only start orders for your own classes.
orders-title-invalid = Please give a title of 3 to { $max } characters.
orders-items-invalid = An order has 1 to { $max } items.
orders-number-invalid = Please type a whole number, e.g. 30.
orders-maximum-invalid = Please type a whole number from 1 to { $max }, or Skip: no limit.
orders-deadline-in-past = That moment has passed; please give a deadline in the future.
orders-not-found = This order does not exist or is not for you.
orders-manage-refused = Only the organiser of “{ $title }”, the school's admins and the reps of every class it is for can manage it.
# To an order's organiser, when another rep of all its classes closed it, called it off or reminded its families to pay.
orders-co-rep-did = { $what ->
        [closed] 🔒 { $name } (rep of { $classes }) closed your order “{ $title }” before its deadline.
        [cancelled] ❌ { $name } (rep of { $classes }) called off your order “{ $title }”; the families who joined are told, and who paid is refunded.
       *[reminded] 🔔 { $name } (rep of { $classes }) reminded { $count ->
            [one] { $count } family
           *[other] { $count } families
        } yet to pay for your order “{ $title }”.
    }
orders-closed = This order is closed; it can no longer be changed.
orders-quantity-invalid = Please give a quantity from 0 to { $max }.
orders-max-per-family = At most { $max } per family for this order, and your family already has { $has }: { $most ->
        [0] no more { $name } unless you lower another line.
       *[other] { $most } { $name } at most.
    }
orders-payment-page = Thank you! You can go back to the chat: it confirms as soon as the payment is received.
orders-refund-undone =
    ⚠️ Mollie did not refund { $amount } to { $name } for “{ $title }” (the refund { $status ->
        [failed] failed
       *[other] was cancelled
    }). Please refund them by hand, from the Mollie dashboard or by bank transfer.
orders-remind-pay = 🔔 { $organiser } reminds you: the { $amount } of your order “{ $title }” is still to pay. Tap 💶 Pay for your payment link.
orders-reminded = 🔔 { $count ->
        [one] { $count } family has
       *[other] { $count } families have
    } not paid “{ $title }” yet: they get a reminder with the Pay button{ $later ->
        [yes] {" "}after the quiet hours, on { $at }.
       *[no] .
    }
orders-remind-already = The families yet to pay have already been reminded today, or their payment link is still on its way: you can remind them again tomorrow.
orders-remind-nobody = Every family has paid: there is nobody to remind.
orders-remind-not-payable = This order is not waiting for payments: there is nobody to remind.
orders-refund-by-hand = ⚠️ Mollie could not refund the { $amount } you paid for “{ $title }”: the school will refund you by hand.
