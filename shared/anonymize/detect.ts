// The anonymization check: runs every detector over a note and returns sorted, non-overlapping
// findings. Rules: README.md beside this file.
import { detectAddresses } from './detectors/addresses';
import { detectInstitutions } from './detectors/institutions';
import { detectStopList } from './detectors/lists';
import { detectNamesAndPlaces } from './detectors/names';
import { detectPatterns } from './detectors/patterns';
import { defaultHint } from './placeholders';
import { foldKey } from './text';
import { Tokens } from './tokens';
import type { Candidate, DetectOptions, Finding, IdentifierKind } from './types';

/**
 * Which kind wins when two findings overlap without one containing the other, or cover the same
 * span: the more specific one. A container always beats what it contains ("Praxis Dr. Weber" is
 * one institution, not a name inside one).
 */
const RANK: Readonly<Record<IdentifierKind, number>> = {
  number: 7, contact: 6, date: 5, address: 4, institution: 3, name: 2, place: 1, stopList: 0,
};

export function detectIdentifiers(text: string, options: DetectOptions = {}): Finding[] {
  if (!text) return [];
  const candidates: Candidate[] = [];
  const tokens = new Tokens(text);
  detectPatterns(tokens, candidates);
  detectAddresses(tokens, candidates);
  detectInstitutions(tokens, candidates);
  detectNamesAndPlaces(tokens, candidates);
  detectStopList(text, options.stopList, candidates);

  const resolved = joinAddresses(text, resolveOverlaps(candidates));
  const allow = allowSet(options.allowList);
  const findings: Finding[] = [];
  for (const c of resolved) {
    const found = text.slice(c.start, c.end);
    if (allow && isAllowed(found, allow)) continue;
    findings.push({ start: c.start, end: c.end, kind: c.kind, text: found, hint: c.hint ?? defaultHint(c.kind) });
  }
  return findings;
}

function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || RANK[b.kind] - RANK[a.kind]);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push({ ...c });
      continue;
    }
    if (c.end <= last.end) continue; // contained: the container stays
    // Partial overlap: one finding over both, of the more specific kind.
    if (RANK[c.kind] > RANK[last.kind]) {
      last.kind = c.kind;
      last.hint = c.hint;
    }
    last.end = c.end;
  }
  return out;
}

/** "Am Mühlbach 3, 69117 Heidelberg", "Bruchsal, Kaiserstraße 88": one address, not two or three. */
function joinAddresses(text: string, findings: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const postal = (c: Candidate): boolean => /^(?:D-\s?)?\d{5}/.test(text.slice(c.start, c.end));
  for (const f of findings) {
    const last = out[out.length - 1];
    // street + postal code/town · street + town · town + street; two streets stay two.
    const joinable = last !== undefined && (
      (last.kind === 'address' && !postal(last) && (f.kind === 'place' || (f.kind === 'address' && postal(f)))) ||
      (last.kind === 'place' && f.kind === 'address' && !postal(f)));
    if (last && joinable && /^,?[ \t]?$/.test(text.slice(last.end, f.start))) {
      last.end = f.end;
      if (last.kind !== 'address') { last.kind = 'address'; last.hint = f.hint; }
      continue;
    }
    out.push(f);
  }
  return out;
}

const normalise = (s: string): string => foldKey(s.trim().toLowerCase());

function allowSet(allowList: readonly string[] | undefined): Set<string> | null {
  if (!allowList || allowList.length === 0) return null;
  const set = new Set<string>();
  for (const entry of allowList) {
    const n = normalise(entry);
    if (n) set.add(n);
  }
  return set.size > 0 ? set : null;
}

/** Allowed when the whole finding, or every word of it, is on the allow list. */
function isAllowed(found: string, allow: Set<string>): boolean {
  const n = normalise(found);
  if (allow.has(n)) return true;
  const words = n.split(/[\s,]+/).filter(Boolean);
  return words.length > 1 && words.every((w) => allow.has(w));
}
