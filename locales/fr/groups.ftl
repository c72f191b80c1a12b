## Groupes de classe.

groups-rep-only = Seul·e le ou la délégué·e de classe peut lier ce groupe à une classe.
groups-send-in-group = Pour lier le groupe de votre classe : ajoutez-moi à ce groupe Telegram, puis envoyez /linkgroup dans le groupe. Je vous demanderai ici de quelle classe il s'agit. (Les groupes WhatsApp ne peuvent pas être liés.)
groups-confirm-in-private = { $name }, merci de confirmer dans notre conversation privée.
groups-confirm = Lier le groupe « { $group } » à quelle classe ? Les annonces de cette classe y seront aussi publiées.
groups-link-to = Lier à { $klass }
groups-linked = ✅ Le groupe reçoit désormais les annonces de { $klass }.
groups-linked-here = 📣 Ce groupe reçoit désormais les annonces de l'école pour { $klass }.
groups-already-linked = Ce groupe est déjà lié à une autre classe.
