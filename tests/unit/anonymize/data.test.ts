// The generated lookup data (shared/anonymize/data) and the code that reads it must agree.
import { describe, expect, it } from 'vitest';
import { foldKey as foldAtBuild } from '../../../scripts/gazetteer/fold.mjs';
import { PLACES } from '../../../shared/anonymize/data/places';
import {
  isGermanNoun, isKnownName, isKnownPlace, isNominalisedWord, isPostalCode, nameCommonness, placeCommonness,
} from '../../../shared/anonymize/lexicon';
import { decodeFrontCoded, foldKey } from '../../../shared/anonymize/text';

describe('anonymization data', () => {
  it('folds keys at build time and at run time alike', () => {
    for (const word of ['Yıldız', 'Wiśniewska', 'Łukasz', 'Ðorđević', 'Müller', 'Weiß', 'D’Angelo', 'Hodžić', 'Ionuț', 'Ærø', 'Karlsruhe']) {
      expect(foldKey(word)).toBe(foldAtBuild(word));
    }
  });

  it('stores every place under its folded key', () => {
    const places = decodeFrontCoded(PLACES);
    expect(places.size).toBeGreaterThan(15_000);
    for (const place of places) expect(foldKey(place)).toBe(place);
  });

  it('knows common names of many origins and marks the ones that are German words', () => {
    for (const name of ['Melanie', 'Wagner', 'Ahmet', 'Demir', 'Yildiz', 'Katarzyna', 'Nowak', 'Swetlana', 'Iwanowa', 'Ionut', 'Popescu', 'Giulia', 'Esposito', 'Jovan', 'Petrovic', 'Mohammed', 'Fatima', 'Ahmadi']) {
      expect(isKnownName(foldKey(name)), name).toBe(true);
    }
    expect(nameCommonness('Sommer')).toBe('noun');
    expect(nameCommonness('Wagner')).toBe('none');
  });

  it('knows municipalities, districts and foreign cities, and postal codes in use', () => {
    for (const place of ['Karlsruhe', 'Mannheim', 'Ludwigshafen', 'Neukolln', 'Aleppo', 'Kabul', 'Warschau', 'Istanbul']) {
      expect(isKnownPlace(place), place).toBe(true);
    }
    expect(placeCommonness('Essen')).toBe('noun');
    expect(isPostalCode(76133)).toBe(true);
    expect(isPostalCode(0)).toBe(false);
  });

  it('knows German nouns, adjectives and verbs', () => {
    for (const noun of ['Hoffnung', 'Wagen', 'Sorgen', 'Kindes']) expect(isGermanNoun(noun), noun).toBe(true);
    expect(isNominalisedWord('Alleinerziehende')).toBe(true);
    expect(isGermanNoun('Yildirim')).toBe(false);
  });
});
