/**
 * Underlines findings in a plain input or textarea (captured items, measures, the presenter's
 * question). A field cannot hold markup, so a mirror of its text — same box, font and wrapping,
 * transparent text — lies over it and draws only the underlines; clicks go through to the field.
 * The findings are named for screen readers in a description the field points to.
 *
 *   <FindingsField value={item.text}><DraftInput … /></FindingsField>
 *
 * The mirror follows the field's own value as it is typed (input events), its size and its scrolling.
 */
import { cloneElement, isValidElement, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { t } from '../../i18n/de';
import { HighlightedText } from './HighlightedText';
import { useTextFindings } from './useFindings';

type Field = HTMLInputElement | HTMLTextAreaElement;

const COPIED = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
  'borderLeftWidth', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform',
  'textIndent', 'textAlign', 'tabSize',
] as const;

export function FindingsField({ value, children }: { readonly value: string; readonly children: ReactElement<{ 'aria-describedby'?: string }> }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState<string>();
  const text = typed ?? value;
  const { findings } = useTextFindings(text);
  const id = useId();

  // The doc's value wins again once the field is left (or another window changed it).
  useEffect(() => setTyped(undefined), [value]);

  const field = () => wrapper.current?.querySelector<Field>('input, textarea') ?? null;

  const align = useCallback(() => {
    const f = field();
    const m = mirror.current;
    if (!f || !m) return;
    const style = getComputedStyle(f);
    for (const key of COPIED) m.style[key] = style[key];
    m.style.whiteSpace = f instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
    m.style.top = `${f.offsetTop}px`;
    m.style.left = `${f.offsetLeft}px`;
    m.style.width = `${f.offsetWidth}px`;
    m.style.height = `${f.offsetHeight}px`;
    m.scrollTop = f.scrollTop;
    m.scrollLeft = f.scrollLeft;
  }, []);

  useLayoutEffect(() => {
    if (findings.length === 0) return;
    align();
    const f = field();
    if (!f || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(align);
    observer.observe(f);
    return () => observer.disconnect();
  }, [findings, align]);

  const names = findings.map((f) => `„${f.text}“ (${t.anonymize.kinds[f.kind]})`).join(', ');
  const child = isValidElement(children) && findings.length > 0
    ? cloneElement(children, { 'aria-describedby': [children.props['aria-describedby'], `${id}-findings`].filter(Boolean).join(' ') })
    : children;

  return (
    <div
      ref={wrapper}
      className="finding-field"
      onInput={(event) => setTyped((event.target as Field).value)}
      onScrollCapture={align}
      onBlur={() => setTyped(undefined)}
    >
      {child}
      {findings.length > 0 && (
        <>
          <div ref={mirror} className="finding-mirror" aria-hidden="true">
            <HighlightedText text={text} findings={findings} titles={false} />
            {'\u200b'}
          </div>
          <span id={`${id}-findings`} className="visually-hidden">{t.anonymize.fieldFindings(names)}</span>
        </>
      )}
    </div>
  );
}
