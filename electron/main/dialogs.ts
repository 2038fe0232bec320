/** Native dialog options per file kind. Labels are German, like the rest of the UI. */
import path from 'node:path';
import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenKind, SaveKind } from '../../shared/ipc/contract';

/** WARNING: `.tandem` is the Tandem-Paket's file extension; renaming it strands files users already have. */
const FILTERS: Readonly<Record<SaveKind, FileFilter>> = {
  'tandem-package': { name: 'Tandem-Paket', extensions: ['tandem'] },
  pdf: { name: 'PDF-Dokument', extensions: ['pdf'] },
  markdown: { name: 'Markdown-Text', extensions: ['md'] },
  json: { name: 'JSON-Datei', extensions: ['json'] },
};

const SAVE_TITLES: Readonly<Record<SaveKind, string>> = {
  'tandem-package': 'Tandem-Paket speichern',
  pdf: 'PDF speichern',
  markdown: 'Markdown speichern',
  json: 'JSON-Datei speichern',
};

const OPEN_TITLES: Readonly<Record<OpenKind, string>> = {
  'tandem-package': 'Tandem-Paket öffnen',
  json: 'JSON-Datei öffnen',
};

/**
 * The path a file of `kind` is written to: main decides the extension (the one of the kind), whatever
 * the user typed in the dialog. A name that already ends in it (any case) is kept as it is.
 */
export function withKindExtension(kind: SaveKind, filePath: string): string {
  const extension = `.${FILTERS[kind].extensions[0]}`;
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
}

/** `suggestedName` is a validated base name (contract); it is placed in `defaultDir`. */
export function saveDialogOptions(kind: SaveKind, suggestedName: string, defaultDir: string): SaveDialogOptions {
  return {
    title: SAVE_TITLES[kind],
    buttonLabel: 'Speichern',
    defaultPath: path.join(defaultDir, suggestedName),
    filters: [FILTERS[kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function openDialogOptions(kind: OpenKind): OpenDialogOptions {
  return {
    title: OPEN_TITLES[kind],
    buttonLabel: 'Öffnen',
    filters: [FILTERS[kind], { name: 'Alle Dateien', extensions: ['*'] }],
    properties: ['openFile'],
  };
}
