year-too-early = Het schooljaar { $year } kan vanaf 15 juli beginnen.
year-child-moved = 🎒 Nieuw schooljaar { $year }: { $child } zit nu in { $klass }. Klopt dat niet? Pas het aan met /children.
year-child-placed = 🎒 Nieuw schooljaar { $year }: { $child } zit in { $klass }, de klas die je voor dit jaar opgaf. Klopt dat niet? Pas het aan met /children.
year-child-left = 🎓 Nieuw schooljaar { $year }: { $child } heeft de lagere school afgerond en staat niet meer in je profiel. Proficiat!
year-rep-moved = 🧑‍🏫 Nieuw schooljaar { $year }: je klas { $old } is nu { $klass }, en je blijft er klasafgevaardigde van. /myclass toont de gezinnen.
year-rep-finished = 🧑‍🏫 Nieuw schooljaar { $year }: je klas { $old } heeft de lagere school afgerond, dus je bent er geen klasafgevaardigde meer van. Bedankt! Vertegenwoordig je dit jaar een klas, vraag de school dan om je er afgevaardigde van te maken.
