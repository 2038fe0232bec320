/**
 * The circle's word lists for the anonymization check: the stop list (local names and terms that are
 * always flagged) and the allow list (words that are never flagged, e.g. "Jugendamt").
 *
 * Layout — and why: each list is a TOP-LEVEL map of the circle doc, `stopList` and `allowList`,
 * `Y.Map<normalized word, word as typed>`. Circles created before the lists existed have no place
 * for them, and a nested list created later at a fixed key would be created on both laptops, with one
 * side's list silently dropped when they merge (docs/architecture.md, CRDT rules). A top-level type is never
 * "created": both laptops address the same map by name, so nothing can be lost. Each word is its own
 * key, so two moderators adding different words both keep theirs, and adding the same word twice (on
 * one laptop or two) converges to one entry. The key is the word folded for comparison (spaces
 * collapsed, lower case), so "Jugendamt" and "jugendamt" are one entry; the value keeps the spelling
 * shown in the settings (last writer wins).
 */
import type * as Y from 'yjs';
import { ORIGIN, type Origin } from './schema';
import { compareGerman } from './text';

export type AnonymizeListName = 'stopList' | 'allowList';
export const ANONYMIZE_LISTS: readonly AnonymizeListName[] = ['stopList', 'allowList'];

export interface AnonymizeLists {
  /** Sorted alphabetically (German). */
  readonly stopList: readonly string[];
  readonly allowList: readonly string[];
}

export const EMPTY_ANONYMIZE_LISTS: AnonymizeLists = { stopList: [], allowList: [] };

/** A list word as the user means it: trimmed, inner whitespace collapsed. '' when nothing is left. */
export function cleanListWord(word: string): string {
  return word.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The key of a word in its list: two spellings with the same key are the same entry. */
export function listWordKey(word: string): string {
  return cleanListWord(word).toLocaleLowerCase('de');
}

const listOf = (circle: Y.Doc, list: AnonymizeListName) => circle.getMap<unknown>(list);

/** Adds a word to one of the circle's lists. Returns false for an empty word. */
export function addListWord(circle: Y.Doc, list: AnonymizeListName, word: string, origin: Origin = ORIGIN.local): boolean {
  const clean = cleanListWord(word);
  if (!clean) return false;
  const map = listOf(circle, list);
  const key = listWordKey(clean);
  if (map.get(key) !== clean) circle.transact(() => map.set(key, clean), origin);
  return true;
}

export function removeListWord(circle: Y.Doc, list: AnonymizeListName, word: string, origin: Origin = ORIGIN.local): void {
  const map = listOf(circle, list);
  const key = listWordKey(word);
  if (map.has(key)) circle.transact(() => map.delete(key), origin);
}

export function anonymizeListsSnapshot(circle: Y.Doc): AnonymizeLists {
  const words = (list: AnonymizeListName) => {
    const result: string[] = [];
    for (const [key, value] of listOf(circle, list).entries()) {
      // A foreign or damaged value still counts by its key.
      result.push(typeof value === 'string' && value ? value : key);
    }
    return result.sort((a, b) => compareGerman(a, b));
  };
  return { stopList: words('stopList'), allowList: words('allowList') };
}
