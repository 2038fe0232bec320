/** The findings extension for one notes editor, following the screen's lists, dismissals and setting. */
import type { Extension } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { useAnonymizeState } from './context';
import { findingsExtension, FindingsSource } from './findingsExtension';

export function useFindingsExtension(): Extension {
  const { enabled, lists, dismissed } = useAnonymizeState();
  const [source] = useState(() => new FindingsSource({ enabled, lists, dismissed }));
  useEffect(() => source.set({ enabled, lists, dismissed }), [source, enabled, lists, dismissed]);
  return useMemo(() => findingsExtension(source), [source]);
}
