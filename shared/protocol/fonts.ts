/**
 * The documents' one typeface, Source Sans 3 (bundled by the app as @fontsource/source-sans-3),
 * embedded as data: URLs so that the HTML references nothing outside itself. This module does no
 * I/O: callers pass the bytes in (renderer: Vite `?inline` imports; tests and scripts: the files in
 * node_modules), named by FONT_FILES.
 *
 * Latin covers German (äöüß, „“, –, …); Latin Extended adds ẞ and the letters of many names
 * (ł, ş, ğ, ő, …). Weight 600 is used for headings and bold.
 */
export const FONT_FAMILY = 'Source Sans 3';

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF';

export interface FontFile {
  /** File name in @fontsource/source-sans-3/files/. */
  readonly file: string;
  readonly weight: 400 | 600;
  readonly style: 'normal' | 'italic';
  readonly unicodeRange: string;
}

export const FONT_FILES: readonly FontFile[] = (['latin', 'latin-ext'] as const).flatMap((subset) =>
  ([400, 600] as const).flatMap((weight) =>
    (['normal', 'italic'] as const).map((style) => ({
      file: `source-sans-3-${subset}-${weight}-${style}.woff2`,
      weight, style, unicodeRange: subset === 'latin' ? LATIN : LATIN_EXT,
    })),
  ),
);

export interface EmbeddedFont extends FontFile {
  /** `data:font/woff2;base64,…` */
  readonly dataUrl: string;
}

/**
 * What a document's head needs for its fonts: a `<link rel="preload">` of every face, and the
 * @font-face rules. Only data: URLs are accepted (each checked once): the document must stay
 * self-contained.
 *
 * Why the preloads: without script in the print window nothing can wait for `document.fonts.ready`,
 * and Chromium starts loading a face only when layout first needs it. When that first layout is the
 * print layout, text in a face still loading is drawn invisible and is missing from the PDF (seen in
 * about 1 of 5 first prints). A preload starts every face while the document is parsed and holds
 * back its load event — the one the print waits for — until the face is there
 * (tests/e2e/protocol.test.ts prints in fresh windows and reads the text back). The data: URL is the
 * same string as in the @font-face rule, so the face comes from the preload.
 */
export function fontHead(fonts: readonly EmbeddedFont[]): { readonly preloadLinks: string; readonly fontFaces: string } {
  for (const font of fonts) {
    if (!/^data:(font\/woff2|application\/font-woff2|application\/octet-stream);base64,[A-Za-z0-9+/=]+$/.test(font.dataUrl)) {
      throw new Error(`Font ${font.file} is not a base64 data: URL`);
    }
  }
  return {
    preloadLinks: fonts.map((font) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${font.dataUrl}">`).join(''),
    fontFaces: fonts
      .map((font) => `@font-face{font-family:'${FONT_FAMILY}';font-style:${font.style};font-weight:${font.weight};font-display:block;` +
        `src:url(${font.dataUrl}) format('woff2');unicode-range:${font.unicodeRange}}`)
      .join('\n'),
  };
}

/** Base64 of bytes without Buffer or btoa of huge strings (shared code runs in the browser and in Node). */
export function base64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + '=';
  }
  return out;
}

/** Fonts from their bytes, by file name (tests, scripts). */
export function embedFonts(bytesOf: (file: string) => Uint8Array): EmbeddedFont[] {
  return FONT_FILES.map((font) => ({ ...font, dataUrl: `data:font/woff2;base64,${base64(bytesOf(font.file))}` }));
}
