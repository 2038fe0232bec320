// Hand-kept German vocabulary of the detectors: cue words and generic terms of the field.
// These are general German and Frühe-Hilfen words, not names or places: the names and places come
// from the generated gazetteers in ./data. Keep every list in one place here so that a reader sees
// what the detectors react to.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Titles and forms of address: the next capitalised word is a name whatever it is ("Frau Sommer"). */
export const TITLE_CUES = set(`
  Frau Herr Herrn Hr Fr Dr Prof Doktor Professor Mrs Mr Ms
`);

/** Academic bits that may stand between a title and the name ("Dr. med. Weber"). */
export const TITLE_FILLERS = set(`Dr Prof med dent rer nat phil jur habil Dipl Psych Päd Soz MSc BSc`);

/** "Familie Yıldırım": the next word is a family name unless it is an ordinary German noun. */
export const FAMILY_CUES = set(`Familie Fam Ehepaar Eheleute Geschwister Brüder Schwestern Zwillinge Kinder Töchter Söhne`);

/** Kinship and role words after which a name often follows ("die Tochter Sophie", "Vater: Ahmet"). */
export const KIN_CUES = set(`
  Mutter Vater Sohn Tochter Kind Baby Säugling Neugeborene Neugeborenes Bruder Schwester Oma Opa
  Großmutter Großvater Urgroßmutter Tante Onkel Cousin Cousine Neffe Nichte Enkel Enkelin Enkelkind
  Stiefvater Stiefmutter Stiefsohn Stieftochter Halbbruder Halbschwester Kindsvater Kindsmutter
  Kindesvater Kindesmutter Pflegemutter Pflegevater Pflegekind Pflegesohn Pflegetochter Adoptivkind
  Partner Partnerin Lebensgefährte Lebensgefährtin Freund Freundin Ehemann Ehefrau Exmann Exfrau
  Mann Ex-Mann Ex-Frau Ex-Partner Ex-Partnerin Verlobte Verlobter Nachbar Nachbarin Mitbewohner Mitbewohnerin
  Geschwisterkind Zwilling Jüngste Jüngster Älteste Ältester Erstgeborene Große Kleine Mädchen Junge
  Kollege Kollegin Erzieherin Erzieher Hebamme Familienhebamme Lehrerin Lehrer Klassenlehrerin
  Klassenlehrer Ärztin Arzt Kinderärztin Kinderarzt Frauenärztin Frauenarzt Hausärztin Hausarzt
  Sozialarbeiterin Sozialarbeiter Betreuerin Betreuer Vormund Vormündin Patin Pate Tagesmutter Tagesvater
  Dolmetscherin Dolmetscher Therapeutin Therapeut Psychologin Psychologe Familienhelferin Familienhelfer
  Mitarbeiterin Mitarbeiter Beraterin Berater Vermieter Vermieterin Arbeitgeber Arbeitgeberin Chefin Chef
  Schulsozialarbeiterin Schulsozialarbeiter Kinderkrankenschwester Pflegerin Pfleger
`);

/**
 * Words that give a nickname in quotation marks ("nennt ihn nur „Bobo“", "„Mausi“ genannt",
 * "Spitzname „Krümel“"). The verbs also call things ("nennt es „Chaos“"), the nouns only people.
 */
export const NICKNAME_VERBS = set(`nennt nennen nannte nannten genannt heißt heißen hieß hießen ruft rufen rief riefen gerufen`);
export const NICKNAME_NOUNS = set(`Spitzname Spitznamen Kosename Kosenamen Rufname Rufnamen`);
/**
 * Objects of those verbs that are one person ("nennt ihn"). "sie" is also plural ("man nennt sie
 * „Schreikinder“"): after it a compound or a plural does not count (names.ts).
 */
export const PERSON_PRONOUNS = set(`ihn ihm mich dich`);
/** Pet names everybody uses: no nickname of one person ("nennt ihn „Schatz“"). */
export const ENDEARMENTS = set(`
  Schatz Schatzi Liebling Süße Süßer Kleine Kleiner Kleines Maus Engel Prinzessin Prinz Baby Spatz Hase
  Großer Große Bub Junge Mädchen Mama Mami Papa Papi Oma Opa
`);

/** Words that announce a name outright ("namens Jovan", "Name: Wagner"). */
export const NAMING_CUES = set(`namens genannt heißt heißen hieß hießen nennt nennen Name Vorname Nachname Rufname Spitzname Geburtsname`);

/**
 * German adverbs, conjunctions and particles that open sentences ("Leider", "Bislang"). Some are
 * names somewhere in the world; capitalised at a sentence start they are never names here.
 */
export const FUNCTION_WORDS = set(`
  aber abends abermals allerdings allenfalls also alsbald anfangs andererseits andernfalls anders
  anscheinend anschließend ansonsten augenblicklich auch ausnahmsweise außerdem äußerst bald bereits
  besonders bestimmt bisher bislang bloß dabei dadurch dafür dagegen daher dahin damals damit danach
  daneben dank dann daran darauf daraufhin daraus darin darüber darum darunter davon davor dazu
  dazwischen demnach demnächst dennoch deshalb deswegen doch dort dorthin drinnen draußen drüben
  durchaus ebenfalls ebenso eher eigentlich einerseits einfach einmal endlich entweder erneut erst
  erstens etwa etwas eventuell folglich fast ferner freilich früher ganz gar gegebenenfalls gelegentlich
  gemeinsam genau genauso gerade gern gerne gestern gewiss gleich gleichfalls gleichwohl gleichzeitig
  häufig hauptsächlich heute hier hierbei hierzu hingegen hinterher höchstens immer immerhin indes
  indessen infolgedessen inmitten insbesondere insgesamt insofern inzwischen irgendwann jedenfalls
  jedoch jemals jetzt jeweils kaum keinesfalls kürzlich lediglich leider letztlich letztendlich lieber
  links manchmal mehrfach meist meistens mittags mittlerweile möglicherweise morgens nachher nachmittags
  nachts nämlich natürlich neuerdings neulich nicht nie niemals nirgends noch nochmals normalerweise nun
  nur oben oft offenbar offensichtlich ohnehin rechts regelmäßig sehr selbst selten seither seitdem
  sicher sicherlich so sofort sogar soeben sonst sowieso später stattdessen stets tagsüber tatsächlich
  teilweise trotzdem überall überhaupt übrigens umso unbedingt ungefähr unten vermutlich vielleicht
  vielmehr vorab vorerst vorher vorhin vormittags vorwiegend wahrscheinlich wann warum weiterhin
  wenigstens weshalb wieder wiederum wieso wirklich wohl zeitweise ziemlich zuerst zugleich zuletzt
  zumindest zunächst zurzeit zusammen zusätzlich zwar zwischendurch zudem hinzu schließlich anfänglich
  ebenso nebenbei darüberhinaus stattdessen dennoch desto dementsprechend diesbezüglich entsprechend
  ergänzend abschließend zusammenfassend grundsätzlich aktuell derzeit momentan bisweilen mitunter
  ja nein okay ok bitte danke hallo
`);

/** Roles that may follow "Frau"/"Herr" without being a name ("Frau Doktor", "Herr Pfarrer"). */
export const ROLE_AFTER_TITLE = set(`
  Doktor Professor Pfarrer Pfarrerin Bürgermeister Bürgermeisterin Richter Richterin Kollege Kollegin
  Mama Papa Oma Opa Nachbarin Nachbar Anwalt Anwältin Rechtsanwalt Rechtsanwältin Pastor Pastorin
  Kaplan Diakon Diakonin Imam Rabbiner Direktor Direktorin Rektor Rektorin Minister Ministerin Präsident
  Präsidentin Kommissar Kommissarin Staatsanwalt Staatsanwältin Notar Notarin Landrat Landrätin
`);

/** Articles, determiners and possessives: a word after them is a noun, not a name ("die Kleine"). */
export const ARTICLES = set(`
  der die das den dem des ein eine einer einem einen eines im am zum zur vom beim ins ans aufs
  kein keine keinen keinem keiner keines sein seine seinen seinem seiner seines ihr ihre ihren ihrem
  ihrer ihres mein meine meinen meinem meiner unser unsere unseren unserem unserer dein deine diese
  dieser diesen diesem dieses jede jeder jeden jedem jedes alle allen viele vielen etwas nichts viel
  wenig mehr welche welcher welchen
`);

/**
 * Parts of any town ("in der Altstadt", "in der Südstadt"): after an article they describe,
 * without one they may name a town ("in Neustadt").
 */
export const GENERIC_PLACE_WORDS = set(`
  Altstadt Innenstadt Neustadt Südstadt Nordstadt Weststadt Oststadt Stadtmitte Vorstadt Oberstadt
  Unterstadt Mitte Zentrum Südweststadt Nordweststadt Südoststadt Nordoststadt Neubaugebiet Stadtrand
`);

/** Prepositions after which a known place name stands for the place ("in Essen", "aus Halle"). */
export const PLACE_PREPOSITIONS = set(`in aus nach bei von bis Richtung nahe über gen`);

/** Nouns after which an unknown capitalised word is a place ("im Stadtteil Durlach"). */
export const PLACE_TYPE_CUES = set(`
  Stadtteil Ortsteil Stadtbezirk Bezirk Ortschaft Stadt Gemeinde Dorf Ort Wohnort Heimatort Geburtsort
  Landkreis Kreis Großraum Region Kreisstadt Kleinstadt Großstadt Hauptstadt Heimatstadt Viertel Siedlung
  Stadtviertel Wohngebiet Quartier
`);

/** Generic words of the field that look like names or places but never identify anyone. */
export const GENERIC_TERMS = set(`
  Jugendamt ASD KSD Sozialamt Jobcenter Gesundheitsamt Familiengericht Amtsgericht Gericht Polizei
  Kita Kitas Krippe Hort Kindergarten Kindertagesstätte Schule Grundschule Klinik Klinikum Krankenhaus
  Praxis Hebamme Familienhebamme Kinderärztin Kinderarzt Frühe Hilfen Familienzentrum Schreiambulanz
  Frühförderung Frühförderstelle Beratungsstelle Erziehungsberatung Schwangerschaftsberatung
  Familienhilfe SPFH Sozialpädagogische Kinderschutzbund Caritas Diakonie AWO DRK Lebenshilfe Tafel
  Familienpatin Familienpaten Elterncafé Babylotsin Babylotse Willkommensbesuch Mutter-Kind-Gruppe
  Bürgergeld Wohngeld Kindergeld Elterngeld Unterhaltsvorschuss Hilfeplan Hilfeplangespräch
  Qualitätszirkel IQZ Fallgeberin Fallgeber Moderation Tandem Fallkonferenz Familienfallkonferenz
  Hypothese Hypothesen Ressource Ressourcen Belastung Belastungen Lösungsidee Lösungsideen Vereinbart
  Handlungsstrategie Handlungsstrategien Phase Protokoll Sitzung Teilnehmende SGB BGB KKG
  Marte Meo Opstapje Corona Covid PEKiP Kess Triple Griffbereit HIPPY wellcome
  Reha Kur Morbus
  WhatsApp Facebook Instagram TikTok Google YouTube Netflix Amazon Playstation Fortnite Lidl Aldi
  Telegram Snapchat Spotify Disney Nintendo Lego Duplo Playmobil Barbie
  Syrer Syrerin Afghane Afghanin Türke Türkin Kurde Kurdin Iraker Irakerin Iraner Iranerin Eritreer
  Eritreerin Somalier Somalierin Äthiopier Äthiopierin Nigerianer Nigerianerin Pole Polin Russe Russin
  Ukrainer Ukrainerin Rumäne Rumänin Bulgare Bulgarin Kosovare Kosovarin Albaner Albanerin Serbe
  Serbin Kroate Kroatin Bosnier Bosnierin Italiener Italienerin Grieche Griechin Marokkaner
  Marokkanerin Tunesier Tunesierin Algerier Algerierin Libanese Libanesin Palästinenser
  Palästinenserin Jeside Jesidin Jesiden Roma Romni Sinti Sintiza Muslima Muslimin Moslem Christin
  Vietnamese Vietnamesin Kasache Kasachin Georgier Georgierin Armenier Armenierin Tschetschene
  Tschetschenin Ghanaer Ghanaerin Gambier Gambierin Guineer Guineerin Pakistaner Pakistanerin
  Deutsch Deutschland Arabisch Türkisch Englisch Russisch Polnisch Kurdisch Dari Farsi Paschtu Tigrinya
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wochenende
  Januar Februar März April Mai Juni Juli August September Oktober November Dezember
  Frühjahr Frühling Sommer Herbst Winter Ostern Weihnachten Ramadan Silvester
  Baden-Württemberg Bayern Berlin-Brandenburg Hessen Niedersachsen Nordrhein-Westfalen Rheinland-Pfalz
  Saarland Sachsen Sachsen-Anhalt Schleswig-Holstein Thüringen Mecklenburg-Vorpommern Brandenburg
`);

/**
 * Diseases, tests and benefits named after people ("Morbus Crohn", "Pfeiffer", "Hartz IV"): no
 * identifier on their own, but real surnames after a naming cue or a first name ("Familie
 * Pfeiffer", "Frau Turner", "Gertrud Pfeiffer").
 */
export const EPONYMS = set(`
  Hartz Crohn Alzheimer Parkinson Asperger Tourette Hashimoto Kawasaki Apgar Guthrie Hodgkin Basedow
  Hirschsprung Perthes Scheuermann Marfan Noonan Klinefelter Pfeiffer Down Turner Rett
`);

/**
 * Nouns that follow an institution word as an object, not as its name ("als die Kita Kontakt
 * aufnahm", "ob die Praxis Zeit hat").
 */
export const NOT_INSTITUTION_NAMES = set(`
  Kontakt Bescheid Hilfe Zeit Angst Sorge Druck Geld Platz Raum Rat Recht Wert Mühe Interesse Verdacht
  Anzeige Meldung Auskunft Bedarf Termin Essen Frühstück Mittagessen Personal Kinder Eltern Ärger Ruhe
  Arbeit Aufgabe Fehler Problem Schutz Vorrang Zugang Einblick Kenntnis Anspruch Kosten Betreuung
  Leitung Team Erzieherin Erzieher Lehrerin Lehrer Ärztin Arzt Mutter Vater Kind Familie Jugendamt
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wochenende Vormittag Nachmittag Abend
  Morgen Anfang Ende Mitte Tag Woche Monat Jahr Jahren Telefon Training Spiel Spiele Turnier Mannschaft
  Trainer Trainerin Mitglied Mitglieder Beitrag Beiträge Fußball Handball Turnen Schwimmen
`);

/** Institution words: a proper name after them makes a named institution ("Kita Pusteblume"). */
export const INSTITUTION_TYPES = set(`
  Kita KiTa Kindertagesstätte Kindergarten Kinderkrippe Krippe Kinderhaus Kinderhort Hort Kinderladen
  Familienzentrum Grundschule Schule Hauptschule Realschule Werkrealschule Gemeinschaftsschule
  Gesamtschule Förderschule Sonderschule Gymnasium Berufsschule Berufskolleg Musikschule Volkshochschule
  Klinik Klinikum Kinderklinik Frauenklinik Uniklinik Uniklinikum Universitätsklinikum
  Universitätsklinik Krankenhaus Kreiskrankenhaus Kinderkrankenhaus Spital Hospital Geburtsklinik
  Geburtshaus Praxis Arztpraxis Kinderarztpraxis Hebammenpraxis Gemeinschaftspraxis Therapiezentrum
  Apotheke Beratungsstelle Frühförderstelle Sozialstation Pflegedienst Heim Kinderheim Wohngruppe
  Frauenhaus Jugendhaus Jugendzentrum Mehrgenerationenhaus Stadtteilzentrum Stadtteiltreff
  Gemeindezentrum Verein Stiftung Firma Bäckerei Metzgerei Konditorei Friseursalon Friseur Salon
  Restaurant Gaststätte Café Imbiss Pizzeria Kiosk Supermarkt Hotel Pension Autohaus Werkstatt
  Spedition Reinigung Fahrschule Tankstelle Sportverein Fußballverein Fitnessstudio Moschee Kirche
  Kirchengemeinde Pfarrei Synagoge Kanzlei Agentur Zentrum Sprachschule Tanzschule Hausarztpraxis
  Ergotherapiepraxis Logopädiepraxis Physiotherapiepraxis Psychotherapiepraxis Tagesklinik
  Reha-Klinik Rehaklinik Mutter-Kind-Klinik Sanitätshaus Nagelstudio Kosmetikstudio Pflegeheim
`);

/**
 * Sports clubs are written with these abbreviations before their name ("FC Germania", "TSV 1860
 * München", "SV Werder"). Not "TV" (television), "SG" (also Sozialgericht) or "MTV".
 */
export const CLUB_ABBREVIATIONS = set(`
  FC SV TSV SC VfB VfL VfR TuS TSG FSV SpVgg SpVg SSV DJK ASV BSC BSV ESV KSV PSV FV TuRa
`);

/** Words that make up clubs' names without being names or places ("Eintracht", "Rot-Weiß"). */
export const CLUB_NAME_WORDS = set(`
  Eintracht Borussia Fortuna Germania Alemannia Concordia Viktoria Victoria Union Olympia Hertha Rapid
  Wacker Kickers Sportfreunde Teutonia Preußen Arminia Hansa Phönix Dynamo Lokomotive Energie Jahn
  Stahl Motor Empor Tasmania Rot-Weiß Rot-Weiss Blau-Weiß Blau-Weiss Grün-Weiß Grün-Weiss Schwarz-Weiß
  Schwarz-Weiss Rot-Gelb Blau-Gelb Schwarz-Gelb Sportclub Turnerschaft Vorwärts
`);

/** Compass names of institutions ("Klinikum Mitte", "Kita Nord", "Grundschule Süd"). */
export const COMPASS_NAMES = set(`Nord Süd Ost West Mitte Nordwest Nordost Südwest Südost`);

/** Legal forms that end a firm's name ("Bäckerei Müller GmbH"). */
export const LEGAL_FORMS = /(?:gGmbH|GmbH(?:\s?&\s?Co\.?\s?KG)?|mbH|e\.\s?V\.|AG|KG|OHG|UG(?:\s?\(haftungsbeschränkt\))?|GbR|KGaA|eG)(?![\p{L}\p{N}])/uy;

/** Abbreviations that end with a dot without ending the sentence. */
export const ABBREVIATIONS = set(`
  Dr Prof Fr Hr Str Nr ca bzw vgl evtl ggf inkl usw etc geb gest St Dipl med Tel Az Gz Abs Kap Jan Feb
  Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez Mo Di Mi Do Sa So z B u a d h o ä Fam Hrsg Anm
`);

/** Units and counted things after a number: "Schulweg 20 Minuten" is no address. */
export const NUMBER_UNITS = set(`
  Minuten Minute Min Stunden Stunde Std Sekunden Tage Tagen Wochen Monate Monaten Jahre Jahren km
  m Meter Kilometer Euro EUR € Prozent % Kinder Personen Zimmer qm Quadratmeter mal Mal
`);
