/**
 * The bundled font files as data: URLs for the printed documents (loaded on demand: this module is
 * imported dynamically, so its ~250 kB only load when the protocol page opens).
 */
import { FONT_FILES, type EmbeddedFont } from '../../../shared/protocol';
import latin400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?inline';
import latin400i from '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2?inline';
import latin600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?inline';
import latin600i from '@fontsource/source-sans-3/files/source-sans-3-latin-600-italic.woff2?inline';
import ext400 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?inline';
import ext400i from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-italic.woff2?inline';
import ext600 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?inline';
import ext600i from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-italic.woff2?inline';

const DATA_URLS: Readonly<Record<string, string>> = {
  'source-sans-3-latin-400-normal.woff2': latin400,
  'source-sans-3-latin-400-italic.woff2': latin400i,
  'source-sans-3-latin-600-normal.woff2': latin600,
  'source-sans-3-latin-600-italic.woff2': latin600i,
  'source-sans-3-latin-ext-400-normal.woff2': ext400,
  'source-sans-3-latin-ext-400-italic.woff2': ext400i,
  'source-sans-3-latin-ext-600-normal.woff2': ext600,
  'source-sans-3-latin-ext-600-italic.woff2': ext600i,
};

export const embeddedFonts: readonly EmbeddedFont[] = FONT_FILES.map((font) => {
  const dataUrl = DATA_URLS[font.file];
  if (!dataUrl) throw new Error(`Font ${font.file} is not bundled`);
  return { ...font, dataUrl };
});
