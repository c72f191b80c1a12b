year-too-early = The school year { $year } can be started from 15 July.
year-child-moved = 🎒 New school year { $year }: { $child } is now in { $klass }. A mistake? Change it with /children.
year-child-placed = 🎒 New school year { $year }: { $child } is in { $klass }, the class you gave for this year. A mistake? Change it with /children.
year-child-left = 🎓 New school year { $year }: { $child } has finished primary school and no longer appears in your profile. Congratulations!
year-rep-moved = 🧑‍🏫 New school year { $year }: your class { $old } is now { $klass }, and you remain its class rep. /myclass lists its families.
year-rep-finished = 🧑‍🏫 New school year { $year }: your class { $old } has finished primary school, so you are no longer its class rep. Thank you! If you represent a class this year, ask the school to make you its rep.
year-start-reminder = 📅 September has come, and the school year { $year } is not started yet: until an administrator starts it in the web panel (/panel → Classes), the classes, their reps and their announcements are still those of { $old }, and no new invite code can be made. Starting it moves every child one class up (except those whose family already gave this September's class), P6 leavers leave, and class reps, class groups, upcoming events and open orders follow their families; each family and rep is told.
