/**
 * The check over texts: runs the detector per block (cached by text, so a recheck after a keystroke
 * only looks at the paragraph that changed), drops dismissed findings, and addresses each finding by
 * its occurrence so the replace command hits exactly it (shared/doc/redact.ts).
 * WARNING: this module pulls in the detector and its data (~0.5 MB); import it only from screens
 * that are loaded on demand, or dynamically (`await import('./check')`).
 */
import type * as Y from 'yjs';
import { detectIdentifiers, type Finding, type IdentifierKind } from '../../../shared/anonymize';
import {
  anonymizeListsSnapshot, dismissalKey, dismissalsSnapshot, meetingCheckTexts, occurrenceOf,
  type AnonymizeLists, type CheckText,
} from '../../../shared/doc';

export interface LocatedFinding {
  /** Unique among the findings of one check. */
  readonly id: string;
  readonly source: CheckText;
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly kind: IdentifierKind;
  readonly text: string;
  readonly hint: string;
  /** Which occurrence of `text` in its source this is (the replace command's address). */
  readonly occurrence: number;
  readonly dismissalKey: string;
  /** A few words before and after, for the list. */
  readonly before: string;
  readonly after: string;
}

const MAX_CACHED = 4000;
let cacheKey = '';
let cache = new Map<string, readonly Finding[]>();

/** The cache key of a pair of lists. */
export const listsKey = (lists: AnonymizeLists) => JSON.stringify([lists.stopList, lists.allowList]);

/** The detector's findings in one block of text, from the cache when this text was checked before. */
export function detectCached(text: string, lists: AnonymizeLists, key = listsKey(lists)): readonly Finding[] {
  if (!text.trim()) return [];
  if (key !== cacheKey || cache.size > MAX_CACHED) {
    cacheKey = key;
    cache = new Map();
  }
  let found = cache.get(text);
  if (!found) {
    found = detectIdentifiers(text, { stopList: lists.stopList, allowList: lists.allowList });
    cache.set(text, found);
  }
  return found;
}

const CONTEXT = 40;

function clip(text: string, from: number, to: number, atStart: boolean): string {
  const part = text.slice(Math.max(0, from), Math.min(text.length, to));
  if (atStart) return from > 0 ? `…${part.replace(/^\S*\s/, '')}` : part;
  return to < text.length ? `${part.replace(/\s\S*$/, '')}…` : part;
}

/** Findings of the given texts that are neither dismissed nor empty, in reading order. */
export function findingsOf(texts: readonly CheckText[], lists: AnonymizeLists, dismissed: ReadonlySet<string> = new Set()): LocatedFinding[] {
  const key = listsKey(lists);
  const result: LocatedFinding[] = [];
  for (const source of texts) {
    source.blocks.forEach((blockText, block) => {
      for (const f of detectCached(blockText, lists, key)) {
        const dKey = dismissalKey(f.kind, f.text);
        if (dismissed.has(dKey)) continue;
        result.push({
          id: `${source.id}#${block}:${f.start}`, source, block, start: f.start, end: f.end, kind: f.kind, text: f.text, hint: f.hint,
          occurrence: occurrenceOf(source.blocks, block, f.start, f.text), dismissalKey: dKey,
          before: clip(blockText, f.start - CONTEXT, f.start, true), after: clip(blockText, f.end, f.end + CONTEXT, false),
        });
      }
    });
  }
  return result;
}

/** The open findings of a whole meeting, as the export gate sees them. */
export function meetingFindings(meetingDoc: Y.Doc, circleDoc?: Y.Doc): LocatedFinding[] {
  const lists = circleDoc ? anonymizeListsSnapshot(circleDoc) : { stopList: [], allowList: [] };
  const dismissed = new Set(dismissalsSnapshot(meetingDoc).map((d) => d.key));
  return findingsOf(meetingCheckTexts(meetingDoc, circleDoc), lists, dismissed);
}

/** Findings of one short text (an item, a measure), for its underline. */
export function textFindings(text: string, lists: AnonymizeLists, dismissed: ReadonlySet<string>): Finding[] {
  return detectCached(text, lists).filter((f) => !dismissed.has(dismissalKey(f.kind, f.text)));
}
