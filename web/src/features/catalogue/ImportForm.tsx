// Imports a module package (zip): the new draft to open, or every part the server rejected and why.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import { importPackage, type ImportResult } from './packages';

export function ImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const id = useId();
  const [file, setFile] = useState<File>();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ImportResult | 'failed'>();

  const handleSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setPending(true);
    try {
      const answer = await importPackage(file, await client.token());
      setResult(answer);
      if (answer.imported) onImported();
    } catch {
      setResult('failed');
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="catalogue-import" onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('catalogue.importTitle')}</h2>
      <p id={`${id}-hint`}>{t('catalogue.importHint')}</p>
      <div className="catalogue-import__row">
        <label className="button button--secondary file-button">
          {file ? file.name : t('catalogue.importChoose')}
          <input
            className="file-button__input"
            type="file"
            accept=".zip,application/zip"
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setResult(undefined);
            }}
          />
        </label>
        <Button type="submit" disabled={!file} pending={pending}>
          {t('catalogue.importSubmit')}
        </Button>
      </div>
      {result === 'failed' && (
        <p role="alert" className="catalogue-import__error">
          {t('errors.offline')}
        </p>
      )}
      {result && result !== 'failed' && result.imported && (
        <p role="status" className="catalogue-import__ok">
          {t('catalogue.imported')} <Link to={`/modules/${result.imported.moduleId}/edit`}>{t('catalogue.openImported')}</Link>
        </p>
      )}
      {result && result !== 'failed' && !result.imported && (
        <div role="alert" className="catalogue-import__error">
          <p>{t('catalogue.importRejected', { count: result.rejected.length })}</p>
          <ul>
            {result.rejected.map((r, i) => (
              <li key={i}>
                {r.path && <code>{r.path}</code>} {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
