# Les graphiques de la vie de l'école, au tableau de bord

admin-chart-events = Événements par mois et participants
admin-chart-events-count = événements
admin-chart-events-coming = personnes qui viennent
admin-chart-announcements = Annonces envoyées par jour
admin-chart-announcements-count = annonces
admin-chart-families = Familles actives par mois
admin-chart-families-count = membres actifs (un échange SEL, une réponse, une lecture, un message)
