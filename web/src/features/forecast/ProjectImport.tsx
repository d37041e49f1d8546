// Import planned projects from a CSV file (all lines or none), with the template to start from and each wrong line's
// field named.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../common/downloadFile';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { ImportForecastProjectsMutation } from './forecast.queries';

export function ProjectImport({ territoryId, onImported }: { territoryId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const importing = useMutation(ImportForecastProjectsMutation);
  const [errors, setErrors] = useState<{ line: number; field: string; problem: string }[]>([]);
  const run = async () => {
    if (!file) return;
    const result = await importing.run({ territoryId, csv: await file.text() });
    if (!result) return;
    setErrors(result.importForecastProjects.errors);
    setCreated(result.importForecastProjects.created);
    if (result.importForecastProjects.created > 0) onImported();
  };
  const fieldName = (field: string) => t(`forecast.csvFields.${field}`, { defaultValue: field });
  return (
    <div className="forecast-import">
      <h3>{t('forecast.import.title')}</h3>
      <p>{t('forecast.import.lead')}</p>
      <Button variant="secondary" onClick={async () => downloadFile('/forecast-files/projects-template.csv', await client.token(), 'planned-projects-template.csv')}>
        {t('forecast.import.template')}
      </Button>
      <div className="text-field">
        <label className="text-field__label" htmlFor={fileId}>
          {t('forecast.import.file')}
        </label>
        <input id={fileId} className="forecast-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <Button onClick={() => void run()} disabled={!file} pending={importing.pending}>
        {t('forecast.import.run')}
      </Button>
      {importing.error && <p role="alert">{t('forecast.saveFailed')}</p>}
      {created !== null && errors.length === 0 && <p role="status">{t('forecast.import.done', { count: created })}</p>}
      {errors.length > 0 && (
        <div role="alert">
          <p>{t('forecast.import.failed')}</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.line}-${e.field}`}>{t('forecast.import.error', { line: e.line, field: fieldName(e.field), problem: t(`forecast.projects.errors.${e.problem}`, { defaultValue: e.problem }) })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
