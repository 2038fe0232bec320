/** Names on the documents: the attendance order by surname (titles ignored), the moderators, own professions. */
import { describe, expect, it } from 'vitest';
import { compareBySurname, moderatorNames, nameParts, ownProfession, sortBySurname } from '../../../shared/protocol';

const sorted = (names: readonly string[]) => sortBySurname(names.map((name) => ({ name }))).map((p) => p.name);

describe('the attendance order: by surname, titles ignored, German collation', () => {
  it('puts „Dr.“, „Dr. med.“, „Prof.“ and „Dipl.-Päd.“ under the surname, not between B and F', () => {
    expect(sorted([
      'Friederike Groß', 'Dr. Jana Krüger', 'Björn Köhler', 'Prof. Dr. med. Mehmet Öztürk', 'Tom Berger',
      'Dipl.-Päd. Grete Maß', 'Dr. med. Anna Albers', 'Sören Bäumler', 'Zoë Schäfer', 'Dipl.-Soz.-Päd. Eva Zander',
      'PD Dr. Lars Heller', 'Luise Däubler, M.A.',
    ])).toEqual([
      'Dr. med. Anna Albers', 'Sören Bäumler', 'Tom Berger', 'Luise Däubler, M.A.', 'Friederike Groß', 'PD Dr. Lars Heller',
      'Björn Köhler', 'Dr. Jana Krüger', 'Dipl.-Päd. Grete Maß', 'Prof. Dr. med. Mehmet Öztürk', 'Zoë Schäfer',
      'Dipl.-Soz.-Päd. Eva Zander',
    ]);
  });

  it('sorts umlauts with their vowel, ß as ss, and letters of other languages with their base letter', () => {
    expect(sorted(['Ömer Yılmaz', 'Aylin Şahin', 'Łucja Nowak-Müller', 'Jürgen Straßer', 'Karl Strasser', 'Oskar Ost', 'Ida Öst', 'Lena Schmidt']))
      .toEqual(['Łucja Nowak-Müller', 'Oskar Ost', 'Ida Öst', 'Aylin Şahin', 'Lena Schmidt', 'Karl Strasser', 'Jürgen Straßer', 'Ömer Yılmaz']);
  });

  it('ignores name particles, reads „Surname, Given“, and orders equal surnames by given name', () => {
    expect(nameParts('Dr. Jan van der Berg')).toEqual({ surname: 'Berg', given: 'Jan' });
    expect(nameParts('Krüger, Dr. Jana')).toEqual({ surname: 'Krüger', given: 'Jana' });
    expect(nameParts('von Bülow, Clara')).toEqual({ surname: 'Bülow', given: 'Clara' });
    expect(nameParts('Jana Krüger, M.A.')).toEqual({ surname: 'Krüger', given: 'Jana' });
    expect(nameParts('Dr.')).toEqual({ surname: 'Dr.', given: '' });
    expect(sorted(['Dr. Jan van der Berg', 'Tom Berger', 'Clara von Bülow', 'Anna Berg', 'Krüger, Jana', 'Dr. Jana Krüger']))
      .toEqual(['Anna Berg', 'Dr. Jan van der Berg', 'Tom Berger', 'Clara von Bülow', 'Dr. Jana Krüger', 'Krüger, Jana']);
    expect(compareBySurname('Dr. Jana Krüger', 'Jana Krüger')).not.toBe(0); // a total order: the list is stable across laptops
  });
});

describe('the moderators under their signature lines', () => {
  it.each([
    ['Dr. Jana Krüger (Kinder- und Jugendärztin) und Tom Berger (ASD)', ['Dr. Jana Krüger', 'Tom Berger']],
    ['Dr. Jana Krüger, Tom Berger', ['Dr. Jana Krüger', 'Tom Berger']],
    ['Dr. Jana Krüger & Tom Berger', ['Dr. Jana Krüger', 'Tom Berger']],
    ['Dr. Jana Krüger / Tom Berger', ['Dr. Jana Krüger', 'Tom Berger']],
    ['Kinder- und Jugendärztin Dr. Jana Krüger sowie Tom Berger', ['Kinder- und Jugendärztin Dr. Jana Krüger', 'Tom Berger']],
    ['  Tom Berger  ', ['Tom Berger']],
    ['', []],
  ])('„%s“', (field, names) => {
    expect(moderatorNames(field)).toEqual(names);
  });
});

describe("the profession in the person's own form", () => {
  it('keeps a form as entered', () => {
    for (const own of ['Kinderärztin', 'Kinder- und Jugendärztin', 'Frauenarzt', 'Familienhebamme', 'Fachkraft ASD/Jugendamt', 'Erziehungsberatung', 'Hebamme']) {
      expect(ownProfession(` ${own} `)).toBe(own);
    }
  });

  it('leaves out a generic form naming both genders, and placeholders', () => {
    for (const generic of [
      'Kinder- und Jugendärztin/-arzt', 'Psychotherapeutin/-therapeut', 'Hebamme/Entbindungspfleger', 'Ärztin/Arzt',
      'Erzieher:in', 'Erzieher*in', 'Sozialarbeiter/in', 'ErzieherIn', 'Sozialarbeiterin/Sozialarbeiter', 'Lehrer/Lehrerin',
      'Erzieher (m/w/d)', 'Sonstige', 'nicht angegeben', '', '  ',
    ]) expect(ownProfession(generic), generic).toBe('');
  });
});
