year-too-early = L'année scolaire { $year } peut commencer à partir du 15 juillet.
year-child-moved = 🎒 Nouvelle année scolaire { $year } : { $child } est maintenant en { $klass }. Une erreur ? Corrigez-la avec /children.
year-child-placed = 🎒 Nouvelle année scolaire { $year } : { $child } est en { $klass }, la classe que vous avez indiquée pour cette année. Une erreur ? Corrigez-la avec /children.
year-child-left = 🎓 Nouvelle année scolaire { $year } : { $child } a terminé l'école primaire et n'apparaît plus dans votre profil. Félicitations !
year-rep-moved = 🧑‍🏫 Nouvelle année scolaire { $year } : votre classe { $old } est maintenant en { $klass }, et vous en restez délégué·e de classe. /myclass en liste les familles.
year-rep-finished = 🧑‍🏫 Nouvelle année scolaire { $year } : votre classe { $old } a terminé l'école primaire, vous n'en êtes donc plus délégué·e de classe. Merci ! Si vous représentez une classe cette année, demandez à l'école de vous en nommer délégué·e.
