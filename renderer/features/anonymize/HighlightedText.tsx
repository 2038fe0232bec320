/**
 * Text with its findings marked: each finding a span with the calm underline of its kind. A view:
 * the caller passes the findings of exactly this text (offsets into it).
 */
import type { ReactNode } from 'react';
import type { Finding } from '../../../shared/anonymize';
import { t } from '../../i18n/de';

export interface HighlightedTextProps {
  readonly text: string;
  readonly findings: readonly Pick<Finding, 'start' | 'end' | 'kind' | 'hint'>[];
  /** Tooltips with the hint (off where the text is only drawn under a field). */
  readonly titles?: boolean;
}

export function HighlightedText({ text, findings, titles = true }: HighlightedTextProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(
      <span key={f.start} className={`finding finding-${f.kind}`} title={titles ? t.anonymize.underlineTitle(t.anonymize.kinds[f.kind], f.hint) : undefined}>
        {text.slice(f.start, f.end)}
      </span>,
    );
    at = f.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
