// Front coding for sorted word lists. The runtime twin is decodeFrontCoded in shared/anonymize/text.ts.
// Each entry is one character giving how many leading characters it shares with the entry before
// it (base 36, at most 35), then the rest of the word; entries are separated by ",".
export function frontCode(sortedWords) {
  let prev = '';
  const out = [];
  for (const word of sortedWords) {
    if (word.includes(',')) throw new Error(`comma in ${word}`);
    let p = 0;
    const max = Math.min(35, prev.length, word.length);
    while (p < max && prev.charCodeAt(p) === word.charCodeAt(p)) p++;
    out.push(p.toString(36) + word.slice(p));
    prev = word;
  }
  return out.join(',');
}
