// A mapping's note as the scheme's operator recorded it, in English and (optionally) in French, so each admin reads it
// in their own language.
import { useTranslation } from 'react-i18next';
import { EditField } from './EditField';

export interface MappingNote {
  note: string;
  noteFr: string;
}

export function MappingNoteFields({ value, onChange }: { value: MappingNote; onChange: (value: MappingNote) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <EditField label={t('framework.edit.note')} hint={t('framework.edit.noteHint')}>
        {(props) => <textarea {...props} rows={2} value={value.note} onChange={(e) => onChange({ ...value, note: e.target.value })} />}
      </EditField>
      <EditField label={t('framework.edit.noteFr')}>
        {(props) => (
          <textarea {...props} lang="fr" rows={2} value={value.noteFr} onChange={(e) => onChange({ ...value, noteFr: e.target.value })} />
        )}
      </EditField>
    </>
  );
}
