"""SchoolHub domain: channel-blind models and services."""
