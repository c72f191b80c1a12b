"""Announcements: compose, queue to an audience, acknowledge, follow delivery."""

TEXT_MAX = 3500  # leaves room, under Telegram's 4096, for the header and the author's name
