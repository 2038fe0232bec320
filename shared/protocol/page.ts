/**
 * The frame every document shares: one self-contained HTML page (fonts as data: URLs, styles
 * inline, no script, a CSP that forbids anything else), A4 via @page, running header and footer and
 * "Seite X von Y" from CSS page margin boxes (Chromium ≥ 131), German hyphenation.
 * On screen (the preview in the app) the content is shown as a sheet of paper.
 */
import { printContentSecurityPolicy } from '../ipc/csp';
import { cssString, escapeHtml } from './escape';
import { FONT_FAMILY, fontHead, type EmbeddedFont } from './fonts';
import { de } from './labels';

export interface DocumentAssets {
  readonly fonts: readonly EmbeddedFont[];
}

export interface PageFrame {
  readonly headerLeft: string;
  readonly headerRight: string;
  readonly footerLeft: string;
  /** "Seite X von Y" bottom right. */
  readonly pageNumbers: boolean;
}

export interface DocumentParts {
  readonly title: string;
  readonly frame: PageFrame;
  readonly bodyClass: string;
  readonly bodyHtml: string;
  /** Extra CSS of the document kind (already free of user text). */
  readonly css?: string;
}

const MARGIN_BOX = `font-family:'${FONT_FAMILY}',sans-serif;font-size:8.5pt;color:#4f5661`;

function pageCss(frame: PageFrame): string {
  const box = (name: string, text: string, align: string) => (text ? `@${name}{content:${cssString(text)};${MARGIN_BOX};text-align:${align}}` : '');
  return `@page{size:A4;margin:22mm 18mm 21mm 20mm;` +
    box('top-left', frame.headerLeft, 'left') +
    box('top-right', frame.headerRight, 'right') +
    box('bottom-left', frame.footerLeft, 'left') +
    (frame.pageNumbers ? `@bottom-right{content:"${de.page} " counter(page) " ${de.of} " counter(pages);${MARGIN_BOX};text-align:right}` : '') +
    '}';
}

const BASE_CSS = `
html{color:#1f2328;background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:'${FONT_FAMILY}',sans-serif;font-size:10.5pt;line-height:1.45;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:break-word;orphans:3;widows:3}
h1,h2,h3,h4,h5,h6{font-weight:600;line-height:1.2;margin:0 0 .45em;break-after:avoid;page-break-after:avoid;hyphens:manual}
h1{font-size:20pt;color:#1d5c63}
h2{font-size:14.5pt;color:#1d5c63;margin-top:1.1em}
h3{font-size:12pt;margin-top:1em}
h4{font-size:11pt;margin-top:.9em}
h5,h6{font-size:10.5pt;margin-top:.8em}
p{margin:0 0 .55em}
ul,ol{margin:0 0 .6em;padding-left:1.4em}
li{margin:.1em 0}
li>p{margin:0 0 .2em}
blockquote{margin:0 0 .6em;padding:.1em 0 .1em .8em;border-left:2.5pt solid #c9d9da;color:#3a4048}
pre{font-family:inherit;white-space:pre-wrap;background:#f1f0eb;padding:.4em .6em;border-radius:3pt;margin:0 0 .6em}
code{font-family:inherit;background:#f1f0eb;padding:0 .2em;border-radius:2pt}
hr{border:0;border-top:.75pt solid #c8c6bf;margin:.8em 0}
strong{font-weight:600}
table{width:100%;border-collapse:collapse;margin:.3em 0 .9em;font-size:9.5pt}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
th,td{text-align:left;vertical-align:top;padding:.3em .45em;border-bottom:.6pt solid #c8c6bf}
th{font-weight:600;background:#eef3f3;border-bottom:.9pt solid #1d5c63}
td.num,th.num{text-align:right;white-space:nowrap}
tbody.keep{break-inside:avoid;page-break-inside:avoid}
tr.sum th,tr.sum td{background:none;font-weight:600;border-top:.9pt solid #1d5c63;border-bottom:0}
dl.meta{display:grid;grid-template-columns:auto 1fr;gap:.15em 1.2em;margin:0 0 1em}
dl.meta dt{font-weight:600;color:#4f5661}
dl.meta dd{margin:0}
.muted{color:#4f5661}
.sign-line{display:inline-block;width:70mm;border-top:.75pt solid #1f2328;padding-top:.25em;margin:2.8em 10mm 0 0;font-size:9pt;color:#4f5661;vertical-align:top}
.sign-name{display:block;font-size:10pt;color:#1f2328}
.kicker{font-size:9.5pt;letter-spacing:.04em;text-transform:uppercase;color:#4f5661;margin:0 0 .2em}
@media screen{
  html{background:#e7e5df}
  body{box-sizing:border-box;width:210mm;min-height:297mm;margin:16px auto;padding:22mm 18mm 21mm 20mm;background:#fff;box-shadow:0 1px 6px rgb(0 0 0/.18)}
}`;

export function documentHtml(parts: DocumentParts, assets: DocumentAssets): string {
  const fonts = fontHead(assets.fonts);
  return '<!doctype html>\n<html lang="de"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(printContentSecurityPolicy)}">` +
    '<meta name="color-scheme" content="light">' +
    `<title>${escapeHtml(parts.title)}</title>` +
    fonts.preloadLinks +
    `<style>\n${fonts.fontFaces}\n${pageCss(parts.frame)}\n${BASE_CSS}\n${parts.css ?? ''}\n</style>` +
    `</head><body class="${escapeHtml(parts.bodyClass)}">${parts.bodyHtml}</body></html>\n`;
}
