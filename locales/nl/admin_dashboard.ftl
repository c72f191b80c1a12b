# De grafieken van het schoolleven op het dashboard

admin-chart-events = Activiteiten per maand en wie komt
admin-chart-events-count = activiteiten
admin-chart-events-coming = mensen die komen
admin-chart-announcements = Mededelingen per dag verstuurd
admin-chart-announcements-count = mededelingen
admin-chart-families = Actieve gezinnen per maand
admin-chart-families-count = actieve leden (een LETS-uitwisseling, een antwoord, een gelezen mededeling, een bericht)
