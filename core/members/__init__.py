"""Members, invites, registration and profiles."""
