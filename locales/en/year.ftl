year-too-early = The school year { $year } can be started from 15 July.
year-child-moved = 🎒 New school year { $year }: { $child } is now in { $klass }. A mistake? Change it with /children.
year-child-placed = 🎒 New school year { $year }: { $child } is in { $klass }, the class you gave for this year. A mistake? Change it with /children.
year-child-left = 🎓 New school year { $year }: { $child } has finished primary school and no longer appears in your profile. Congratulations!
year-rep-moved = 🧑‍🏫 New school year { $year }: your class { $old } is now { $klass }, and you remain its class rep. /myclass lists its families.
year-rep-finished = 🧑‍🏫 New school year { $year }: your class { $old } has finished primary school, so you are no longer its class rep. Thank you! If you represent a class this year, ask the school to make you its rep.
