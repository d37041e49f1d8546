// On a site's model page: print QR labels (an A4 PDF) for the elements a module is bound to, all of them or one
// IFC class or storey, to stick on the building.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { LabelModulesQuery } from './element-labels.queries';
import { downloadLabelSheet } from './labelSheet';
import './element-labels.css';

export function ElementLabelsSection({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const query = useGraphQLQuery(LabelModulesQuery, { siteId });
  const [moduleId, setModuleId] = useState('');
  const [ifcClass, setIfcClass] = useState('');
  const [storey, setStorey] = useState('');
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  return (
    <section className="bim-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('elementLabels.sheet.heading')}</h2>
      <p>{t('elementLabels.sheet.intro')}</p>
      <QueryStates query={query}>
        {(data) => {
          if (data.labelModules.length === 0) return <p>{t('elementLabels.sheet.none')}</p>;
          const chosen = data.labelModules.find((m) => m.moduleId === moduleId) ?? data.labelModules[0]!;
          const submit = async (event: FormEvent) => {
            event.preventDefault();
            setPending(true);
            try {
              await downloadLabelSheet(siteId, { moduleId: chosen.moduleId, ifcClass, storey }, await client.token());
              setFailed(false);
            } catch {
              setFailed(true);
            } finally {
              setPending(false);
            }
          };
          return (
            <form className="label-form" onSubmit={(e) => void submit(e)}>
              <label className="label-form__field">
                <span>{t('elementLabels.sheet.module')}</span>
                <select
                  value={chosen.moduleId}
                  onChange={(e) => {
                    setModuleId(e.target.value);
                    setIfcClass('');
                    setStorey('');
                  }}
                >
                  {data.labelModules.map((m) => (
                    <option key={m.moduleId} value={m.moduleId}>
                      {t('elementLabels.sheet.moduleOption', { title: m.title, count: m.elementCount })}
                    </option>
                  ))}
                </select>
              </label>
              <label className="label-form__field">
                <span>{t('elementLabels.sheet.class')}</span>
                <select value={ifcClass} onChange={(e) => setIfcClass(e.target.value)}>
                  <option value="">{t('elementLabels.sheet.all')}</option>
                  {chosen.ifcClasses.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
              <label className="label-form__field">
                <span>{t('elementLabels.sheet.storey')}</span>
                <select value={storey} onChange={(e) => setStorey(e.target.value)}>
                  <option value="">{t('elementLabels.sheet.all')}</option>
                  {chosen.storeys.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
              <Button type="submit" pending={pending}>
                {t('elementLabels.sheet.print')}
              </Button>
              {failed && (
                <p className="label-form__error" role="alert">
                  {t('elementLabels.sheet.failed')}
                </p>
              )}
            </form>
          );
        }}
      </QueryStates>
    </section>
  );
}
