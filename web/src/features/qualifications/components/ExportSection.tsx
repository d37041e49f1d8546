// Downloads the active framework as JSON or as one CSV, to change it elsewhere and import it as a new version.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { saveText } from '../frameworkFile';
import { ExportFrameworkCsvQuery, ExportFrameworkQuery } from '../api/qualifications.queries';

export function ExportSection() {
  const { t } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const [failed, setFailed] = useState(false);

  const handleExport = async (kind: 'json' | 'csv') => {
    try {
      if (kind === 'csv')
        saveText(
          (await client.request(ExportFrameworkCsvQuery, {})).exportFrameworkCsv,
          'fit-framework.csv',
          'text/csv;charset=utf-8',
        );
      else
        saveText(
          (await client.request(ExportFrameworkQuery, {})).exportFramework,
          'fit-framework.json',
          'application/json',
        );
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section className="framework-section" aria-labelledby={`${id}-export`}>
      <h2 id={`${id}-export`}>{t('framework.exportTitle')}</h2>
      <p>{t('framework.exportHelp')}</p>
      <p className="framework-exports">
        <button type="button" className="matrix-download" onClick={() => void handleExport('json')}>
          {t('framework.export')}
        </button>
        <button type="button" className="matrix-download" onClick={() => void handleExport('csv')}>
          {t('framework.exportCsv')}
        </button>
      </p>
      {failed && (
        <p className="quals-error" role="alert">
          {t('framework.exportFailed')}
        </p>
      )}
    </section>
  );
}
