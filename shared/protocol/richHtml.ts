/**
 * Rich text (the JSON tree of shared/doc/export.ts, TipTap node and mark names) → HTML.
 * Headings, lists and emphasis are kept; a link keeps its text but not its target (the document
 * references nothing outside itself); an unknown node keeps its text (never lose a word).
 */
import { isRichText, type RichDoc, type RichNode, type RichTextNode } from '../doc/export';
import { escapeHtml } from './escape';

const MARK_TAGS: Readonly<Record<string, string>> = {
  bold: 'strong', italic: 'em', strike: 's', code: 'code', underline: 'u', highlight: 'mark', subscript: 'sub', superscript: 'sup',
};

export interface RichHtmlOptions {
  /** Note headings sit below the document's own: level 1 becomes h(1 + offset), at most h6. */
  readonly headingOffset: number;
}

export function richHtml(doc: RichDoc, options: RichHtmlOptions): string {
  return blocksHtml(doc.content, options);
}

/** True when a rich doc holds no visible text. */
export function isRichEmpty(doc: RichDoc | undefined): boolean {
  return !doc || !doc.content.some(hasText);
}

function hasText(node: RichNode): boolean {
  if (isRichText(node)) return node.text.trim() !== '';
  return node.type === 'horizontalRule' || (node.content ?? []).some(hasText);
}

function blocksHtml(nodes: readonly RichNode[], options: RichHtmlOptions): string {
  let html = '';
  let inline: RichNode[] = [];
  const flush = () => {
    if (inline.length > 0 && inline.some(hasText)) html += `<p>${inlineHtml(inline)}</p>`;
    inline = [];
  };
  for (const node of nodes) {
    if (isRichText(node) || node.type === 'hardBreak') inline.push(node);
    else {
      flush();
      html += blockHtml(node, options);
    }
  }
  flush();
  return html;
}

function blockHtml(node: RichNode, options: RichHtmlOptions): string {
  const content = 'content' in node ? (node.content ?? []) : [];
  switch (node.type) {
    case 'paragraph':
      return content.some(hasText) ? `<p>${inlineHtml(content)}</p>` : '';
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(node, 'level')) || 1) + options.headingOffset);
      return content.some(hasText) ? `<h${level} class="rt-heading">${inlineHtml(content)}</h${level}>` : '';
    }
    case 'bulletList':
      return `<ul>${blocksHtml(content, options)}</ul>`;
    case 'orderedList': {
      const start = Number(attr(node, 'start'));
      return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${blocksHtml(content, options)}</ol>`;
    }
    case 'listItem':
      return `<li>${blocksHtml(content, options)}</li>`;
    case 'blockquote':
      return `<blockquote>${blocksHtml(content, options)}</blockquote>`;
    case 'codeBlock':
      return `<pre>${escapeHtml(plainText(content))}</pre>`;
    case 'horizontalRule':
      return '<hr>';
    default:
      return blocksHtml(content, options);
  }
}

function inlineHtml(nodes: readonly RichNode[]): string {
  return nodes.map((node) => {
    if (isRichText(node)) return textHtml(node);
    if (node.type === 'hardBreak') return '<br>';
    return inlineHtml(node.content ?? []);
  }).join('');
}

function textHtml(node: RichTextNode): string {
  let html = escapeHtml(node.text);
  for (const mark of [...(node.marks ?? [])].reverse()) {
    const tag = MARK_TAGS[mark.type];
    if (tag) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

function attr(node: RichNode, key: string): unknown {
  return 'attrs' in node ? node.attrs?.[key] : undefined;
}

/** The text of nodes, hard breaks as newlines. */
export function plainText(nodes: readonly RichNode[]): string {
  return nodes.map((node) => (isRichText(node) ? node.text : node.type === 'hardBreak' ? '\n' : plainText(node.content ?? []))).join('');
}

