// Generated case-note sentences for the boundary property test (issue 17, part 6): one identifier of
// a known kind in each sentence, at the end of a sentence, at the end of the note, before a comma, a
// semicolon, a dash, a closing bracket or a closing quote, and mid-sentence. The words around it are
// chosen to hold no identifier, so every finding must lie inside the inserted identifier.
// Not a test file itself; used by tests/unit/anonymize-app/boundaries.property.test.ts.
import type { IdentifierKind } from '../../../shared/anonymize';
import { seededRandom as prng } from '../../factories/random';



export type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const digits = (r: Rand, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** One identifier as it is inserted: the words before it (a cue), its text, and what closes it. */
export interface Identifier {
  readonly kind: IdentifierKind;
  /** Lead-in before the identifier, lower case where a sentence could continue ("die Familie wohnt in der "). */
  readonly lead: string;
  readonly text: string;
  /** Characters right after the identifier that belong to the phrase, not to it (the „“ around a nickname). */
  readonly close?: string;
  /**
   * A documented sub-span the detector flags instead of the whole identifier (never more than it):
   * "Montag, den 4. März" is found as "4. März".
   */
  readonly sub?: string;
}

const SURNAMES = ['Schneider', 'Wagner', 'Yıldız', 'Kowalczyk', 'Özdemir', 'Hartmann', 'Nguyen', 'Al-Hassan', 'Schulze-Berg',
  'Wojciechowski', 'Popescu', 'Haddad', 'Krüger', 'Petrović', 'Lehmann-Özdemir', 'Iwanowa'];
const PARTICLE_SURNAMES = ['van der Berg', 'von Thaden', 'ten Brink', 'de Souza', 'von der Lühe', 'van Houten', 'de Boer', 'ter Veen', 'van Laar', 'da Silva'];
const FIRST_NAMES = ['Sophie', 'Finn', 'Ahmet', 'Elif', 'Mila-Sophie', 'Jovan', 'Melanie', 'Leonie', 'Mohammed', 'Anastasia', 'Ionuț', 'Zeynep'];
const NICKNAMES = ['Bobo', 'Mausi', 'Krümel', 'Bärchen', 'Hasi', 'Püppi', 'Lulu', 'Schnuffel', 'Moppel', 'Bibi', 'Flocke'];
const STREET_STEMS = ['Schiller', 'Goethe', 'Linden', 'Kaiser', 'Rosen', 'Eichen', 'Mozart', 'Blumen', 'Kirch', 'Beethoven', 'Uhland', 'Herder'];
/** Stems whose -straße is no ordinary noun ("die Hauptstraße" is one), for streets without a house number. */
const NAMED_STEMS = ['Schiller', 'Goethe', 'Mozart', 'Beethoven', 'Uhland', 'Herder', 'Kaiser'];
const STREET_ENDINGS = ['straße', 'str.', 'allee', 'weg', 'gasse', 'ring', 'platz'];
const POSTAL_TOWNS = ['76133 Karlsruhe', '69117 Heidelberg', '68159 Mannheim', '79098 Freiburg', '67059 Ludwigshafen', '10115 Berlin', '76829 Landau'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const PLACES = ['Karlsruhe', 'Mannheim', 'Heidelberg', 'Speyer', 'Sinsheim', 'Aleppo', 'Frankfurt am Main', 'Bad Homburg', 'Ludwigshafen', 'Ettlingen', 'Damaskus'];
const DISTRICTS = ['Durlach', 'Neckarau', 'Daxlanden', 'Hagsfeld', 'Mühlburg', 'Wiblingen'];

type Gen = (r: Rand) => Identifier;

const id = (kind: IdentifierKind, lead: string, text: string, close?: string): Identifier => (close === undefined ? { kind, lead, text } : { kind, lead, text, close });

const NUMBERS: Gen[] = [
  (r) => id('number', pick(r, ['das Aktenzeichen lautet ', 'Aktenzeichen ', 'das Az. ist ', 'Aktenzeichen: ', 'Geschäftszeichen ']),
    `${int(r, 10, 99)}.${int(r, 1, 9)}-${int(r, 2019, 2026)}/${digits(r, 4)}`),
  (r) => id('number', pick(r, ['Az. ', 'Aktenzeichen ', 'das Verfahren hat das Aktenzeichen ']), `${int(r, 1, 9)} ${pick(r, ['F', 'UF', 'XVII'])} ${int(r, 1, 999)}/${int(r, 19, 26)}`),
  (r) => id('number', pick(r, ['Versichertennummer ', 'die Versichertennummer ist ', 'Versichertennr. ']), `${pick(r, ['A', 'B', 'K', 'M'])}${int(r, 1, 9)}${digits(r, 8)}`),
  (r) => {
    const groups = Array.from({ length: 4 }, () => digits(r, 4));
    const sep = r() < 0.7 ? ' ' : '';
    return id('number', pick(r, ['IBAN ', 'IBAN: ', 'die IBAN lautet ']), `DE${digits(r, 2)}${sep}${groups.join(sep)}${sep}${digits(r, 2)}`);
  },
  (r) => {
    const raw = `${int(r, 1, 9)}${digits(r, 10)}`;
    const text = r() < 0.5 ? raw : `${raw.slice(0, 2)} ${raw.slice(2, 5)} ${raw.slice(5, 8)} ${raw.slice(8)}`;
    return id('number', pick(r, ['Steuer-ID ', 'die Steuer-ID ist ']), text);
  },
  (r) => id('number', pick(r, ['Kundennummer ', 'die Fallnummer ist ', 'Patientennummer: ', 'Kundennummer beim Jobcenter: ']), `${int(r, 1, 9)}${digits(r, int(r, 6, 9))}`),
  (r) => id('number', pick(r, ['Sozialversicherungsnummer ', 'SV-Nummer: ']), `${digits(r, 2)} ${pad(int(r, 1, 28))}${pad(int(r, 1, 12))}${pad(int(r, 80, 99))} ${pick(r, ['M', 'W', 'K'])} ${digits(r, 3)}`),
  (r) => id('number', pick(r, ['das Kennzeichen ist ', 'Kennzeichen ']), `${pick(r, ['KA', 'HD', 'MA', 'B'])}-${pick(r, ['AB', 'X', 'KM'])} ${int(r, 1, 9999)}`),
];

const DATES: Gen[] = [
  (r) => id('date', pick(r, ['das Kind ist am ', 'Geburtsdatum: ', 'der Termin ist am ', 'seit dem ', 'bis zum ']), `${pad(int(r, 1, 28))}.${pad(int(r, 1, 12))}.${int(r, 2015, 2026)}`),
  (r) => id('date', pick(r, ['das Kind ist am ', 'der Termin war am ']), `${int(r, 1, 28)}.${int(r, 1, 12)}.${pad(int(r, 15, 26))}`),
  (r) => id('date', pick(r, ['der Umzug war am ', 'Geburtsdatum: ']), `${int(r, 2015, 2026)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`),
  (r) => id('date', pick(r, ['die Anhörung ist am ', 'das Baby kam am ']), `${int(r, 1, 28)}. ${pick(r, MONTHS)} ${int(r, 2015, 2026)}`),
  (r) => id('date', pick(r, ['die Anhörung ist am ', 'der Hausbesuch war am ']), `${int(r, 1, 28)}. ${pick(r, MONTHS)}`),
  (r) => id('date', pick(r, ['der Hausbesuch ist am ', 'die nächste Sitzung ist am ']), `${int(r, 1, 28)}.${int(r, 1, 12)}.`),
  (r) => id('date', pick(r, ['der Termin wurde auf den ', 'das Gespräch war am ']), `${pad(int(r, 1, 28))}.${pad(int(r, 1, 12))}.`),
  (r) => {
    // The weekday is left out of the finding: it identifies nothing without the date.
    const date = `${int(r, 1, 28)}. ${pick(r, MONTHS)}`;
    const text = `${pick(r, ['Montag', 'Dienstag', 'Freitag'])}, den ${date}`;
    return { kind: 'date', lead: pick(r, ['die Anhörung ist am ', 'wir treffen uns am ']), text, sub: date };
  },
];

function streetNumber(r: Rand): string {
  return pick(r, [String(int(r, 1, 120)), `${int(r, 1, 60)}${pick(r, ['a', 'b', 'c'])}`, `${int(r, 1, 9)}-${int(r, 10, 15)}`]);
}

const ADDRESSES: Gen[] = [
  (r) => id('address', pick(r, ['die Familie wohnt in der ', 'neue Anschrift: ', 'die Großmutter lebt in der ', 'Adresse ']), `${pick(r, STREET_STEMS)}${pick(r, STREET_ENDINGS)} ${streetNumber(r)}`),
  (r) => id('address', pick(r, ['die Familie wohnt in der ', 'sie ist in die ']), `${pick(r, NAMED_STEMS)}straße`),
  (r) => id('address', pick(r, ['die Familie wohnt ', 'Anschrift: ', 'neue Adresse ']), `${pick(r, ['Am Mühlbach', 'Am Markt', 'An der Alten Mühle', 'Am Kirchberg', 'Auf dem Sand'])} ${int(r, 1, 40)}`),
  (r) => id('address', pick(r, ['die Familie wohnt in der ', 'Anschrift: ']), `${pick(r, ['Karlsruher', 'Mannheimer', 'Heidelberger', 'Durlacher'])} ${pick(r, ['Straße', 'Str.', 'Allee'])} ${streetNumber(r)}`),
  (r) => id('address', pick(r, ['die Großeltern leben in ', 'Anschrift: ', 'wohnhaft in ']), pick(r, POSTAL_TOWNS)),
  (r) => id('address', pick(r, ['die Familie wohnt in der ', 'Anschrift: ']), `${pick(r, STREET_STEMS)}straße ${streetNumber(r)}, ${pick(r, POSTAL_TOWNS)}`),
];

const CONTACTS: Gen[] = [
  (r) => id('contact', pick(r, ['Telefon ', 'Tel. ', 'Handy: ', 'die Mutter ist erreichbar unter ', 'Rückruf unter ']),
    pick(r, [`0170 ${digits(r, 7)}`, `0151/${digits(r, 8)}`, `0721-${digits(r, 7)}`, `(0721) ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}-${digits(r, 1)}`,
      `+49 170 ${digits(r, 7)}`, `+49 (0)170 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`, `0049 176 ${digits(r, 7)}`, `07251 / ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`])),
  (r) => id('contact', pick(r, ['E-Mail: ', 'bitte an ', 'die Mutter schreibt von ']),
    `${pick(r, ['m.mustermann', 'familie.wagner', 'lea2020', 'kontakt', 'a.yildiz'])}@${pick(r, ['gmx.de', 'web.de', 'beratung-sued.de', 'example.org'])}`),
  (r) => id('contact', pick(r, ['Infos unter ', 'die Webseite ist ', 'Homepage: ']),
    pick(r, ['www.kita-sonnenschein.de', 'https://www.praxis-weber.de/kontakt', 'praxis-weber.de', 'www.elterncafe-durlach.de'])),
  (r) => id('contact', pick(r, ['Instagram: ', 'die Mutter postet als ']), `@${pick(r, ['mama_lea2020', 'onkel_murat', 'papa.jovan'])}`),
];

const NAMES: Gen[] = [
  (r) => id('name', pick(r, ['Frau ', 'Herr ', 'laut Frau ', 'die Fallgeberin sprach mit Herrn ']), pick(r, SURNAMES)),
  (r) => id('name', pick(r, ['Frau ', 'Herr ', 'Familie ', 'laut Frau ', 'die Kinderärztin, Frau Dr. ']), pick(r, PARTICLE_SURNAMES)),
  (r) => id('name', pick(r, ['die Tochter ', 'der Sohn ', 'der Vater ', 'die Mutter ']), pick(r, FIRST_NAMES)),
  (r) => id('name', pick(r, ['', 'laut ', 'die Mutter ist ']), `${pick(r, FIRST_NAMES)} ${pick(r, [...SURNAMES, ...PARTICLE_SURNAMES])}`),
  (r) => id('name', pick(r, ['Familie ', 'laut Familie ']), pick(r, SURNAMES)),
  (r) => id('name', 'Dr. ', pick(r, ['Hartmann', 'Weber', 'Yılmaz'])),
  (r) => id('name', pick(r, ['die Mutter nennt ihn nur „', 'alle nennen sie „', 'die Oma nennt ihn liebevoll „', 'sein Spitzname ist „']), pick(r, NICKNAMES), '“'),
  (r) => id('name', pick(r, ['der Junge, genannt ', 'das Mädchen wird genannt ']), pick(r, NICKNAMES)),
];

const INSTITUTIONS: Gen[] = [
  (r) => id('institution', pick(r, ['die Tochter geht in die ', 'die Kinder besuchen die ', 'laut ']),
    pick(r, ['Kita Pusteblume', 'Kita Regenbogen', 'Kita Sonnenschein', 'Grundschule am Park', 'Goetheschule', 'Kita St. Martin', 'Kita „Sonnenschein“', 'Kita "Wirbelwind"'])),
  (r) => id('institution', pick(r, ['das Baby wurde im ', 'die Mutter war im ']), pick(r, ['Vincentius-Krankenhaus', 'St. Josefs-Krankenhaus', 'Marienkrankenhaus', 'St.-Elisabeth-Krankenhaus'])),
  (r) => id('institution', pick(r, ['die Überweisung kam von der ', 'die Mutter arbeitet in der ']), pick(r, ['Praxis Dr. Weber', 'Bäckerei Müller GmbH', 'Friseursalon Haarmonie'])),
  (r) => id('institution', pick(r, ['die Geburt war im ', 'das Kind kam im ', 'nach der Entlassung aus dem ']),
    pick(r, ['Klinikum Mitte', 'Klinikum Ludwigshafen', 'Klinikum Nord', 'Klinikum Hochrhein', 'Klinikum am Steinenberg', 'Klinikum Oberberg'])),
  (r) => id('institution', pick(r, ['die Mutter engagiert sich in der ', 'Unterstützung kommt von der ']),
    pick(r, ['Kirchengemeinde St. Martin', 'Kirchengemeinde Durlach', 'Pfarrgemeinde St. Josef', 'Paulusgemeinde', 'Lutherkirchengemeinde', 'Martinsgemeinde'])),
  (r) => id('institution', pick(r, ['der Sohn spielt beim ', 'die Tochter turnt im ', 'der Vater trainiert beim ']),
    pick(r, ['FC Germania', 'TSV Grünwald', 'SV Werder', 'FC Neureut', 'TSV 1860 München', 'SV Sandhausen', 'VfB Stuttgart', 'SC Freiburg', 'TuS Rüppurr', 'FC Bayern', '1. FC Köln'])),
];

const PLACES_GEN: Gen[] = [
  (r) => id('place', pick(r, ['die Familie kommt aus ', 'die Großmutter wohnt in ', 'der Vater zog nach ']), pick(r, PLACES)),
  (r) => id('place', pick(r, ['die Familie lebt im Stadtteil ', 'die Oma wohnt im Ortsteil ']), pick(r, DISTRICTS)),
];

export const GENERATORS: Readonly<Record<Exclude<IdentifierKind, 'stopList'>, readonly Gen[]>> = {
  number: NUMBERS, date: DATES, address: ADDRESSES, contact: CONTACTS, name: NAMES, institution: INSTITUTIONS, place: PLACES_GEN,
};

/** Where the identifier stands in its sentence. */
export const POSITIONS = ['sentenceEnd', 'noteEnd', 'comma', 'semicolon', 'dash', 'bracket', 'quote', 'mid', 'midNoun'] as const;
export type Position = (typeof POSITIONS)[number];

const NEXT_SENTENCES = ['Die Mutter kommt wieder.', 'Danach geht es weiter.', 'Das Kind schläft schlecht.', 'Er kommt am Abend.',
  'Sie ist erschöpft.', 'Aktuell gibt es keinen Kontakt.', 'Dort wird gewartet.', 'Ein Kind ist krank.', 'Im Herbst war es ruhiger.',
  '3 Kinder leben im Haushalt.', 'A und B sind Geschwister.'];
const REST = ['danach ist Ruhe.', 'sagt die Fallgeberin.', 'das wurde besprochen.', 'die Mutter ist einverstanden.', 'mehr ist nicht bekannt.'];
const MID = ['wurde notiert.', 'ist bekannt.', 'steht so in der Akte.', 'und mehr nicht.', 'seit dem Frühjahr.', 'laut Fallgeberin.'];
/** A noun right after the identifier: it is the next word, never part of the identifier. */
const MID_NOUN = ['Bescheid gegeben.', 'Unterlagen geschickt.', 'Termine angeboten.', 'Sorgen bereitet.', 'Kontakt aufgenommen.'];
const QUOTES = [['„', '“'], ['"', '"'], ['»', '«'], ['‚', '‘'], ['“', '”']] as const;
const BRACKET_OPENERS = ['Die Fallgeberin ergänzt (', 'Nachtrag (', 'Laut Akte ('];
const QUOTE_OPENERS = ['Die Mutter sagt: ', 'Notiz der Fallgeberin: ', 'Im Brief steht: '];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface Sample {
  readonly sentence: string;
  /** Offsets of the identifier in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly identifier: Identifier;
  readonly position: Position;
}

/** A sentence with the identifier at the given position. */
export function sentenceFor(r: Rand, ident: Identifier, position: Position): Sample {
  const close = ident.close ?? '';
  const endsWithDot = (ident.text + close).endsWith('.');
  let before: string;
  let after: string;
  switch (position) {
    case 'sentenceEnd':
      before = cap(ident.lead);
      after = `${close}${endsWithDot ? '' : '.'} ${pick(r, NEXT_SENTENCES)}`;
      break;
    case 'noteEnd':
      before = cap(ident.lead);
      after = close + (endsWithDot ? '' : pick(r, ['', '.', '!', '?', '…']));
      break;
    case 'comma':
      before = cap(ident.lead);
      after = `${close}, ${pick(r, REST)}`;
      break;
    case 'semicolon':
      before = cap(ident.lead);
      after = `${close}; ${pick(r, REST)}`;
      break;
    case 'dash':
      before = cap(ident.lead);
      after = `${close} – ${pick(r, REST)}`;
      break;
    case 'bracket':
      before = `${pick(r, BRACKET_OPENERS)}${ident.lead}`;
      after = `${close})${pick(r, [' ' + pick(r, REST), '.', ', ' + pick(r, REST), `. ${pick(r, NEXT_SENTENCES)}`])}`;
      break;
    case 'quote': {
      const [open, shut] = pick(r, QUOTES);
      before = `${pick(r, QUOTE_OPENERS)}${open}${cap(ident.lead)}`;
      after = `${close}${endsWithDot ? '' : pick(r, ['', '.', '!'])}${shut}${pick(r, ['', ' ' + pick(r, REST), `, ${pick(r, REST)}`, ` ${pick(r, NEXT_SENTENCES)}`])}`;
      break;
    }
    case 'mid':
      before = cap(ident.lead);
      after = `${close} ${pick(r, MID)}`;
      break;
    case 'midNoun':
      before = cap(ident.lead);
      after = `${close} ${pick(r, MID_NOUN)}`;
      break;
  }
  return { sentence: before + ident.text + after, start: before.length, end: before.length + ident.text.length, identifier: ident, position };
}

/** `perCell` sentences for every kind and every position, from one seed. */
export function generateSamples(seed: number, perCell: number): Sample[] {
  const r = prng(seed);
  const out: Sample[] = [];
  for (const [, gens] of Object.entries(GENERATORS)) {
    for (const position of POSITIONS) {
      for (let k = 0; k < perCell; k++) out.push(sentenceFor(r, pick(r, gens)(r), position));
    }
  }
  return out;
}
