// Picks a ULO of the active framework to edit, or starts a new one; says when one was saved.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { type CatalogueUlo } from '../frameworkDrafts';
import { UloForm } from './UloForm';
import { CodeOptions } from './CodeOptions';

const NEW = '\u0000new';

export interface UloEditorProps {
  ulos: CatalogueUlo[];
  onSaved: () => void;
}

export function UloEditor({ ulos, onSaved }: UloEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const ulo = ulos.find((u) => u.code === picked);
  // The form goes away on save or cancel: bring the keyboard back to the list rather than to the page's top.
  const close = () => {
    setPicked('');
    select.current?.focus();
  };
  const open = (code: string) => {
    setPicked(code);
    setSaved(null);
  };
  return (
    <section className="framework-edit__part" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('framework.edit.ulosTitle')}</h3>
      <div className="framework-edit__pick">
        <div className="framework-edit__select">
          <label htmlFor={`${id}-ulo`}>{t('framework.edit.pickUlo')}</label>
          <select
            ref={select}
            id={`${id}-ulo`}
            value={picked === NEW ? '' : picked}
            onChange={(e) => open(e.target.value)}
          >
            <CodeOptions items={ulos} choose />
          </select>
        </div>
        <Button variant="secondary" onClick={() => open(NEW)}>
          {t('framework.edit.newUlo')}
        </Button>
      </div>
      <div role="status">
        {saved && <p className="framework-ok">{t('framework.edit.uloSaved', { code: saved })}</p>}
      </div>
      {(picked === NEW || ulo) && (
        <UloForm
          key={picked}
          ulo={ulo}
          onCancel={close}
          onSaved={(code) => {
            close();
            setSaved(code);
            onSaved();
          }}
        />
      )}
    </section>
  );
}
