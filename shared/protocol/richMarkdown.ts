/** Rich text (the JSON tree of shared/doc/export.ts) → Markdown (CommonMark with ~~strike~~). */
import { isRichText, type RichDoc, type RichNode, type RichTextNode } from '../doc/export';
import { plainText } from './richHtml';

const MARKS: Readonly<Record<string, string>> = { bold: '**', italic: '*', strike: '~~' };

/** Escapes what Markdown would read as syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    // Only what would start a block: a heading, a list item, a thematic break or a setext underline.
    .replace(/^(\s*)(#{1,6}|[+-])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)([-=])(?=[-=\s]*$)/gm, '$1\\$2')
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/gm, '$1$2\\$3');
}

export function richMarkdown(doc: RichDoc, headingOffset: number): string {
  return blocks(doc.content, headingOffset).join('\n\n');
}

function blocks(nodes: readonly RichNode[], offset: number): string[] {
  const out: string[] = [];
  let inline: RichNode[] = [];
  const flush = () => {
    const text = inlineMarkdown(inline).trim();
    if (text) out.push(text);
    inline = [];
  };
  for (const node of nodes) {
    if (isRichText(node) || node.type === 'hardBreak') {
      inline.push(node);
      continue;
    }
    flush();
    const block = blockMarkdown(node, offset);
    if (block.trim()) out.push(block);
  }
  flush();
  return out;
}

function blockMarkdown(node: RichNode, offset: number): string {
  const content = 'content' in node ? (node.content ?? []) : [];
  const attrs = 'attrs' in node ? node.attrs : undefined;
  switch (node.type) {
    case 'paragraph':
      return inlineMarkdown(content).trim();
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attrs?.level) || 1) + offset);
      const text = inlineMarkdown(content).trim();
      return text ? `${'#'.repeat(level)} ${text.replace(/\n/g, ' ')}` : '';
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number.isInteger(Number(attrs?.start)) ? Number(attrs?.start) : 1;
      return content.map((item, i) => {
        const marker = node.type === 'bulletList' ? '- ' : `${start + i}. `;
        const body = blocks('content' in item ? (item.content ?? []) : [item], offset).join('\n\n');
        return marker + body.split('\n').map((line, j) => (j === 0 || !line ? line : ' '.repeat(marker.length) + line)).join('\n');
      }).join('\n');
    }
    case 'blockquote':
      return blocks(content, offset).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    case 'codeBlock':
      return '```\n' + plainText(content).replace(/```/g, '``\u200b`') + '\n```';
    case 'horizontalRule':
      return '---';
    default:
      return blocks(content, offset).join('\n\n');
  }
}

function inlineMarkdown(nodes: readonly RichNode[]): string {
  return nodes.map((node) => {
    if (isRichText(node)) return textMarkdown(node);
    if (node.type === 'hardBreak') return '\\\n';
    return inlineMarkdown(node.content ?? []);
  }).join('');
}

function textMarkdown(node: RichTextNode): string {
  const types = (node.marks ?? []).map((m) => m.type);
  if (types.includes('code')) return codeSpan(node.text);
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text)!;
  const [, lead, core, trail] = match;
  if (!core) return node.text;
  let text = escapeMarkdown(core);
  for (const type of types) {
    const fence = MARKS[type];
    if (fence) text = `${fence}${text}${fence}`;
  }
  return `${lead}${text}${trail}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
