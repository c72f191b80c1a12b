"""Announcements: compose, queue to an audience, acknowledge, follow delivery."""
