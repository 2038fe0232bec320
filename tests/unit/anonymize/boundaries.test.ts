// Issue 17, part 6: where a finding ends, and the kinds of names it newly catches. The generated
// sentences of tests/unit/anonymize-app/boundaries.property.test.ts cover every kind at every
// position; these are the named cases, one or two per rule, with the false alarms each rule must
// not raise.
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, placeholderFor } from '../../../shared/anonymize';

const found = (text: string): string[] => detectIdentifiers(text).map((f) => `${f.kind}:${f.text}`);

/** The text with every finding replaced by its placeholder, as the app's replace command would. */
function replaced(text: string): string {
  let out = text;
  for (const f of [...detectIdentifiers(text)].reverse()) out = out.slice(0, f.start) + placeholderFor(f.kind) + out.slice(f.end);
  return out;
}

describe('a finding ends where the identifier ends', () => {
  it('a file number does not take the full stop, the space and the next letter (issue 17, item 7)', () => {
    const note = 'Aktenzeichen 51.2-2024/0815. Die Mutter hat Akteneinsicht beantragt.';
    expect(found(note)).toEqual(['number:51.2-2024/0815']);
    expect(replaced(note)).toBe('Aktenzeichen [Nummer]. Die Mutter hat Akteneinsicht beantragt.');
  });

  it('nor does any other labelled number, at the end of a sentence or before a capitalised word', () => {
    expect(found('Steuer-ID 76 811 372 762. Aktuell gibt es keinen Kontakt.')).toEqual(['number:76 811 372 762']);
    expect(found('Aktenzeichen: 3 F 456/24. Der Vater widerspricht.')).toEqual(['number:3 F 456/24']);
    expect(found('Kundennummer 12345678. Danach nichts mehr.')).toEqual(['number:12345678']);
    expect(found('Die Versichertennummer ist A355512556. Er kommt am Abend.')).toEqual(['number:A355512556']);
    expect(found('Az. 5 F 12/24 Unterlagen liegen vor.')).toEqual(['number:5 F 12/24']);
    // A sentence that starts with a number or a one-letter word is the next sentence, too.
    expect(found('Az. 51.2-2024/0815. 3 Kinder leben im Haushalt.')).toEqual(['number:51.2-2024/0815']);
    expect(found('Aktenzeichen 12.3-2025/0042. A und B sind Geschwister.')).toEqual(['number:12.3-2025/0042']);
    // Parts of the number after a space still belong to it.
    expect(found('Az. 51 UF 12/24 II liegt vor.')).toEqual(['number:51 UF 12/24 II']);
  });

  it('a handle or web address leaves the sentence punctuation and closing quotes outside', () => {
    expect(found('Die Mutter postet als @papa.jovan. Danach ist Ruhe.')).toEqual(['contact:@papa.jovan']);
    expect(found('Die Webseite ist www.kita-sonnenschein.de…')).toEqual(['contact:www.kita-sonnenschein.de']);
    expect(found('Sie sagt: »Infos unter https://www.praxis-weber.de/kontakt!«, mehr nicht.')).toEqual(['contact:https://www.praxis-weber.de/kontakt']);
  });

  it('a street ends with its house number, not with the space before a dash', () => {
    expect(found('Anschrift: Am Markt 34 – das wurde besprochen.')).toEqual(['address:Am Markt 34']);
    expect(replaced('Anschrift: Am Markt 34 – das wurde besprochen.')).toBe('Anschrift: [Adresse] – das wurde besprochen.');
    expect(found('Neue Adresse Am Mühlbach 7. Die Mutter kommt wieder.')).toEqual(['address:Am Mühlbach 7']);
    expect(found('Wohnt Am Markt 12 b, Hinterhaus.')).toEqual(['address:Am Markt 12 b']);
  });

  it('a street named after a town that is also a surname: "Heidelberger Straße"', () => {
    expect(found('Die Familie wohnt in der Heidelberger Straße 31.')).toEqual(['address:Heidelberger Straße 31']);
    expect(found('Frau Heidelberger kommt.')).toEqual(['name:Heidelberger']);
  });

  it('a name or an institution does not take the noun after it', () => {
    expect(found('Frau Hartmann Bescheid geben.')).toEqual(['name:Hartmann']);
    expect(found('Herr Özdemir Termine absagen lassen.')).toEqual(['name:Özdemir']);
    expect(found('Die Kita Pusteblume Bescheid geben.')).toEqual(['institution:Kita Pusteblume']);
    // ... and keeps the saint before it.
    expect(found('Die Mutter war im St.-Elisabeth-Krankenhaus, kurz.')).toEqual(['institution:St.-Elisabeth-Krankenhaus']);
    expect(found('Die Familie wohnt in Heidelberg Termine gibt es keine.')).toEqual(['place:Heidelberg']);
    // Surnames that are nouns still join the first name.
    expect(found('Melanie Koch ist die Tante.')).toEqual(['name:Melanie Koch']);
  });
});

describe('surnames with particles', () => {
  it('after a title, "Familie" or a first name the particles belong to the name', () => {
    expect(found('Frau van der Berg kommt.')).toEqual(['name:van der Berg']);
    expect(found('Herr von Thaden kommt.')).toEqual(['name:von Thaden']);
    expect(found('Familie ten Brink kommt.')).toEqual(['name:ten Brink']);
    expect(found('Die Kinderärztin, Frau Dr. de Boer, kommt.')).toEqual(['name:de Boer']);
    expect(found('Familie von der Lühe lebt beengt.')).toEqual(['name:von der Lühe']);
    expect(found('Die Mutter ist Melanie van der Berg.')).toEqual(['name:Melanie van der Berg']);
    expect(found('Laut Elif de Souza kommt er.')).toEqual(['name:Elif de Souza']);
  });

  it('particles that are no German words need no title', () => {
    expect(found('Die Tochter van Houten spielt.')).toEqual(['name:van Houten']);
    expect(found('Das sagte ten Brink schon.')).toEqual(['name:ten Brink']);
  });

  it('"von", "der" and "de" are ordinary words elsewhere', () => {
    expect(found('Die Mutter der Kinder ist erschöpft.')).toEqual([]);
    expect(found('Das Kind wird von der Oma betreut.')).toEqual([]);
    expect(found('Er kommt von Montag an.')).toEqual([]);
    expect(found('Der Vater kommt von der Arbeit.')).toEqual([]);
    // After a title the particles need a surname: not an institution or an ordinary noun.
    expect(found('Frau von der Caritas kam zum Hausbesuch.')).toEqual([]);
    expect(found('Frau von der Beratungsstelle rief an, Herr von der Stadt auch.')).toEqual([]);
    expect(found('Herr zu Guttenberg kam.')).toEqual(['name:zu Guttenberg']);
  });

  it('a double surname after a first name or "Familie": "Schulze-Berg"', () => {
    expect(found('Die Mutter ist Anastasia Schulze-Berg.')).toEqual(['name:Anastasia Schulze-Berg']);
    expect(found('Laut Familie Schulze-Berg ist alles gut.')).toEqual(['name:Schulze-Berg']);
  });
});

describe('nicknames in quotation marks', () => {
  it('after a naming word that names a person, or with "genannt"', () => {
    expect(found('Die Mutter nennt ihn nur „Bobo“.')).toEqual(['name:Bobo']);
    expect(found('Die Oma nennt ihn liebevoll „Krümel“.')).toEqual(['name:Krümel']);
    expect(found('Sein Spitzname: „Flocke“.')).toEqual(['name:Flocke']);
    expect(found('Der Junge, genannt „Mausi“, spielt.')).toEqual(['name:Mausi']);
    expect(found('Der Kleine wird von allen „Hasi“ genannt.')).toEqual(['name:Hasi']);
    expect(found('Er wird genannt Moppel.')).toEqual(['name:Moppel']);
    expect(found('„Alle nennen sie „Püppi““, sagt die Mutter.')).toEqual(['name:Püppi']);
  });

  it('not a word for a thing, a role or a pet name everybody uses', () => {
    expect(found('Sie nennt es „Chaos“, wenn alle schreien.')).toEqual([]);
    expect(found('Die Kinder nennen den neuen Partner „Papa“.')).toEqual([]);
    expect(found('Die Mutter nennt die Situation „ausweglos“.')).toEqual([]);
    expect(found('Er nennt sich selbst „der Große“.')).toEqual([]);
    expect(found('Sie nennt ihn „Schatz“.')).toEqual([]);
    expect(found('Das Projekt heißt „Guter Start“.')).toEqual([]);
    // "sie" may be a group: a compound or a plural is a label, a short word a girl's nickname.
    expect(found('Man nennt sie „Schreikinder“, sagt die Hebamme.')).toEqual([]);
    expect(found('Die Geschwister nennen sie „Flocke“.')).toEqual(['name:Flocke']);
  });
});

describe('institutions named by their kind', () => {
  it('Klinikum with a compass name, but "Mitte" as a time is none', () => {
    expect(found('Die Geburt war im Klinikum Mitte.')).toEqual(['institution:Klinikum Mitte']);
    expect(found('Das Kind kam im Klinikum Nord zur Welt.')).toEqual(['institution:Klinikum Nord']);
    expect(found('Die Mutter war im Klinikum, dann zu Hause.')).toEqual([]);
    expect(found('Ab Mitte Mai geht sie in die Kita.')).toEqual([]);
    expect(found('Die Kita Mitte nächster Woche anrufen.')).toEqual([]);
  });

  it('religious communities: "…gemeinde" with a name, or with the name inside', () => {
    expect(found('Die Kirchengemeinde St. Martin hilft.')).toEqual(['institution:Kirchengemeinde St. Martin']);
    expect(found('Sie ist in der Pfarrgemeinde St. Josef aktiv.')).toEqual(['institution:Pfarrgemeinde St. Josef']);
    expect(found('Unterstützung kommt von der Paulusgemeinde.')).toEqual(['institution:Paulusgemeinde']);
    expect(found('Unterstützung kommt von der Lutherkirchengemeinde.')).toEqual(['institution:Lutherkirchengemeinde']);
    expect(found('Die Kirchengemeinde bietet einen Krabbeltreff an.')).toEqual([]);
    expect(found('Die Pfarrgemeinde und die Ortsgemeinde helfen.')).toEqual([]);
    expect(found('Die Freikirche und die Dorfkirche sind voll.')).toEqual([]);
  });

  it('sports clubs: FC, SV, TSV … with their name, year and number', () => {
    expect(found('Der Sohn spielt beim FC Germania.')).toEqual(['institution:FC Germania']);
    expect(found('Die Tochter turnt im TSV Grünwald, zweimal pro Woche.')).toEqual(['institution:TSV Grünwald']);
    expect(found('Er trainiert beim SV Werder.')).toEqual(['institution:SV Werder']);
    expect(found('Er ist Fan vom 1. FC Köln.')).toEqual(['institution:1. FC Köln']);
    expect(found('Sie turnt im TSV 1860 München Fußball.')).toEqual(['institution:TSV 1860 München']);
    expect(found('Die SV-Nummer ist beantragt, die SV Nummer fehlt noch.')).toEqual([]);
    expect(found('Das SV Training ist am Montag.')).toEqual([]);
    expect(found('Der Sohn spielt Fußball im Sportverein.')).toEqual([]);
  });
});

describe('places', () => {
  it('"Bad Homburg" without "vor der Höhe"', () => {
    expect(found('Die Familie kommt aus Bad Homburg.')).toEqual(['place:Bad Homburg']);
    expect(found('Die Familie kommt aus Bad Homburg vor der Höhe.')).toEqual(['place:Bad Homburg vor der Höhe']);
  });
});
