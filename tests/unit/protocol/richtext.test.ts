/** Rich text of the editor (Y.XmlFragment) → JSON tree → HTML and Markdown, for every node the editor makes. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDoc } from '../../../shared/doc';
import { richDocOf, type RichDoc, type RichElementNode } from '../../../shared/doc/export';
import { isRichEmpty, richHtml, richMarkdown } from '../../../shared/protocol';

/** A fragment built the way y-prosemirror stores the editor's document. */
function fragmentOf(build: (fragment: Y.XmlFragment) => void): RichDoc {
  const doc = createDoc();
  const fragment = doc.getXmlFragment('notes');
  doc.transact(() => build(fragment));
  return richDocOf(fragment);
}

function block(parent: Y.XmlFragment | Y.XmlElement, name: string, runs: readonly [string, Record<string, object>?][] = [], attrs: Record<string, unknown> = {}): Y.XmlElement {
  const el = new Y.XmlElement(name);
  parent.insert(parent.length, [el]);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value as never);
  if (runs.length > 0) {
    const text = new Y.XmlText();
    el.insert(0, [text]);
    for (const [run, marks] of runs) text.insert(text.length, run, marks ?? {});
  }
  return el;
}

const doc = fragmentOf((f) => {
  block(f, 'heading', [['Überschrift']], { level: 2 });
  const p = block(f, 'paragraph', [['normal '], ['fett', { bold: {} }], [' und '], ['schräg', { italic: {} }], [', '], ['beides', { bold: {}, italic: {} }]]);
  p.insert(p.length, [new Y.XmlElement('hardBreak')]);
  const tail = new Y.XmlText();
  p.insert(p.length, [tail]);
  tail.insert(0, 'zweite Zeile mit ', {});
  tail.insert(tail.length, 'Code', { code: {} });
  tail.insert(tail.length, ', ', {});
  tail.insert(tail.length, 'durch', { strike: {} });
  tail.insert(tail.length, ', ', {});
  tail.insert(tail.length, 'Link', { link: { href: 'https://example.org', target: '_blank' } });
  const ol = block(f, 'orderedList', [], { start: 3 });
  block(block(ol, 'listItem'), 'paragraph', [['drei']]);
  const four = block(ol, 'listItem');
  block(four, 'paragraph', [['vier']]);
  block(block(block(four, 'bulletList'), 'listItem'), 'paragraph', [['eingerückt']]);
  block(block(f, 'blockquote'), 'paragraph', [['Zitat']]);
  block(f, 'codeBlock', [['a < b && c']], { language: null });
  block(f, 'horizontalRule');
  block(f, 'paragraph');
  block(block(f, 'someFutureNode'), 'paragraph', [['nie verloren']]);
});

describe('rich text', () => {
  it('becomes a canonical JSON tree: node types, attributes and marks', () => {
    expect(doc.content.map((n) => n.type)).toEqual(['heading', 'paragraph', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule', 'paragraph', 'someFutureNode']);
    expect(doc.content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Überschrift' }] });
    const paragraph = doc.content[1] as RichElementNode;
    expect(paragraph.content).toContainEqual({ type: 'text', text: 'beides', marks: [{ type: 'bold' }, { type: 'italic' }] });
    expect(paragraph.content).toContainEqual({ type: 'hardBreak' });
    expect(paragraph.content).toContainEqual({ type: 'text', text: 'Link', marks: [{ type: 'link', attrs: { href: 'https://example.org', target: '_blank' } }] });
    expect(doc.content[4]).toEqual({ type: 'codeBlock', content: [{ type: 'text', text: 'a < b && c' }] }); // null attributes dropped
  });

  it('becomes HTML with headings, lists and emphasis kept, a link without its target, unknown nodes with their text', () => {
    const html = richHtml(doc, { headingOffset: 3 });
    expect(html).toBe(
      '<h5 class="rt-heading">Überschrift</h5>' +
      '<p>normal <strong>fett</strong> und <em>schräg</em>, <strong><em>beides</em></strong><br>zweite Zeile mit <code>Code</code>, <s>durch</s>, Link</p>' +
      '<ol start="3"><li><p>drei</p></li><li><p>vier</p><ul><li><p>eingerückt</p></li></ul></li></ol>' +
      '<blockquote><p>Zitat</p></blockquote><pre>a &lt; b &amp;&amp; c</pre><hr><p>nie verloren</p>',
    );
  });

  it('becomes Markdown', () => {
    expect(richMarkdown(doc, 3)).toBe([
      '##### Überschrift',
      'normal **fett** und *schräg*, ***beides***\\\nzweite Zeile mit `Code`, ~~durch~~, Link',
      '3. drei\n4. vier\n\n   - eingerückt',
      '> Zitat',
      '```\na < b && c\n```',
      '---',
      'nie verloren',
    ].join('\n\n'));
  });

  it('knows when there is nothing to print', () => {
    expect(isRichEmpty(fragmentOf((f) => { block(f, 'paragraph'); block(f, 'paragraph', [['   ']]); }))).toBe(true);
    expect(isRichEmpty(doc)).toBe(false);
    expect(richHtml({ type: 'doc', content: [] }, { headingOffset: 0 })).toBe('');
  });
});
