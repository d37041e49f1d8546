// Imports a framework file, JSON or CSV: all or nothing, the problems listed per row when it is refused.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequestError } from '../../../graphql/client';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import type { ImportFrameworkMutation as ImportResult } from '../../../graphql/generated/graphql';
import { frameworkFileKind } from '../frameworkFile';
import { importErrors, type ImportProblem } from '../importErrors';
import { ImportFrameworkCsvMutation, ImportFrameworkMutation } from '../api/qualifications.queries';

export interface ImportSectionProps {
  onImported: () => void;
}

export function ImportSection({ onImported }: ImportSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<
    { ok: ImportResult['importFramework'] } | { problems: ImportProblem[]; message: string } | null
  >(null);

  const handleImport = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setResult({ problems: [], message: t('framework.chooseFile') });
    setPending(true);
    try {
      const text = await file.text();
      const ok =
        frameworkFileKind(file.name, text) === 'csv'
          ? (await client.request(ImportFrameworkCsvMutation, { csv: text })).importFrameworkCsv
          : (await client.request(ImportFrameworkMutation, { json: text })).importFramework;
      setResult({ ok });
      onImported();
    } catch (error) {
      const problems = error instanceof GraphQLRequestError ? importErrors(error.details) : [];
      const code = error instanceof GraphQLRequestError ? error.code : null;
      // Our own words for the whole-file refusals; the per-row problems are listed below as the server words them.
      const message =
        code === 'CONFLICT'
          ? t('framework.alreadyImported')
          : code === 'BAD_USER_INPUT'
            ? problems.length
              ? ''
              : t('framework.notJson')
            : t('errors.unexpected');
      setResult({ problems, message });
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="framework-section" aria-labelledby={`${id}-import`}>
      <h2 id={`${id}-import`}>{t('framework.importTitle')}</h2>
      <p>{t('framework.importHelp')}</p>
      <form className="framework-import" onSubmit={(e) => void handleImport(e)} noValidate>
        <label htmlFor={`${id}-file`}>{t('framework.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json,text/csv,.csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button type="submit" className="matrix-download" disabled={pending}>
          {pending ? t('framework.importing') : t('framework.import')}
        </button>
      </form>
      {result && 'ok' in result && (
        <p className="framework-ok" role="status">
          {t('framework.imported', { ...result.ok })}
        </p>
      )}
      {result && 'problems' in result && (
        <div className="framework-errors" role="alert">
          <p>
            <strong>{t('framework.notImported')}</strong> {result.message}
          </p>
          {result.problems.length > 0 && (
            <table className="framework-table">
              <caption>{t('framework.problems', { count: result.problems.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('framework.row')}</th>
                  <th scope="col">{t('framework.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.problems.map((p, i) => (
                  <tr key={`${p.path}-${i}`}>
                    <td>
                      <code>{p.path}</code>
                    </td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
