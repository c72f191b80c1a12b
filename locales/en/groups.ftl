## Class group chats.

groups-rep-only = Only the class representative can link this group to a class.
groups-send-in-group = To link your class's group chat: add me to that Telegram group, then send /linkgroup in the group. I will ask you here which class it is. (WhatsApp groups cannot be linked.)
groups-confirm-in-private = { $name }, please confirm in our private chat.
groups-confirm = Link the group “{ $group }” to which class? Its announcements will be posted there too.
groups-link-to = Link to { $klass }
groups-linked = ✅ The group now receives the announcements for { $klass }.
groups-linked-here = 📣 This group now receives the school announcements for { $klass }.
groups-already-linked = This group is already linked to another class.
