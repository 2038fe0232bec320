// Key folding shared in spirit with shared/anonymize/text.ts (foldKey): strips diacritics so that
// "Yıldız", "Yildiz", "Wiśniewski" and "Wisniewski" find the same entry. The unit test
// tests/unit/anonymize/data.test.ts checks that every generated key is a fixed point of the
// runtime foldKey, so the two implementations cannot drift apart unnoticed.

const SPECIAL = new Map([
  ['ı', 'i'], ['İ', 'I'], ['ł', 'l'], ['Ł', 'L'], ['ø', 'o'], ['Ø', 'O'], ['đ', 'd'], ['Đ', 'D'],
  ['ð', 'd'], ['Ð', 'D'], ['þ', 'th'], ['Þ', 'Th'], ['æ', 'ae'], ['Æ', 'Ae'], ['œ', 'oe'], ['Œ', 'Oe'],
  ['ß', 'ss'], ['’', "'"], ['ʼ', "'"], ['‘', "'"], ['`', "'"],
]);

/** @param {string} word */
export function foldKey(word) {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(word)) return word;
  let out = '';
  for (const ch of word.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += SPECIAL.get(ch) ?? ch;
  }
  return out;
}
