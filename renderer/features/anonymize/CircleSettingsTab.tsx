/**
 * The circle's "Einstellungen": the anonymization check's stop list and allow list (in the circle
 * doc, so both moderators share them) and this device's "Prüfung beim Schreiben".
 */
import { useEffect, useId, useState } from 'react';
import { addListWord, anonymizeListsSnapshot, circleSnapshot, removeListWord, type AnonymizeListName } from '../../../shared/doc';
import { useDocHandle, useDocSnapshot, useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';
import { setLiveCheckEnabled, useLiveCheckEnabled } from './settings';
import { WordListEditor } from './WordListEditor';
import { DeleteCircleButton } from '../deletion/DeleteButtons';

const s = t.anonymize.settings;

export function CircleSettingsTab({ circleId }: { readonly circleId: string }) {
  const repository = useRepository();
  const handle = useDocHandle('circle', circleId);
  const lists = useDocSnapshot(handle?.doc, anonymizeListsSnapshot);
  const circle = useDocSnapshot(handle?.doc, circleSnapshot);
  const stored = useLiveCheckEnabled();
  // Shown at once; the stored setting follows a moment later (IndexedDB).
  const [chosen, setChosen] = useState<boolean>();
  const enabled = chosen ?? stored;
  useEffect(() => setChosen(undefined), [stored]);
  const id = useId();
  const list = (name: AnonymizeListName) => ({
    words: lists?.[name] ?? [],
    disabled: !handle,
    onAdd: (word: string) => handle && addListWord(handle.doc, name, word),
    onRemove: (word: string) => handle && removeListWord(handle.doc, name, word),
  });

  return (
    <section aria-labelledby={`${id}-title`} className="circle-settings">
      <div className="page-head">
        <div>
          <h2 id={`${id}-title`}>{s.title}</h2>
          <p className="subtitle">{s.intro}</p>
        </div>
      </div>
      <div className="settings-toggle">
        <label className="checkbox">
          <input type="checkbox" checked={enabled} aria-describedby={`${id}-live-hint`} onChange={(e) => {
            setChosen(e.target.checked);
            void setLiveCheckEnabled(repository, e.target.checked);
          }} />
          {s.liveCheck}
        </label>
        <p id={`${id}-live-hint`} className="field-hint">{s.liveCheckHint}</p>
      </div>
      <div className="word-lists">
        <WordListEditor strings={s.stopList} {...list('stopList')} />
        <WordListEditor strings={s.allowList} {...list('allowList')} />
      </div>
      <details className="settings-help">
        <summary>{s.help.summary}</summary>
        {[s.help.finds, s.help.misses, s.help.lists, s.help.export, s.help.responsibility].map((text) => <p key={text}>{text}</p>)}
      </details>
      {circle && <DeleteCircleButton circleId={circle.id} name={circle.name} meetingCount={circle.meetingIds.length} />}
    </section>
  );
}
