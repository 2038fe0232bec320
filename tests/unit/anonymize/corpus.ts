// Reads the annotated corpora (format: see the header of shared/fixtures/anonymization-dev.txt)
// and scores the detector on them. Used by the tests and by bench-input.ts.
import { detectIdentifiers } from '../../../shared/anonymize';
import type { Finding } from '../../../shared/anonymize';

export interface Span { readonly start: number; readonly end: number; readonly kind: string; readonly text: string }
export interface CorpusLine { readonly lineNo: number; readonly text: string; readonly spans: readonly Span[] }

const MARK = /\[\[(\w+):(.*?)\]\]/g;

export function parseCorpus(source: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    let text = '';
    const spans: Span[] = [];
    let last = 0;
    for (const m of raw.matchAll(MARK)) {
      text += raw.slice(last, m.index);
      const start = text.length;
      text += m[2];
      spans.push({ start, end: text.length, kind: m[1]!, text: m[2]! });
      last = m.index! + m[0].length;
    }
    text += raw.slice(last);
    lines.push({ lineNo: index + 1, text, spans });
  });
  return lines;
}

export interface Score {
  readonly marked: number;
  readonly found: number;
  readonly recall: number;
  /** Findings on lines without any marked span. */
  readonly falseAlarms: number;
  readonly misses: readonly string[];
  readonly alarms: readonly string[];
  /** All findings, and those that overlap a marked span (the rest are false positives on any line). */
  readonly findings: number;
  readonly truePositives: number;
  readonly precision: number;
  /** Marked spans found with exactly their boundaries (no character more or less). */
  readonly exact: number;
  /** Found marked spans whose finding differs in its boundaries: `marked → found`. */
  readonly inexact: readonly string[];
  /** Findings on marked lines that overlap no marked span. */
  readonly strays: readonly string[];
}

export function scoreCorpus(lines: readonly CorpusLine[], detect: (text: string) => Finding[] = (t) => detectIdentifiers(t)): Score {
  let marked = 0;
  let found = 0;
  let falseAlarms = 0;
  let total = 0;
  let truePositives = 0;
  let exact = 0;
  const misses: string[] = [];
  const alarms: string[] = [];
  const inexact: string[] = [];
  const strays: string[] = [];
  const overlaps = (f: Finding, s: Span): boolean => f.start < s.end && f.end > s.start;
  for (const line of lines) {
    const findings = detect(line.text);
    total += findings.length;
    if (line.spans.length === 0) {
      falseAlarms += findings.length;
      for (const f of findings) alarms.push(`${line.lineNo}: ${f.kind}:${f.text} — ${line.text}`);
      continue;
    }
    for (const f of findings) {
      if (line.spans.some((s) => overlaps(f, s))) truePositives++;
      else strays.push(`${line.lineNo}: ${f.kind}:${f.text} — ${line.text}`);
    }
    for (const span of line.spans) {
      marked++;
      const hits = findings.filter((f) => overlaps(f, span));
      if (hits.length === 0) {
        misses.push(`${line.lineNo}: ${span.kind}:${span.text} — ${line.text}`);
        continue;
      }
      found++;
      if (hits.some((f) => f.start === span.start && f.end === span.end)) exact++;
      else inexact.push(`${line.lineNo}: ${span.kind}:${span.text} → ${hits.map((f) => `${f.kind}:${f.text}`).join(' + ')}`);
    }
  }
  return {
    marked, found, recall: marked === 0 ? 1 : found / marked, falseAlarms, misses, alarms,
    findings: total, truePositives, precision: total === 0 ? 1 : truePositives / total, exact, inexact, strays,
  };
}
