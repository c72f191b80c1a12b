# The dashboard's charts of school life

admin-chart-events = Events per month and who comes
admin-chart-events-count = events
admin-chart-events-coming = people coming
admin-chart-announcements = Announcements sent per day
admin-chart-announcements-count = announcements
admin-chart-families = Active families per month
admin-chart-families-count = members who did something (a SEL transfer, an answer, a read, a message)
