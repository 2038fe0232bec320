// Identifiers with a fixed shape: dates, phone numbers, e-mail and web addresses, and the numbers
// that belong to one person (insurance, tax, bank, court files).
//
// WARNING: performance. Every expression here is sticky (flag y) and is tried only where a token
// can start it (a number, a short capitalised word, a label word), never slid over the whole
// note; boundary checks are done by hand instead of with leading look-behinds.
import type { Candidate } from '../types';
import { NUMBER, PUNCT, WORD } from '../tokens';
import type { Tokens } from '../tokens';

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MON = '(?:0?[1-9]|1[0-2])';
const MONTH_NAMES = '(?:(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\\p{L}])|(?:Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)(?![\\p{L}])\\.?)';

/** 09.08.2024 · 9.8.24 · 09. 08. 2024 · 09/08/2024 · 09-08-2024 (with a slash or dash only with a four-digit year: "9/10/10" is an Apgar score) */
const DATE_NUMERIC = new RegExp(`${DAY}(?:\\.\\s?${MON}\\.\\s?(?:\\d{4}|\\d{2})|([/-])${MON}\\1(?:19|20)\\d{2})(?![\\d]|[.,/-]\\d)`, 'uy');
/** 2024-08-09 */
const DATE_ISO = /(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])/y;
/** 9. August 2024 · 11. März · 3.Mai · 3. Jan. 24 · 3 Mai 2024 */
const DATE_WORDS = new RegExp(`${DAY}(?:\\.\\s?${MONTH_NAMES}(?:\\s(?:\\d{4}|'\\d{2})(?!\\d))?|\\s${MONTH_NAMES}\\s\\d{4}(?!\\d))`, 'uy');
/** 3.5. · 12.03. · am 3.5 — day and month without a year. */
const DATE_SHORT = new RegExp(`(${DAY})\\.(${MON})(\\.?)(?![\\d]|\\.\\d)`, 'uy');
/** Words that make "3.5." a date rather than a section number. */
const DATE_CUE_BEFORE = /(?:^|[\s(])(?:am|vom|zum|bis|ab|seit|dem|den|bis zum|Termin|Termine|Datum|geb\.|geboren|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)[.,:]?\s*$/i;
const NOT_A_DATE_BEFORE = /(?:§|Abs\.?|Nr\.?|Kapitel|Kap\.?|Ziffer|Punkt|Phase|Version|Seite|S\.|Nummer|Tab\.?|Abb\.?|Apgar|APGAR|Apgar-Werte?|Werte?)\s*:?\s*$/;

const EMAIL_LOCAL = /[\p{L}\d._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[A-Za-z]{2,}/uy;
const HANDLE = /[A-Za-z\d_.]{3,30}(?![\p{L}\d_@])/uy;
const URL_REST = /[^\s<>()"“”„]+/uy;
const DOMAIN_TLD = /\.(?:de|com|org|net|eu|info|at|ch|io|biz|online|app|nrw|berlin|hamburg|bayern|koeln|ruhr|social)(?![\p{L}\d-])/gu;
const DOMAIN_CHAR = /[a-z\d.-]/;
const PHONE_LABELS = new Set(['Tel', 'Telefon', 'Telefonnummer', 'Handy', 'Handynummer', 'Mobil', 'Mobilnummer', 'Mobiltelefon', 'Fax', 'Rufnummer', 'Festnetz', 'WhatsApp', 'erreichbar']);
const PHONE_CUE = /(?:Tel\.?|Telefon(?:nummer)?|Handy(?:nummer)?|Mobil(?:nummer)?|Mobiltelefon|Fax|Rufnummer|Festnetz|WhatsApp|erreichbar unter)(?:\s+(?:der|des|von)\s+[\p{L}]+)?\s*[:.]?\s*(\+?\d[\d\s/-]{3,}\d)/uy;

/** Versichertennummer (one letter, nine digits). */
const HEALTH_INSURANCE = /[A-Z]\d{9}(?![\p{L}\d])/uy;
/** IBAN, with or without the spaces every four characters. */
const IBAN = /[A-Z]{2}\d{2}(?:\s?[A-Z\d]{4}){3,7}(?:\s?[A-Z\d]{1,4})?(?![\p{L}\d])/uy;
/** Steuer-ID (11 digits, the first not 0), also written 12 345 678 901. */
const TAX_ID = /[1-9]\d(?:\s?\d{3}){3}(?![\d.,/-]?\d)/y;
/** Steuernummer 12/345/67890. */
const TAX_NUMBER = /\d{2,3}\/\d{3,4}\/\d{4,5}(?![\d/])/y;
/** Sozialversicherungsnummer 12 150780 M 123. */
const SOCIAL_SECURITY = /\d{2}\s?\d{6}\s?[A-Z]\s?\d{3}(?![\p{L}\d])/uy;
/** Court file numbers, with the register letters courts use: 3 F 456/24 · 12 UF 34/23 · XVII 123/22 · 123 Js 456/24 */
const COURT_FILE = /(?:\d{1,3}\s)?(?:F|UF|WF|FH|UFH|XVII|XVI|XII|XIV|XV|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|Js|Ds|Ls|Cs|Gs|Ks|Kls|Ns|Qs|Zs|AR|Ar|C|O|S|T|K|L|M|N|E|G|R|U|W|Ca|Sa|Ta|BvR|BvL|GR|HR|VR|IN|IK|AG|WG|FamG)\s\d{1,6}\/\d{2,4}(?![\d/])/uy;
/** Long runs of digits that are no phone number: customer, patient, case numbers. */
const LONG_NUMBER = /[1-9]\d{6,}(?![\d]|[.,]\d)/y;
/** Vehicle registration: KA-AB 123 */
const PLATE = /[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?(?![\p{L}\d])/uy;
/** A label that announces a file or personal number, then the number. */
const LABELLED = /(?:Nr\.|Az\.?|AZ|Aktenzeichen|Gz\.?|Geschäftszeichen|Fallnummer|Fall-Nr\.?|Vorgangsnummer|Kundennummer|Kunden-Nr\.?|Versichertennummer|Versicherungsnummer|Versichertennr\.?|Vers\.-Nr\.?|Mitgliedsnummer|Kassenzeichen|Personalausweis(?:nummer)?|Ausweisnummer|Passnummer|Pass-Nr\.?|Steuer-?ID|Steuer-Identifikationsnummer|Steuernummer|IdNr\.?|Patientennummer|Patienten-ID|Sozialversicherungsnummer|SV-Nummer|Rentenversicherungsnummer)(?:\s+(?:der|des|beim|bei|am)\s+[\p{L}-]+)?\s*(?:[:.#]|lautet|ist)?\s*((?:\d[\d./-]*|[A-Za-z\d][A-Za-z\d./-]*\d[A-Za-z\d./-]*)(?:\s(?:[A-Z]{1,4}|[IVXL]+|\d[\d./-]*)(?![\p{L}\d]))*)/uy;
const NUMBER_LABEL_END = /(?:nummer|nr|Nr|ID|Id)$/;
const PHONE_WORD = /(?:[Tt]elefon|[Hh]andy|[Mm]obil|[Ff]ax|[Rr]uf|[Ss]ervice|[Nn]otruf)/;
const GENERIC_LABELLED = /[\p{L}-]+\.?\s*(?:[:#]|lautet|ist)?\s*((?:\d[\d./-]*|[A-Za-z\d][A-Za-z\d./-]*\d[A-Za-z\d./-]*)(?:\s(?:[A-Z]{1,4}|\d[\d./-]*)(?![\p{L}\d]))*)/uy;
const LABEL_WORDS = new Set(['Nr', 'Az', 'AZ', 'Aktenzeichen', 'Gz', 'Geschäftszeichen', 'Fallnummer', 'Fall-Nr', 'Vorgangsnummer', 'Kundennummer', 'Kunden-Nr', 'Versichertennummer', 'Versicherungsnummer', 'Versichertennr', 'Vers', 'Mitgliedsnummer', 'Kassenzeichen', 'Personalausweis', 'Personalausweisnummer', 'Ausweisnummer', 'Passnummer', 'Pass-Nr', 'Steuer-ID', 'SteuerID', 'Steuer-Identifikationsnummer', 'Steuernummer', 'IdNr', 'Patientennummer', 'Patienten-ID', 'Sozialversicherungsnummer', 'SV-Nummer', 'Rentenversicherungsnummer']);

const HINT = {
  phone: 'Telefonnummer – löschen oder durch [Kontakt] ersetzen',
  email: 'E-Mail-Adresse – löschen oder durch [Kontakt] ersetzen',
  handle: 'Benutzername in sozialen Medien – löschen oder durch [Kontakt] ersetzen',
  web: 'Webadresse – löschen oder durch [Kontakt] ersetzen; eine allgemeine Angabe wie „Homepage des Trägers“ genügt',
  insurance: 'Krankenversichertennummer – löschen oder durch [Nummer] ersetzen',
  iban: 'Kontonummer (IBAN) – löschen oder durch [Nummer] ersetzen',
  taxId: 'Persönliche Kennnummer (z. B. Steuer-ID) – löschen oder durch [Nummer] ersetzen',
  taxNumber: 'Steuernummer – löschen oder durch [Nummer] ersetzen',
  social: 'Sozialversicherungsnummer – löschen oder durch [Nummer] ersetzen',
  court: 'Aktenzeichen – löschen oder durch [Nummer] ersetzen; „ein familiengerichtliches Verfahren“ genügt',
  long: 'Lange Nummer (Kunden-, Patienten- oder Fallnummer?) – löschen oder durch [Nummer] ersetzen',
  plate: 'Kfz-Kennzeichen – löschen oder durch [Nummer] ersetzen',
  labelled: 'Akten- oder Kennnummer – löschen oder durch [Nummer] ersetzen',
} as const;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetterOrDigit = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/** Runs the sticky expression at `pos`; the match or null. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The character before `pos` is none of `forbidden` and no letter (or digit, when asked). */
function freeBefore(text: string, pos: number, forbidden: string, digitsToo = true): boolean {
  if (pos === 0) return true;
  const ch = text.charAt(pos - 1);
  if (forbidden.includes(ch)) return false;
  if (/\p{L}/u.test(ch)) return false;
  return !(digitsToo && isDigit(ch.charCodeAt(0)));
}

function push(out: Candidate[], start: number, end: number, kind: Candidate['kind'], hint?: string): void {
  out.push(hint === undefined ? { start, end, kind } : { start, end, kind, hint });
}

export function detectPatterns(tokens: Tokens, out: Candidate[]): void {
  const { text } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    const pos = tokens.start[i]!;
    const type = tokens.type[i];
    if (type === NUMBER) {
      numberAt(text, pos, tokens.end[i]! - pos, out);
    } else if (type === WORD) {
      const c = text.charCodeAt(pos);
      const len = tokens.end[i]! - pos;
      if (c >= 65 && c <= 90 && len <= 6) letterNumberAt(text, pos, out);
      if (len >= 2 && (LABEL_WORDS.has(tokens.text_(i)) || (len <= 4 && (tokens.text_(i) === 'Vers')))) labelledAt(text, pos, out);
      else if (len >= 5 && NUMBER_LABEL_END.test(tokens.text_(i)) && !PHONE_LABELS.has(tokens.text_(i)) && !PHONE_WORD.test(tokens.text_(i))) genericLabelAt(text, pos, out);
      if (len >= 3 && PHONE_LABELS.has(tokens.text_(i))) phoneLabelAt(text, pos, out);
    } else if (type === PUNCT) {
      const c = text.charCodeAt(pos);
      if ((c === 43 /* + */ || c === 40 /* ( */) && freeBefore(text, pos, '+/.,-')) phoneAt(text, pos, out);
    }
  }
  emails(text, out);
  webAddresses(text, out);
}

/** Everything that can start with a digit: dates, phone numbers, number identifiers. */
function numberAt(text: string, pos: number, len: number, out: Candidate[]): void {
  const c = text.charCodeAt(pos);
  const prev = pos > 0 ? text.charAt(pos - 1) : ' ';
  const next = text.charAt(pos + len);
  let m: RegExpExecArray | null;

  // Cheap shape checks first: most numbers in a note are ages, counts and years.
  if (len <= 2 && (next === '.' || next === '/' || next === '-' || next === ' ') && freeBefore(text, pos, '.,/§-') && !notADate(text, pos)) {
    if ((m = at(DATE_NUMERIC, text, pos)) || (m = at(DATE_WORDS, text, pos))) {
      let end = pos + m[0].length;
      while (text.charCodeAt(end - 1) === 32) end--;
      push(out, pos, end, 'date');
    } else if ((m = at(DATE_SHORT, text, pos))) {
      const before = text.slice(Math.max(0, pos - 16), pos);
      const twoDigits = m[1]!.length === 2 && m[2]!.length === 2;
      const cued = DATE_CUE_BEFORE.test(before);
      // "12.03." alone is a date; "3.5." needs a cue ("am 3.5."), and so does "am 3.5"; "ab 10.10 Uhr" is a time.
      const time = m[3] !== '.' && /^\s*(?:Uhr|h\b)/.test(text.slice(pos + m[0].length, pos + m[0].length + 5));
      if (!time && (cued || (twoDigits && m[3] === '.'))) push(out, pos, pos + m[0].length, 'date');
    }
  }
  if (len === 4 && next === '-' && freeBefore(text, pos, '.-') && (m = at(DATE_ISO, text, pos))) push(out, pos, pos + m[0].length, 'date');

  if (c === 48 /* 0 */ && freeBefore(text, pos, '+/.,-')) phoneAt(text, pos, out);
  if (/\p{L}/u.test(prev) || prev === '/') return;
  if (len <= 3 && next === ' ' && (m = at(COURT_FILE, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.court);
  if (len < 2) return;

  if (prev !== '.' && prev !== ',' && prev !== '-') {
    if ((len === 2 || len === 11) && (m = at(TAX_ID, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.taxId);
    if (len >= 7 && (m = at(LONG_NUMBER, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.long);
  }
  if (len <= 3 && next === '/' && (m = at(TAX_NUMBER, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.taxNumber);
  if ((len === 2 || len === 8) && (m = at(SOCIAL_SECURITY, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.social);
}

function notADate(text: string, pos: number): boolean {
  return NOT_A_DATE_BEFORE.test(text.slice(Math.max(0, pos - 12), pos));
}

/** Identifiers that start with capital letters: B234567890, DE89 3704…, F 456/24, KA-AB 123. */
function letterNumberAt(text: string, pos: number, out: Candidate[]): void {
  if (!freeBefore(text, pos, '-')) return;
  let m: RegExpExecArray | null;
  if ((m = at(HEALTH_INSURANCE, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.insurance);
  if ((m = at(IBAN, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.iban);
  if (!text.startsWith('/', pos - 1) && (m = at(COURT_FILE, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.court);
  if ((m = at(PLATE, text, pos))) push(out, pos, pos + m[0].length, 'number', HINT.plate);
}

/**
 * The number a label announces, without what follows it: a full stop and a space end the
 * sentence ("Az. 51.2-2024/0815. Die Mutter …" is "51.2-2024/0815"), and a trailing dot, dash or
 * slash is punctuation. (Each further part of the value is a whole word: see LABELLED.)
 */
function valueOf(raw: string): string {
  const sentenceEnd = raw.search(/\.\s/);
  let value = sentenceEnd >= 0 ? raw.slice(0, sentenceEnd) : raw;
  while (value.endsWith('.') || value.endsWith('-') || value.endsWith('/')) value = value.slice(0, -1);
  return value;
}

function labelledAt(text: string, pos: number, out: Candidate[]): void {
  const m = at(LABELLED, text, pos);
  if (!m) return;
  const value = valueOf(m[1]!);
  const start = pos + m[0].length - m[1]!.length;
  // "Nr." alone also numbers rooms and houses: only long values count there.
  if (m[0].startsWith('Nr') && countDigits(value) < 4) return;
  if (value.length >= 3) push(out, start, start + value.length, 'number', HINT.labelled);
}

/** "Kundennr. 4711", "Patienten-ID: 0815-33", "Identifikationsnummer 12…": any …nummer/…nr/…ID label. */
function genericLabelAt(text: string, pos: number, out: Candidate[]): void {
  const m = at(GENERIC_LABELLED, text, pos);
  if (!m) return;
  const value = valueOf(m[1]!);
  // House and room numbers are short; personal and file numbers are not.
  if (countDigits(value) < 4) return;
  const start = pos + m[0].length - m[1]!.length;
  push(out, start, start + value.length, 'number', HINT.labelled);
}

function phoneLabelAt(text: string, pos: number, out: Candidate[]): void {
  const m = at(PHONE_CUE, text, pos);
  if (!m) return;
  const value = m[1]!.trimEnd();
  const start = pos + m[0].length - m[1]!.length;
  if (countDigits(value) >= 5) push(out, start, start + value.length, 'contact', HINT.phone);
}

function emails(text: string, out: Candidate[]): void {
  // Found from their "@" outwards.
  for (let p = text.indexOf('@'); p >= 0; p = text.indexOf('@', p + 1)) {
    let start = p;
    while (start > 0 && EMAIL_LOCAL.test(text.charAt(start - 1))) start--;
    while (start < p && text.charAt(start) === '.') start++;
    if (start === p) {
      // A social-media handle: "Instagram: @mama_lea2020".
      const h = at(HANDLE, text, p + 1);
      if (h && (p === 0 || /[\s(:,„"“‚'«»]/.test(text.charAt(p - 1)))) {
        // "… als @papa.jovan. Danach": a dot at the end is the sentence's, not the handle's.
        let end = p + 1 + h[0].length;
        while (text.charAt(end - 1) === '.') end--;
        if (end - p > 3) push(out, p, end, 'contact', HINT.handle);
      }
      continue;
    }
    const d = at(EMAIL_DOMAIN, text, p + 1);
    if (d) push(out, start, p + 1 + d[0].length, 'contact', HINT.email);
  }
}

/** Sentence punctuation, closing brackets and quotes after a web address are not part of it. */
const URL_TRAILING = '.,;:!?)]}»«›‹“”‘’\'"…';

function trimUrl(text: string, start: number, end: number): number {
  while (end > start && URL_TRAILING.includes(text.charAt(end - 1))) end--;
  return end;
}

function webAddresses(text: string, out: Candidate[]): void {
  // http(s)://… and www.…
  for (const prefix of ['http://', 'https://', 'www.', 'WWW.']) {
    for (let p = text.indexOf(prefix); p >= 0; p = text.indexOf(prefix, p + 1)) {
      if (prefix.startsWith('w') || prefix.startsWith('W')) {
        if (p > 0 && /[\p{L}\d/.]/u.test(text.charAt(p - 1))) continue;
      }
      const m = at(URL_REST, text, p);
      if (!m) continue;
      const end = trimUrl(text, p, p + m[0].length);
      if (end - p > prefix.length + 2) push(out, p, end, 'contact', HINT.web);
    }
  }
  // Bare domains: praxis-weber.de, kinderschutzbund-musterstadt.de/kontakt
  DOMAIN_TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOMAIN_TLD.exec(text)) !== null) {
    let start = m.index;
    while (start > 0 && DOMAIN_CHAR.test(text.charAt(start - 1))) start--;
    while (start < m.index && (text.charAt(start) === '.' || text.charAt(start) === '-')) start++;
    if (start === m.index || (start > 0 && (text.charAt(start - 1) === '@' || isLetterOrDigit(text.charAt(start - 1))))) continue;
    let end = m.index + m[0].length;
    if (text.charAt(end) === '/') {
      const rest = at(URL_REST, text, end);
      if (rest) end = trimUrl(text, end, end + rest[0].length);
    }
    push(out, start, end, 'contact', HINT.web);
  }
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) n++;
  return n;
}

/**
 * German phone numbers in the forms people write: 0170 1234567 · 0170/1234567 · 0721-9876543 ·
 * (0721) 98 76 54-3 · +49 170 1234567 · +49 (0)170 123 45 67 · 0049 170 1234567.
 */
function phoneAt(text: string, i: number, out: Candidate[]): void {
  const c = text.charCodeAt(i);
  let p = i;
  let intl = false;
  if (c === 43 /* + */) {
    if (!isDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 48) return;
    intl = true;
    p = i + 1;
  } else if (c === 40 /* ( */) {
    if (text.charCodeAt(i + 1) !== 48 || !isDigit(text.charCodeAt(i + 2))) return;
    p = i + 1;
  } else {
    if (!isDigit(text.charCodeAt(i + 1))) return;
    intl = text.charCodeAt(i + 1) === 48;
  }
  const end = phoneEnd(text, p, c === 40);
  if (end < 0) return;
  let digits = 0;
  for (let k = i; k < end; k++) if (isDigit(text.charCodeAt(k))) digits++;
  if (digits < (intl ? 8 : 7) || digits > 15) return;
  // A German area code has at least three digits with its 0 ("030"): "03/2024" is a month.
  if (!intl) {
    let area = 0;
    while (isDigit(text.charCodeAt(p + area))) area++;
    if (area < 3) return;
  }
  push(out, i, end, 'contact', HINT.phone);
}

/** End of the phone number whose first digit group starts at p, or -1. */
function phoneEnd(text: string, p: number, openParen: boolean): number {
  const n = text.length;
  let groups = 0;
  let lastGroupLen = 0;
  let end = -1;
  while (p < n) {
    const g = p;
    while (p < n && isDigit(text.charCodeAt(p))) p++;
    const len = p - g;
    if (len === 0) break;
    groups++;
    lastGroupLen = len;
    end = p;
    if (openParen) {
      if (text.charCodeAt(p) !== 41 /* ) */) return -1;
      p++;
      end = p;
      openParen = false;
    }
    // "+49 (0)170 …": the optional trunk zero, then the next group.
    const trunk = text.startsWith(' (0)', p) ? 4 : text.startsWith('(0)', p) ? 3 : 0;
    if (trunk > 0) {
      p += trunk;
      if (text.charCodeAt(p) === 32) p++;
      if (!isDigit(text.charCodeAt(p))) break;
      continue;
    }
    const s = text.charCodeAt(p);
    if (s !== 32 && s !== 47 /* / */ && s !== 45 /* - */) break;
    let q = p + 1;
    if ((s === 47 || s === 45) && text.charCodeAt(q) === 32) q++;
    else if (s === 32 && (text.charCodeAt(q) === 47 || text.charCodeAt(q) === 45) && text.charCodeAt(q + 1) === 32) q += 2;
    if (!isDigit(text.charCodeAt(q))) break;
    let nextLen = 0;
    while (isDigit(text.charCodeAt(q + nextLen))) nextLen++;
    // A group after a plain space needs two digits, and a long subscriber number ends the phone
    // number unless an extension follows: "0170 1234567 2 Kinder" stops before the "2".
    if (s === 32 && nextLen < 2) break;
    if (lastGroupLen >= 5 && groups >= 2 && s !== 45) break;
    p = q;
  }
  if (groups < 2 && !(groups === 1 && lastGroupLen >= 8)) return -1;
  // Not glued to a letter or to another number part ("0721 12345x", "01.02.").
  if (end < n && isLetterOrDigit(text.charAt(end))) return -1;
  if (end < n - 1 && (text.charAt(end) === '.' || text.charAt(end) === ',') && isDigit(text.charCodeAt(end + 1))) return -1;
  return end;
}
