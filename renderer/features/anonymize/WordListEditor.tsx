/** One of the circle's word lists (stop list or allow list): the words, a field to add one, a remove button each. */
import { useId, useState } from 'react';
import { t } from '../../i18n/de';

export interface WordListStrings {
  readonly title: string;
  readonly intro: string;
  readonly input: string;
  readonly add: string;
  readonly empty: string;
  readonly label: string;
  readonly remove: (word: string) => string;
}

export function WordListEditor({ strings, words, disabled, onAdd, onRemove }: {
  readonly strings: WordListStrings;
  readonly words: readonly string[];
  readonly disabled: boolean;
  readonly onAdd: (word: string) => void;
  readonly onRemove: (word: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  return (
    <section className="word-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{strings.title}</h3>
      <p className="field-hint" id={`${id}-intro`}>{strings.intro}</p>
      <form
        className="word-list-add"
        onSubmit={(event) => {
          event.preventDefault();
          const word = draft.trim();
          if (!word) return;
          onAdd(word);
          setDraft('');
          setMessage(t.anonymize.settings.added(word));
        }}
      >
        <label htmlFor={`${id}-input`} className="visually-hidden">{strings.input}</label>
        <input id={`${id}-input`} value={draft} lang="de" placeholder={strings.input} aria-describedby={`${id}-intro`} disabled={disabled} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button secondary" disabled={disabled || !draft.trim()}>{strings.add}</button>
      </form>
      {words.length === 0 ? <p className="empty">{strings.empty}</p> : (
        <ul className="word-chips" aria-label={strings.label}>
          {words.map((word) => (
            <li key={word}>
              <span lang="de">{word}</span>
              <button
                type="button" className="chip-remove" aria-label={strings.remove(word)} title={strings.remove(word)} disabled={disabled}
                onClick={() => {
                  onRemove(word);
                  setMessage(t.anonymize.settings.removed(word));
                }}
              >×</button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">{message}</p>
    </section>
  );
}
