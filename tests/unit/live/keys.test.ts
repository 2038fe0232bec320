import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, detectMac, hasModifier, isTextEntry, keyLabel, matchesKey, parseKey, type KeyLike } from '../../../renderer/features/live/keys';

const key = (over: Partial<KeyLike>): KeyLike => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...over });

describe('shortcut specs', () => {
  it('parses modifiers and the key, including Plus as a key', () => {
    expect(parseKey('Alt+ArrowRight')).toEqual({ mod: false, alt: true, shift: false, key: 'ArrowRight' });
    expect(parseKey('Mod+Shift+Z')).toEqual({ mod: true, alt: false, shift: true, key: 'Z' });
    expect(parseKey('Alt++')).toEqual({ mod: false, alt: true, shift: false, key: '+' });
    expect(parseKey('?')).toEqual({ mod: false, alt: false, shift: false, key: '?' });
    expect(hasModifier('Alt+1')).toBe(true);
    expect(hasModifier('?')).toBe(false);
  });
});

describe('matching key events', () => {
  it('matches Ctrl+Z by the character, so the key labelled Z on a German keyboard undoes', () => {
    // QWERTZ: the Z key sits where QWERTY has Y (code KeyY).
    expect(matchesKey('Mod+Z', key({ key: 'z', code: 'KeyY', ctrlKey: true }))).toBe(true);
    expect(matchesKey('Mod+Y', key({ key: 'z', code: 'KeyY', ctrlKey: true }))).toBe(false);
    expect(matchesKey('Mod+Shift+Z', key({ key: 'Z', code: 'KeyY', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesKey('Mod+Z', key({ key: 'Z', code: 'KeyY', ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('uses Cmd for Mod on macOS and falls back to the physical key when Option changes the character', () => {
    expect(matchesKey('Mod+Z', key({ key: 'z', code: 'KeyZ', metaKey: true }), true)).toBe(true);
    expect(matchesKey('Mod+Z', key({ key: 'z', code: 'KeyZ', ctrlKey: true }), true)).toBe(false);
    expect(matchesKey('Alt+S', key({ key: 'ß', code: 'KeyS', altKey: true }), true)).toBe(true);
    expect(matchesKey('Alt+1', key({ key: '¡', code: 'Digit1', altKey: true }), true)).toBe(true);
  });

  it('never mistakes AltGr (Ctrl+Alt) or an extra modifier for Alt', () => {
    expect(matchesKey('Alt+ArrowRight', key({ key: 'ArrowRight', code: 'ArrowRight', altKey: true }))).toBe(true);
    expect(matchesKey('Alt+ArrowRight', key({ key: 'ArrowRight', code: 'ArrowRight', altKey: true, ctrlKey: true }))).toBe(false);
    expect(matchesKey('Alt+ArrowRight', key({ key: 'ArrowRight', code: 'ArrowRight', altKey: true, shiftKey: true }))).toBe(false);
    expect(matchesKey('Alt+ArrowRight', key({ key: 'ArrowRight', code: 'ArrowRight' }))).toBe(false);
    expect(matchesKey('Alt+M', key({ key: 'µ', code: 'KeyM', altKey: true, ctrlKey: true }))).toBe(false);
    expect(matchesKey('Alt+M', key({ key: 'm', code: 'KeyM', altKey: true, metaKey: true }))).toBe(false);
  });

  it('matches symbols by character whatever Shift the layout needs, and digits on the number pad', () => {
    expect(matchesKey('?', key({ key: '?', code: 'Minus', shiftKey: true }))).toBe(true); // German layout: Shift+ß
    expect(matchesKey('?', key({ key: '?', code: 'Slash', shiftKey: true }))).toBe(true);
    expect(matchesKey('?', key({ key: 'ß', code: 'Minus' }))).toBe(false);
    expect(matchesKey('Alt++', key({ key: '+', code: 'BracketRight', altKey: true }))).toBe(true);
    expect(matchesKey('Alt++', key({ key: '+', code: 'NumpadAdd', altKey: true }))).toBe(true);
    expect(matchesKey('Alt+3', key({ key: '3', code: 'Numpad3', altKey: true }))).toBe(true);
    expect(matchesKey('Alt+3', key({ key: '§', code: 'Digit3', altKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('showing shortcuts', () => {
  it('names keys in German, and with symbols on macOS', () => {
    expect(keyLabel('Alt+ArrowRight')).toBe('Alt + →');
    expect(keyLabel('Mod+Shift+Z')).toBe('Strg + Umschalt + Z');
    expect(keyLabel('Alt+Delete')).toBe('Alt + Entf');
    expect(keyLabel('Alt++')).toBe('Alt + +');
    expect(keyLabel('?')).toBe('?');
    expect(keyLabel('Mod+Shift+Z', true)).toBe('⌘ ⇧ Z');
    expect(keyLabel('Alt+1', true)).toBe('⌥ 1');
  });

  it('writes aria-keyshortcuts in the WAI-ARIA spelling', () => {
    expect(ariaKeyShortcut('Mod+Shift+Z')).toBe('Control+Shift+Z');
    expect(ariaKeyShortcut('Mod+Z', true)).toBe('Meta+Z');
    expect(ariaKeyShortcut('Alt++')).toBe('Alt+Plus');
  });

  it('detects macOS from the platform string', () => {
    expect(detectMac('MacIntel')).toBe(true);
    expect(detectMac('Win32')).toBe(false);
    expect(detectMac('Linux x86_64')).toBe(false);
  });
});

describe('text entry', () => {
  it('counts text fields, textareas and editors as typing; buttons, selects and checkboxes not', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'date' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: '' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
