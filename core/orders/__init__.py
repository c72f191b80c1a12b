"""Group orders: create, join, close at the deadline, pay with Mollie, refund, deliver."""
