// One mapping of a scheme's unit onto a ULO, with its coverage and note changed in place or the mapping removed
// (after a second tap). A change sends it back to the approvals: the server resets the approval.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UloMappingsQuery } from '../../../graphql/generated/graphql';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { CoverageChoice } from './CoverageChoice';
import { RemoveUloMappingMutation, SaveUloMappingMutation } from '../api/frameworkEditor.queries';
import { localNote } from '../frameworkDrafts';
import { MappingNoteFields } from './MappingNoteFields';
import { SaveProblem } from './SaveProblem';

export type Mapping = UloMappingsQuery['uloMappings'][number];

export interface MappingRowProps {
  mapping: Mapping;
  onChanged: (what: 'saved' | 'removed') => void;
}

export function MappingRow({ mapping: m, onChanged }: MappingRowProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [coverage, setCoverage] = useState<'full' | 'partial'>(m.coverage === 'full' ? 'full' : 'partial');
  const [notes, setNotes] = useState({ note: m.note, noteFr: m.noteFr ?? '' });
  const save = useMutation(SaveUloMappingMutation);
  const remove = useMutation(RemoveUloMappingMutation);
  const what = `${m.schemeUnit} → ${m.ulo}`;
  const row = useRef<HTMLLIElement>(null);
  const shown = useRef(mode);
  // The button tapped goes away with the mode: keep the keyboard in this row (on the safe choice when removing).
  useEffect(() => {
    if (shown.current === mode) return;
    shown.current = mode;
    const target = {
      view: '[data-focus="change"]',
      edit: 'input[type="radio"]:checked',
      remove: '[data-focus="keep"]',
    }[mode];
    row.current?.querySelector<HTMLElement>(target)?.focus();
  }, [mode]);

  const handleSave = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.run({
      schemeCode: m.scheme,
      schemeUnit: m.schemeUnit,
      ulo: m.ulo,
      coverage,
      note: notes.note.trim(),
      noteFr: notes.noteFr.trim() || null,
    });
    if (result) {
      setMode('view');
      onChanged('saved');
    }
  };

  return (
    <li className="framework-edit__mapping" ref={row}>
      <p className="framework-mapping__what">
        <strong>{what}</strong>{' '}
        <span className="framework-mapping__coverage">
          ({t(`framework.coverage.${m.coverage === 'full' ? 'full' : 'partial'}`)})
        </span>{' '}
        <span className={m.approved ? 'framework-approved' : 'framework-edit__waiting'}>
          {m.approved ? t('framework.edit.approved') : t('framework.edit.waiting')}
        </span>
      </p>
      {m.note && <p className="framework-mapping__note">{localNote(m, i18n.language)}</p>}
      {mode === 'view' && (
        <div className="framework-edit__actions">
          <Button
            variant="secondary"
            data-focus="change"
            aria-label={t('framework.edit.changeMapping', { what })}
            onClick={() => setMode('edit')}
          >
            {t('framework.edit.change')}
          </Button>
          <Button
            variant="secondary"
            aria-label={t('framework.edit.removeMapping', { what })}
            onClick={() => setMode('remove')}
          >
            {t('framework.edit.remove')}
          </Button>
        </div>
      )}
      {mode === 'edit' && (
        <form
          className="framework-edit__form framework-edit__form--inline"
          aria-label={t('framework.edit.changeMapping', { what })}
          onSubmit={(e) => void handleSave(e)}
          noValidate
        >
          <CoverageChoice name={`${id}-coverage`} value={coverage} onChange={setCoverage} />
          <MappingNoteFields value={notes} onChange={setNotes} />
          <p className="framework-edit__hint">{t('framework.edit.resetsApproval')}</p>
          <SaveProblem mutation={save} />
          <div className="framework-edit__actions">
            <Button type="submit" pending={save.pending}>
              {t('framework.edit.save')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('view')}>
              {t('framework.edit.cancel')}
            </Button>
          </div>
        </form>
      )}
      {mode === 'remove' && (
        <div className="framework-edit__confirm">
          <p>{t('framework.edit.removeConfirm', { what })}</p>
          <SaveProblem mutation={remove} />
          <div className="framework-edit__actions">
            <Button
              pending={remove.pending}
              onClick={() => void remove.run({ id: m.id }).then((r) => r && onChanged('removed'))}
            >
              {t('framework.edit.removeYes')}
            </Button>
            <Button variant="secondary" data-focus="keep" onClick={() => setMode('view')}>
              {t('framework.edit.keep')}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
