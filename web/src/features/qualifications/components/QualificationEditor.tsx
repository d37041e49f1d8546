// Picks a scheme, then one of its qualifications to edit; says when one was saved.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogueData } from '../frameworkDrafts';
import { QualificationForm } from './QualificationForm';
import { CodeOptions } from './CodeOptions';

export interface QualificationEditorProps {
  schemes: CatalogueData['schemes'];
  onSaved: () => void;
}

export function QualificationEditor({ schemes, onSaved }: QualificationEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [schemeCode, setSchemeCode] = useState(schemes[0]?.code ?? '');
  const [picked, setPicked] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const scheme = schemes.find((s) => s.code === schemeCode);
  const qualification = scheme?.qualifications.find((q) => q.code === picked);
  const close = () => {
    setPicked('');
    select.current?.focus();
  };
  return (
    <section className="framework-edit__part" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('framework.edit.qualificationsTitle')}</h3>
      <div className="framework-edit__pick">
        <div className="framework-edit__select">
          <label htmlFor={`${id}-scheme`}>{t('framework.edit.scheme')}</label>
          <select
            id={`${id}-scheme`}
            value={schemeCode}
            onChange={(e) => {
              setSchemeCode(e.target.value);
              setPicked('');
              setSaved(null);
            }}
          >
            <CodeOptions items={schemes} />
          </select>
        </div>
        <div className="framework-edit__select">
          <label htmlFor={`${id}-qualification`}>{t('framework.edit.pickQualification')}</label>
          <select
            ref={select}
            id={`${id}-qualification`}
            value={picked}
            onChange={(e) => {
              setPicked(e.target.value);
              setSaved(null);
            }}
          >
            <CodeOptions items={scheme?.qualifications ?? []} choose />
          </select>
        </div>
      </div>
      <div role="status">
        {saved && <p className="framework-ok">{t('framework.edit.qualificationSaved', { code: saved })}</p>}
      </div>
      {scheme && qualification && (
        <QualificationForm
          key={`${scheme.code}/${qualification.code}`}
          scheme={scheme}
          qualification={qualification}
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
