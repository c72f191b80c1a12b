## Klasgroepen.

groups-rep-only = Alleen de klasafgevaardigde kan deze groep aan een klas koppelen.
groups-send-in-group = Om de groepschat van je klas te koppelen: voeg me toe aan die Telegramgroep en stuur daar /linkgroup. Ik vraag je dan hier welke klas het is. (WhatsApp-groepen kunnen niet gekoppeld worden.)
groups-confirm-in-private = { $name }, bevestig het in ons privégesprek.
groups-confirm = De groep “{ $group }” aan welke klas koppelen? De mededelingen voor die klas komen er dan ook in.
groups-link-to = Koppelen aan { $klass }
groups-linked = ✅ De groep krijgt voortaan de mededelingen voor { $klass }.
groups-linked-here = 📣 Deze groep krijgt voortaan de mededelingen van de school voor { $klass }.
groups-already-linked = Deze groep is al aan een andere klas gekoppeld.
