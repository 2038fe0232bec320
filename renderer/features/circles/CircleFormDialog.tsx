/** Create a circle: name and region. The default method template comes with it. */
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useRepository } from '../../data/hooks';
import { t } from '../../i18n/de';

export function CircleFormDialog({ open, onOpenChange }: { readonly open: boolean; readonly onOpenChange: (open: boolean) => void }) {
  const repository = useRepository();
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t.common.required);
    const id = await repository.createCircle({ name, region });
    onOpenChange(false);
    setName('');
    setRegion('');
    setError(undefined);
    navigate({ name: 'circle', circleId: id });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t.circles.create}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label={t.circles.name} value={name} onChange={(e) => setName(e.target.value)} error={error} required autoFocus />
        <Field label={t.circles.region} value={region} onChange={(e) => setRegion(e.target.value)} />
        <DialogActions submitLabel={t.common.create} onCancel={() => onOpenChange(false)} />
      </form>
    </Dialog>
  );
}
