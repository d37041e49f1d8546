// A scheme's mappings onto the reference ULOs: each changed or removed in place, and new ones added. Any change
// sends the mapping back to the approvals above (the page asks for the mappings again).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddMappingForm } from './AddMappingForm';
import { type CatalogueData } from '../frameworkDrafts';
import { MappingRow, type Mapping } from './MappingRow';
import { CodeOptions } from './CodeOptions';
import '../../../ui/approve-list.css';

export interface MappingEditorProps {
  catalogue: CatalogueData;
  mappings: Mapping[];
  onChanged: () => void;
}

export function MappingEditor({ catalogue, mappings, onChanged }: MappingEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [schemeCode, setSchemeCode] = useState(catalogue.schemes[0]?.code ?? '');
  const [done, setDone] = useState<string | null>(null);
  const scheme = catalogue.schemes.find((s) => s.code === schemeCode);
  const mine = mappings.filter((m) => m.scheme === schemeCode);
  const changed = (message: string) => {
    setDone(message);
    onChanged();
  };
  return (
    <section className="framework-edit__part" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('framework.edit.mappingsTitle')}</h3>
      <div className="framework-edit__select">
        <label htmlFor={`${id}-scheme`}>{t('framework.edit.scheme')}</label>
        <select
          id={`${id}-scheme`}
          value={schemeCode}
          onChange={(e) => {
            setSchemeCode(e.target.value);
            setDone(null);
          }}
        >
          <CodeOptions items={catalogue.schemes} />
        </select>
      </div>
      <div role="status">{done && <p className="framework-ok">{done}</p>}</div>
      {mine.length === 0 ? (
        <p>{t('framework.edit.noMappings')}</p>
      ) : (
        <ul
          className="framework-mappings"
          aria-label={t('framework.edit.mappingsOf', { scheme: schemeCode })}
        >
          {mine.map((m) => (
            <MappingRow
              key={`${m.id}-${m.coverage}-${m.note}-${m.noteFr ?? ""}`}
              mapping={m}
              onChanged={(what) =>
                changed(
                  t(what === 'saved' ? 'framework.edit.mappingSaved' : 'framework.edit.mappingRemoved', {
                    what: `${m.schemeUnit} → ${m.ulo}`,
                  }),
                )
              }
            />
          ))}
        </ul>
      )}
      {scheme && (
        <AddMappingForm
          key={scheme.code}
          scheme={scheme}
          ulos={catalogue.ulos}
          onAdded={(what) => changed(t('framework.edit.mappingAdded', { what }))}
        />
      )}
    </section>
  );
}
