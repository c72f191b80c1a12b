"""The web panel's security: accounts (argon2id), server-side sessions, login throttling,
and the audit log of every change made from the panel."""
