// A note on the AFEST with its reason: after the signatures, the only way anything is added to the file.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AfestFieldsFragment } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { AddAfestNoteMutation } from './afest.queries';
import { TextArea } from './TextArea';

export function AddNoteForm({ afestId, onAdded }: { afestId: string; onAdded: (a: AfestFieldsFragment) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const add = useMutation(AddAfestNoteMutation);
  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = { ...(reason.trim() ? {} : { reason: t('afest.reasonRequired') }), ...(note.trim() ? {} : { note: t('afest.noteTextRequired') }) };
    setErrors(found);
    if (found.reason || found.note) return;
    const done = await add.run({ afestId, reason: reason.trim(), note: note.trim() });
    if (done) {
      setReason('');
      setNote('');
      onAdded(done.addAfestNote);
    }
  };
  return (
    <section aria-labelledby="afest-add-note" className="afest-section">
      <h2 id="afest-add-note">{t('afest.notesTitle')}</h2>
      <form noValidate className="afest-form" onSubmit={(e) => void handleSubmit(e)}>
        <TextField label={t('afest.reasonLabel')} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
        <TextArea label={t('afest.noteLabel2')} value={note} onChange={setNote} error={errors.note} />
        {add.error && (
          <p className="afest-error" role="alert">
            {add.error === 'offline' ? t('afest.offline') : t('afest.saveFailed', { message: add.message ?? add.error })}
          </p>
        )}
        <Button type="submit" variant="secondary" pending={add.pending} pendingLabel={t('afest.adding')}>
          {t('afest.addNote')}
        </Button>
      </form>
    </section>
  );
}
