/**
 * "Tandem-Paket einlesen": lets the moderator choose a file (native dialog or file input), then
 * opens the import dialog for it. Shown on the circles page and in a circle's header.
 */
import { useState } from 'react';
import { isPlatformError, platform } from '../../platform';
import { t } from '../../i18n/de';
import { ImportDialog, type ChosenFile } from './ImportDialog';
import { useSyncBusy } from './useSync';

export function ImportPackageButton(_props: Record<string, never>) {
  const busy = useSyncBusy();
  const [file, setFile] = useState<ChosenFile>();
  const [choosing, setChoosing] = useState(false);
  const [failure, setFailure] = useState<string>();

  const choose = async () => {
    if (choosing) return;
    setChoosing(true);
    setFailure(undefined);
    try {
      const result = await platform.openFile('tandem-package');
      setFile(result.canceled ? undefined : { fileName: result.fileName, bytes: result.bytes });
    } catch (error) {
      // "too large", "unreadable": the desktop app says which.
      setFailure(isPlatformError(error) ? error.message : t.sync.errors.open);
    } finally {
      setChoosing(false);
    }
  };

  return (
    <>
      <button type="button" className="button secondary" onClick={() => void choose()} disabled={busy || choosing} aria-busy={choosing}>
        {t.sync.importPackage}
      </button>
      {failure && <p className="field-error" role="alert">{failure}</p>}
      {file && (
        <ImportDialog
          key={`${file.fileName}:${file.bytes.length}`}
          file={file}
          onClose={() => setFile(undefined)}
          onChooseAnother={() => {
            setFile(undefined);
            void choose();
          }}
        />
      )}
    </>
  );
}
