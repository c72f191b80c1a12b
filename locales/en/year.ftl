year-too-early = The school year { $year } can be started from 15 July.
year-child-moved = 🎒 New school year { $year }: { $child } is now in { $klass }. A mistake? Change it with /children.
year-child-left = 🎓 New school year { $year }: { $child } has finished primary school and no longer appears in your profile. Congratulations!
