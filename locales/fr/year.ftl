year-too-early = L'année scolaire { $year } peut commencer à partir du 15 juillet.
year-child-moved = 🎒 Nouvelle année scolaire { $year } : { $child } est maintenant en { $klass }. Une erreur ? Corrigez-la avec /children.
year-child-left = 🎓 Nouvelle année scolaire { $year } : { $child } a terminé l'école primaire et n'apparaît plus dans votre profil. Félicitations !
