"""School events: organisers, audience, RSVPs, waitlist, volunteer slots, reminders."""
