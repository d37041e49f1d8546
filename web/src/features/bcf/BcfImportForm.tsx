// Send a BCF file (from a BIM tool) whose topics on elements become items to review on site.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import { importSiteBcf, type BcfImportResult } from './bcfFiles';

export function BcfImportForm({ siteId, onImported }: { siteId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<BcfImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(t('bcf.import.chooseFile'));
      return;
    }
    setPending(true);
    try {
      setResult(await importSiteBcf(siteId, file, await client.token()));
      setError(null);
      onImported();
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="bcf-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="bcf-file">
        <label htmlFor={`${id}-file`}>{t('bcf.import.file')}</label>
        <input id={`${id}-file`} type="file" accept=".bcf,.bcfzip,application/octet-stream,application/zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <Button type="submit" pending={pending}>
        {t('bcf.import.submit')}
      </Button>
      {error && (
        <p className="bcf-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="bcf-result">
          <p>{t('bcf.import.result', { created: result.created, updated: result.updated })}</p>
          {result.skipped.length > 0 && (
            <>
              <p>{t('bcf.import.skipped')}</p>
              <ul>
                {result.skipped.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
