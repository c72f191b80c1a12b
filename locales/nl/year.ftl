year-too-early = Het schooljaar { $year } kan vanaf 15 juli beginnen.
year-child-moved = 🎒 Nieuw schooljaar { $year }: { $child } zit nu in { $klass }. Klopt dat niet? Pas het aan met /children.
year-child-left = 🎓 Nieuw schooljaar { $year }: { $child } heeft de lagere school afgerond en staat niet meer in je profiel. Proficiat!
