/**
 * Keyboard shortcuts as data: a shortcut is written once as a string such as `Alt+ArrowRight`,
 * `Mod+Shift+Z` or `?`, matched against key events and shown to the moderator in German.
 *
 * Rules:
 * - `Mod` is Ctrl (Cmd on macOS). Extra modifiers never match: Ctrl+Alt (AltGr on German
 *   keyboards) is not Alt.
 * - Letters match the character the layout produces (Ctrl+Z is the key labelled Z on QWERTZ too);
 *   when Alt/Option turns a letter into another character (macOS), the physical key decides.
 * - Symbols such as `?` or `+` match the character only, whatever Shift the layout needs for it.
 */

/** The part of a KeyboardEvent the matcher reads (pure, so it is testable without a DOM). */
export interface KeyLike {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

export interface ParsedKey {
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

export function parseKey(spec: string): ParsedKey {
  // `+` itself is a key: "Alt++" is Alt and Plus.
  const parts = spec.length > 1 && spec.endsWith('++') ? [...spec.slice(0, -2).split('+'), '+'] : spec.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key };
}

/** Whether a modifier is part of the shortcut (then it may fire while typing in a field). */
export function hasModifier(spec: string): boolean {
  const parsed = parseKey(spec);
  return parsed.mod || parsed.alt;
}

const isLetter = (key: string) => /^[a-z]$/i.test(key);
const isDigit = (key: string) => /^[0-9]$/.test(key);

export function matchesKey(spec: string, event: KeyLike, isMac = false): boolean {
  const want = parseKey(spec);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const foreign = isMac ? event.ctrlKey : event.metaKey;
  if (mod !== want.mod || event.altKey !== want.alt || foreign) return false;
  if (isLetter(want.key)) {
    if (event.shiftKey !== want.shift) return false;
    return isLetter(event.key) ? event.key.toLowerCase() === want.key.toLowerCase() : event.code === `Key${want.key.toUpperCase()}`;
  }
  if (isDigit(want.key)) {
    if (event.shiftKey !== want.shift) return false;
    return event.code === `Digit${want.key}` || event.code === `Numpad${want.key}` || event.key === want.key;
  }
  if (want.key.length === 1) return event.key === want.key; // a symbol: Shift depends on the layout
  return event.key === want.key && event.shiftKey === want.shift;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Delete: 'Entf', Enter: 'Eingabe', Escape: 'Esc', ' ': 'Leertaste',
};

/** German display of a shortcut, e.g. "Alt + →", "Strg + Umschalt + Z" ("⌥ →", "⌘ ⇧ Z" on macOS). */
export function keyLabel(spec: string, isMac = false): string {
  const { mod, alt, shift, key } = parseKey(spec);
  const name = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  const parts = isMac
    ? [mod && '⌘', alt && '⌥', shift && '⇧', name]
    : [mod && 'Strg', alt && 'Alt', shift && 'Umschalt', name];
  return parts.filter(Boolean).join(isMac ? ' ' : ' + ');
}

/** The value of `aria-keyshortcuts` (WAI-ARIA spelling: Control, Alt, Shift, key names). */
export function ariaKeyShortcut(spec: string, isMac = false): string {
  const { mod, alt, shift, key } = parseKey(spec);
  const name = key === '+' ? 'Plus' : key === ' ' ? 'Space' : key;
  return [mod && (isMac ? 'Meta' : 'Control'), alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}

/** Fields where keys type text (or change a value) rather than trigger a shortcut. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week', '']);

export interface ElementLike {
  readonly tagName: string;
  readonly isContentEditable?: boolean;
  readonly type?: string;
  closest?(selector: string): ElementLike | null;
  readonly dataset?: DOMStringMap;
}

export function isTextEntry(element: ElementLike | null | undefined): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea') return true;
  return tag === 'input' && TEXT_INPUT_TYPES.has((element.type ?? '').toLowerCase());
}

export function detectMac(platform = typeof navigator === 'undefined' ? '' : navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
