// The circle's own lists. Stop list: local names and terms that are always flagged (kind
// 'stopList'), matched as whole words, case-insensitively, also with a genitive "s".
// The allow list is applied in ../detect.ts to every finding.
import type { Candidate } from '../types';

const HINT = 'Steht auf der Stoppliste des Zirkels – ersetzen oder allgemein umschreiben';

let cachedKey = '';
let cachedPattern: RegExp | null = null;

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function patternFor(stopList: readonly string[]): RegExp | null {
  const key = stopList.join('\u0000');
  if (key === cachedKey) return cachedPattern;
  const terms = stopList.map((t) => t.trim()).filter((t) => t.length > 0);
  // Longest first, so that "Kita Sonnenschein" wins over "Sonnenschein".
  terms.sort((a, b) => b.length - a.length);
  cachedKey = key;
  cachedPattern = terms.length === 0
    ? null
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?:s|'s|’s)?(?![\\p{L}\\p{N}])`, 'giu');
  return cachedPattern;
}

export function detectStopList(text: string, stopList: readonly string[] | undefined, out: Candidate[]): void {
  if (!stopList || stopList.length === 0) return;
  const re = patternFor(stopList);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'stopList', hint: HINT });
  }
}
