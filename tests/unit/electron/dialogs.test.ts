import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDialogOptions, saveDialogOptions } from '../../../electron/main/dialogs';

describe('native dialog options', () => {
  it('save: German title, the suggested name in the documents folder, the kind as filter', () => {
    const options = saveDialogOptions('tandem-package', 'Sitzung 2025-03-12.tandem', '/home/mod/Dokumente');
    expect(options).toMatchObject({
      title: 'Tandem-Paket speichern',
      defaultPath: path.join('/home/mod/Dokumente', 'Sitzung 2025-03-12.tandem'),
      filters: [{ name: 'Tandem-Paket', extensions: ['tandem'] }],
    });
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(saveDialogOptions('pdf', 'p.pdf', '/d').filters).toEqual([{ name: 'PDF-Dokument', extensions: ['pdf'] }]);
  });

  it('open: one file, of the kind asked for (or any, to find a renamed package)', () => {
    const options = openDialogOptions('json');
    expect(options.title).toBe('JSON-Datei öffnen');
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters?.[0]).toEqual({ name: 'JSON-Datei', extensions: ['json'] });
  });
});
