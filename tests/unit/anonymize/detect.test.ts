// Behaviour of the anonymization check, kind by kind: what a moderator would see flagged in a
// note, and what must stay unflagged.
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, placeholderFor } from '../../../shared/anonymize';
import type { Finding, IdentifierKind } from '../../../shared/anonymize';

/** The findings of a note as "kind:text". */
const flagged = (text: string, options?: Parameters<typeof detectIdentifiers>[1]): string[] =>
  detectIdentifiers(text, options).map((f) => `${f.kind}:${f.text}`);

/** Expects the note to be flagged exactly as listed. */
function expectFlags(text: string, expected: string[]): void {
  expect(flagged(text)).toEqual(expected);
}

function expectClean(...notes: string[]): void {
  for (const note of notes) expect(flagged(note), note).toEqual([]);
}

describe('names', () => {
  it('finds first names and surnames of many origins, alone or in pairs', () => {
    expectFlags('Die Mutter, Melanie Wagner, kommt regelmäßig.', ['name:Melanie Wagner']);
    expectFlags('Der Vater Ahmet Demir ist arbeitslos.', ['name:Ahmet Demir']);
    expectFlags('Małgorzata Wiśniewska ist die Tagesmutter.', ['name:Małgorzata Wiśniewska']);
    expectFlags('Olga Iwanowa und Ionuț Popescu sind Nachbarn.', ['name:Olga Iwanowa', 'name:Ionuț Popescu']);
    expectFlags('Amra Hodžić und Dragan Petrović sind getrennt.', ['name:Amra Hodžić', 'name:Dragan Petrović']);
    expectFlags('Herr Mohammed Al-Hassan und Frau Fatima Haddad.', ['name:Mohammed Al-Hassan', 'name:Fatima Haddad']);
    expectFlags('Giulia Esposito arbeitet als Verkäuferin.', ['name:Giulia Esposito']);
    expectFlags('Farid Ahmadi kam 2016 nach Deutschland.', ['name:Farid Ahmadi']);
  });

  it('uses titles, kinship words and "Familie" as cues, even for names that are also nouns', () => {
    expectFlags('Frau Sommer und Herr Vogel vom Jugendamt.', ['name:Sommer', 'name:Vogel']);
    expectFlags('Dr. Hartmann hat die Familie vermittelt.', ['name:Hartmann']);
    expectFlags('Frau Dr. med. Schulze-Berg betreut die Mutter.', ['name:Schulze-Berg']);
    expectFlags('Die Familie Yıldırım wohnt im Erdgeschoss.', ['name:Yıldırım']);
    expectFlags('Die Familie Winter lebt zurückgezogen.', ['name:Winter']);
    expectFlags('Die Tochter Sophie geht gern in die Kita.', ['name:Sophie']);
    expectFlags('Die Mutter Shabnam spricht Dari.', ['name:Shabnam']);
    expectFlags('Herr van der Berg hat die Vormundschaft.', ['name:van der Berg']);
    expectFlags('Der Kinderarzt, Dr. Krämer, empfiehlt Logopädie.', ['name:Krämer']);
    expectFlags('Die Kinder heißen Lara und Ben.', ['name:Lara', 'name:Ben']);
  });

  it('handles hyphenated names, diacritics and the genitive', () => {
    expectFlags('Die Tochter Mila-Sophie ist zwei.', ['name:Mila-Sophie']);
    expectFlags('Die Hebamme Frau Lehmann-Özdemir kommt montags.', ['name:Lehmann-Özdemir']);
    expectFlags('Sophies Kita hat einen neuen Träger.', ['name:Sophies']);
    expectFlags('Ayşe kommt mit ihrer Tochter Elif.', ['name:Ayşe', 'name:Elif']);
  });

  it('leaves nouns, roles, initials and sentence starts alone', () => {
    expectClean(
      'Im Sommer war die Wohnung zu warm, im Winter zu kalt.',
      'Der Vater ist gelernter Koch und sucht Arbeit.',
      'Die Rose im Garten blüht, die Hoffnung bleibt.',
      'Der Schmied und der Wagen stehen im Hof.',
      'Die Mutter (Frau K.) ist 28 Jahre alt.',
      'Die Hebamme, die Kinderärztin und das Jugendamt sind eingebunden.',
      'Leider konnte die Mutter nicht kommen. Bislang gibt es keine Hinweise.',
      'Die Kleine schläft nachts kaum, die Große geht zur Schule.',
      'Groß- und Kleinschreibung spielt keine Rolle.',
      'Das Kind hat ein Down-Syndrom, die Mutter Morbus Crohn.',
      'Die Familie nimmt an einem Marte Meo Coaching teil.',
      'Die Mutter, Syrerin, und der Vater, Afghane, leben getrennt; die Oma ist Jesidin.',
      'Die Mutter ist eine Frau Anfang 30.',
      'Das Familienzentrum hat Angebote für Groß und Klein, für Jung und Alt.',
    );
  });
});

describe('dates', () => {
  it('finds full dates in the common German forms', () => {
    expectFlags('Geboren am 09.08.2024.', ['date:09.08.2024']);
    expectFlags('Termin: 9.8.24, sonst 2024-08-09.', ['date:9.8.24', 'date:2024-08-09']);
    expectFlags('Am 9. August 2024 und am 11. März 2026.', ['date:9. August 2024', 'date:11. März 2026']);
    expectFlags('Das Hilfeplangespräch ist am 3.5. um 10 Uhr.', ['date:3.5.']);
    expectFlags('Ihr Geburtstag ist der 3. Mai.', ['date:3. Mai']);
    expectFlags('Kontrolle am 12.03. und am 3. Jan. 2025.', ['date:12.03.', 'date:3. Jan. 2025']);
    expectFlags('Zuletzt am 09/08/2024.', ['date:09/08/2024']);
  });

  it('does not flag ages, years, months, seasons, durations, check-ups, phases, classes, paragraphs', () => {
    expectClean(
      'Die Mutter ist 31 Jahre alt.',
      'Die Familie kam 2015 nach Deutschland.',
      'Im Mai 2024 kam das zweite Kind zur Welt.',
      'Im Herbst beginnt die Eingewöhnung.',
      'Der Vater ist seit drei Monaten arbeitslos.',
      'Bei der U5 und der U7 war das Kind unauffällig.',
      'In Phase 3 wurden Hypothesen gesammelt.',
      'Das Geschwisterkind besucht die 1. Klasse.',
      'Eine Meldung nach § 8a SGB VIII wurde geprüft.',
      'Die APGAR-Werte waren 9/10/10.',
      'Die Mutter bringt das Kind um 8.10 Uhr.',
      'Die Schulden liegen bei 12.000 Euro.',
      'Der Termin ist ab 10.10 Uhr möglich.',
      'Der Kurs beginnt in KW 12/2024, siehe Heft 3/2023.',
    );
  });
});

describe('addresses and places', () => {
  it('finds streets with house numbers and postal codes with towns', () => {
    expectFlags('Die Familie wohnt in der Schillerstraße 5.', ['address:Schillerstraße 5']);
    expectFlags('Wohnadresse: Lindenallee 22.', ['address:Lindenallee 22']);
    expectFlags('Neu: Kaiserstr. 12a, 76133 Karlsruhe.', ['address:Kaiserstr. 12a, 76133 Karlsruhe']);
    expectFlags('Sie wohnt Am Mühlbach 3.', ['address:Am Mühlbach 3']);
    expectFlags('Sie zog in die Karlsruher Straße 5.', ['address:Karlsruher Straße 5']);
    expectFlags('Die Großeltern leben in 76133 Karlsruhe.', ['address:76133 Karlsruhe']);
    expectFlags('Sie wohnt in der Karl-Marx-Straße.', ['address:Karl-Marx-Straße']);
  });

  it('finds towns, districts and foreign cities from the gazetteer', () => {
    expectFlags('Die Familie ist aus Karlsruhe zugezogen.', ['place:Karlsruhe']);
    expectFlags('Die Familie lebt im Stadtteil Durlach.', ['place:Durlach']);
    expectFlags('Der Vater stammt aus Aleppo, die Mutter aus Kabul.', ['place:Aleppo', 'place:Kabul']);
    expectFlags('Sie kommen aus Essen und ziehen nach Halle.', ['place:Essen', 'place:Halle']);
    expectFlags('Die Oma lebt in Frankfurt am Main.', ['place:Frankfurt am Main']);
    expectFlags('Der Onkel wohnt in St. Ingbert.', ['place:St. Ingbert']);
    expectFlags('Die Tante lebt in Karlsruhe-Durlach, der Cousin in Berlin-Neukölln.', ['place:Karlsruhe-Durlach', 'place:Berlin-Neukölln']);
    // Not in the gazetteer, but after "in"/"aus" and neither a German word, a name nor a country.
    expectFlags('Sie zogen aus Neckarau nach Durlach.', ['place:Neckarau', 'place:Durlach']);
  });

  it('does not flag ordinary words that are also towns, or house-number look-alikes', () => {
    expectClean(
      'Nach dem Essen schläft das Kind.',
      'Die Familie lebt in drei Zimmern.',
      'In der Phase 3 wurde viel gelacht.',
      'Der Schulweg dauert 20 Minuten.',
      'Auf Platz 3 der Warteliste.',
      'Die Familie ist vor acht Jahren aus Syrien geflüchtet.',
      'Die Familie wohnt in der Altstadt, früher in der Südstadt, jetzt am Stadtrand.',
      'Sie kommen aus Nordsyrien, lebten in Kurdistan und in Eritrea.',
      'Die Mutter war in Quarantäne, danach in Reha und in Substitution.',
    );
  });
});

describe('contact details', () => {
  it('finds phone numbers in all German forms', () => {
    for (const phone of ['0170 1234567', '0170/1234567', '+49 170 1234567', '(0721) 98 76 54-3', '0721-9876543', '+49 (0)170 123 45 67', '0049 170 1234567']) {
      expectFlags(`Erreichbar unter ${phone}.`, [`contact:${phone}`]);
    }
    expectFlags('Tel.: 98 76 54', ['contact:98 76 54']);
  });

  it('finds e-mail and web addresses and handles', () => {
    expectFlags('Bitte an familie.wagner@gmx.de schreiben.', ['contact:familie.wagner@gmx.de']);
    expectFlags('Infos: www.kita-sonnenschein.de, praxis-weber.de/kontakt.', ['contact:www.kita-sonnenschein.de', 'contact:praxis-weber.de/kontakt']);
    expectFlags('Siehe https://example.org/fall?id=3.', ['contact:https://example.org/fall?id=3']);
    expectFlags('Instagram: @mama_lea2020', ['contact:@mama_lea2020']);
  });

  it('does not take dates, months or counts for phone numbers', () => {
    expectClean('Stand: 03/2024.', 'Das Kind wog 3200 g.', 'Es waren 0 bis 3 Termine.');
  });
});

describe('numbers', () => {
  it('finds insurance, bank, tax and file numbers', () => {
    expectFlags('Versichertennummer: B234567890.', ['number:B234567890']);
    expectFlags('IBAN DE89 3704 0044 0532 0130 00', ['number:DE89 3704 0044 0532 0130 00']);
    expectFlags('Steuer-ID 12 345 678 901 und 12345678901.', ['number:12 345 678 901', 'number:12345678901']);
    expectFlags('Aktenzeichen: 3 F 456/24.', ['number:3 F 456/24']);
    expectFlags('Az. 51-123/2024', ['number:51-123/2024']);
    expectFlags('Kundennummer beim Jobcenter: 123456789.', ['number:123456789']);
    expectFlags('Kennzeichen KA-AB 123.', ['number:KA-AB 123']);
    expectFlags('Kundennr. 4711, Patienten-ID: 0815-33.', ['number:4711', 'number:0815-33']);
    expectFlags('Geburtsurkunde Nr. 1234/2023.', ['number:1234/2023']);
  });

  it('does not flag paragraphs, check-ups or counts', () => {
    expectClean('§ 1666 BGB und § 8a SGB VIII.', 'Klasse 4b, Zimmer 3, Linie 5.', 'Zimmer Nr. 12 im 2. Stock.', 'Hausnummer 5, Zimmernummer 12.');
  });
});

describe('institutions', () => {
  it('finds institutions by their proper name', () => {
    expectFlags('Die Tochter geht in die Kita Pusteblume.', ['institution:Kita Pusteblume']);
    expectFlags('Sie besucht die Kita „Sonnenschein“.', ['institution:Kita „Sonnenschein“']);
    expectFlags('Der Bruder geht auf die Grundschule am Park.', ['institution:Grundschule am Park']);
    expectFlags('Entbunden im Vincentius-Krankenhaus.', ['institution:Vincentius-Krankenhaus']);
    expectFlags('Die Geburt war im St. Josefs-Krankenhaus.', ['institution:St. Josefs-Krankenhaus']);
    expectFlags('Beratung in der Praxis Dr. Weber.', ['institution:Praxis Dr. Weber']);
    expectFlags('Sie arbeitete im Friseursalon Haarmonie.', ['institution:Friseursalon Haarmonie']);
    expectFlags('Er arbeitet bei der Bäckerei Müller GmbH.', ['institution:Bäckerei Müller GmbH']);
    expectFlags('Geboren in der Uniklinik Freiburg.', ['institution:Uniklinik Freiburg']);
    expectFlags('Die Schwester besucht die Goetheschule.', ['institution:Goetheschule']);
    expectFlags('Er lebt in der Jugendhilfeeinrichtung Lindenhof.', ['institution:Jugendhilfeeinrichtung Lindenhof']);
    expectFlags('Die Mutter arbeitet in der Pizzeria Da Mario.', ['institution:Pizzeria Da Mario']);
  });

  it('does not flag generic institutions and roles', () => {
    expectClean(
      'Das Jugendamt wurde eingeschaltet.',
      'Eine Kita, die Hebamme und die Kinderärztin sind beteiligt.',
      'Anbindung an ein Familienzentrum und die Schreiambulanz.',
      'Als die Kita Kontakt aufnahm, reagierte die Mutter abweisend.',
      'Die Kita hat erst im Herbst wieder Plätze frei.',
      'Ob die Praxis Zeit für einen Hausbesuch hat, ist offen.',
      'Das Kind besucht eine Waldorfschule, der Bruder eine Montessori-Kita.',
      'Die Klinik hat die Familie an die Frühen Hilfen vermittelt.',
    );
  });
});

describe('stop list and allow list', () => {
  it('flags stop-list terms as whole words, case-insensitively, also in the genitive', () => {
    const stopList = ['Mühlenviertel', 'Bäcker Schorsch'];
    expect(flagged('Die Familie wohnt im mühlenviertel beim bäcker schorsch.', { stopList })).toEqual([
      'stopList:mühlenviertel',
      'stopList:bäcker schorsch',
    ]);
    expect(flagged('Des Mühlenviertels Mitte.', { stopList })).toEqual(['stopList:Mühlenviertels']);
    expect(flagged('Die Mühlenviertelstraße 4 liegt.', { stopList })).toEqual(['address:Mühlenviertelstraße 4']);
  });

  it('never flags allow-list words, whatever found them', () => {
    expect(flagged('Die Familie ist aus Karlsruhe zugezogen.', { allowList: ['Karlsruhe'] })).toEqual([]);
    expect(flagged('Frau Schneider kommt.', { allowList: ['schneider'] })).toEqual([]);
    expect(flagged('Die Kita Pusteblume ruft an.', { allowList: ['Kita Pusteblume'] })).toEqual([]);
    // A stop-list term on the allow list too: the allow list wins.
    expect(flagged('Das Mühlenviertel.', { stopList: ['Mühlenviertel'], allowList: ['Mühlenviertel'] })).toEqual([]);
    // Only whole findings (or findings made only of allowed words) are dropped.
    expect(flagged('Melanie Sommer kommt.', { allowList: ['Sommer'] })).toEqual(['name:Melanie Sommer']);
  });
});

describe('findings', () => {
  it('are sorted, never overlap, and carry UTF-16 offsets that survive umlauts and emoji', () => {
    const note = '👶🏽 Frau Özdemir 😊 wohnt in der Müllerstraße 5 – Tel. 0170 1234567, geb. 09.08.2024 in Köln 🎉';
    const findings = detectIdentifiers(note);
    expect(findings.map((f) => f.kind)).toEqual(['name', 'address', 'contact', 'date', 'place']);
    for (const f of findings) expect(note.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    expect(findings[0]!.start).toBe(note.indexOf('Özdemir'));
  });

  it('prefer the longer, more specific finding when detectors overlap', () => {
    // "Weber" is a name, but the whole is a practice; "Karlsruhe" is a place inside an address.
    expectFlags('In der Praxis Dr. Weber, 76133 Karlsruhe.', ['institution:Praxis Dr. Weber', 'address:76133 Karlsruhe']);
    // A phone number inside an IBAN is part of the IBAN.
    expectFlags('DE89 3704 0044 0532 0130 00', ['number:DE89 3704 0044 0532 0130 00']);
  });

  it('come with a German hint and a placeholder per kind', () => {
    const [name] = detectIdentifiers('Frau Schneider kommt.');
    expect(name!.hint).toMatch(/Name/);
    const kinds: IdentifierKind[] = ['name', 'date', 'address', 'place', 'contact', 'number', 'institution', 'stopList'];
    const placeholders = kinds.map(placeholderFor);
    expect(placeholders.slice(0, 7)).toEqual(['[Name]', '[Datum]', '[Adresse]', '[Ort]', '[Kontakt]', '[Nummer]', '[Einrichtung]']);
    expect(new Set(placeholders).size).toBe(kinds.length);
  });

  it('handle empty and identifier-free notes', () => {
    expect(detectIdentifiers('')).toEqual([]);
    expect(detectIdentifiers('   \n  ')).toEqual([]);
    const f: Finding[] = detectIdentifiers('Die Mutter ist erschöpft.');
    expect(f).toEqual([]);
  });
});
