/**
 * Escaping, as late as possible: user text stays raw in the model and is escaped where it is put
 * into HTML or CSS. A variable holding escaped text is named `...Html` (or `...Css`).
 */

/** Text → HTML text or attribute value (double-quoted). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Text → a quoted CSS string (for `content:` in page margin boxes). Quotes and backslashes are
 * escaped, line breaks become spaces, and `<` is written as an escape so that no text can close the
 * surrounding <style> element.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/[\r\n\f\t]+/g, ' ')
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${body}"`;
}
