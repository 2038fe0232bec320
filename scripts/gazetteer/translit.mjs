// Romanisation of Cyrillic and Greek name lists, in the spellings that German case notes actually
// use: the German (Duden) transliteration ("Natalja Iwanowa", "Swetlana") and the English /
// passport one ("Natalya Ivanova", "Svetlana"). Both variants are emitted.

const RU_DE = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'j', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z',
  ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
  // Ukrainian and Macedonian / Serbian letters
  і: 'i', ї: 'ji', є: 'je', ґ: 'g', ј: 'j', љ: 'lj', њ: 'nj', џ: 'dsch', ѓ: 'gj', ќ: 'kj', ѕ: 'ds', ћ: 'tsch', ђ: 'dj',
};
const RU_EN = {
  ...RU_DE, в: 'v', ё: 'yo', ж: 'zh', з: 'z', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ю: 'yu', я: 'ya', ї: 'yi', є: 'ye', џ: 'dzh', ћ: 'ch', ѕ: 'dz',
};
const VOWELS = new Set([...'аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ']);

function cyr(word, table, english) {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const prev = i > 0 ? lower[i - 1] : '';
    // "е" is "je" at the start of a word and after a vowel or soft/hard sign (Jelena, Sergejew).
    if (ch === 'е' && (i === 0 || VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')) { out += english ? 'ye' : 'je'; continue; }
    // "ий"/"ый" at the end: Dmitri / Dmitriy.
    if (ch === 'й' && i === lower.length - 1 && (prev === 'и' || prev === 'ы')) { out += english ? 'y' : ''; continue; }
    // Soft sign before a vowel: Natalja / Natalya.
    if (ch === 'ь' && i + 1 < lower.length && VOWELS.has(lower[i + 1])) {
      const next = lower[i + 1];
      if (next === 'я' || next === 'ю' || next === 'е' || next === 'ё') { continue; }
      out += english ? 'y' : 'j';
      continue;
    }
    // German "s" between vowels is voiced; Russian "с" there is written "ss" (Wassili).
    if (!english && ch === 'с' && VOWELS.has(prev) && i + 1 < lower.length && VOWELS.has(lower[i + 1])) { out += 'ss'; continue; }
    if (ch === 'я' && (prev === 'и')) { out += english ? 'ya' : 'ja'; continue; }
    out += table[ch] ?? ch;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const GREEK_DIGRAPHS = [['ου', 'ou'], ['αι', 'ai'], ['ει', 'ei'], ['οι', 'oi'], ['μπ', 'mp'], ['ντ', 'nt'], ['γκ', 'gk'], ['γγ', 'ng'], ['αυ', 'av'], ['ευ', 'ev']];
const GREEK = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

function greek(word) {
  let lower = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [from, to] of GREEK_DIGRAPHS) lower = lower.split(from).join(to);
  let out = '';
  for (const ch of lower) out += GREEK[ch] ?? ch;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Latin spellings of a Cyrillic or Greek name; the word itself when it is Latin already. */
export function romanize(word) {
  if (/[\u0400-\u04ff]/.test(word)) {
    const variants = new Set([cyr(word, RU_DE, false), cyr(word, RU_EN, true)]);
    // Common German passport variant with a final "ij" (Dmitrij, Jewgenij).
    if (/ий$/.test(word)) variants.add(cyr(word, RU_DE, false) + 'j');
    // Western spellings of "-ия"/"-ья" (Natalia, Julia, Maria).
    const english = cyr(word, RU_EN, true);
    if (/(iya|[lnrt]ya)$/.test(english)) variants.add(english.replace(/i?ya$/, 'ia'));
    return [...variants];
  }
  if (/[\u0370-\u03ff]/.test(word)) return [greek(word)];
  return [word];
}
