// Route /framework (admin): import a framework file, JSON or CSV (all or nothing, the problems listed per row), export
// the active one in either form, and approve the scheme mappings and bilateral agreements that wait (only approved
// ones count towards qualifications and recognition).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GraphQLRequestError } from '../../graphql/client';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import type { ImportFrameworkMutation as ImportResult } from '../../graphql/generated/graphql';
import { useQuery } from '../../graphql/useQuery';
import { useMutation } from '../../graphql/useMutation';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { AgreementsSection } from './AgreementsSection';
import { FrameworkTasksSection } from './FrameworkTasksSection';
import { frameworkFileKind, saveText } from './frameworkFile';
import { importErrors, type ImportProblem } from './importErrors';
import {
  ApproveMappingMutation,
  BilateralAgreementsQuery,
  ExportFrameworkCsvQuery,
  ExportFrameworkQuery,
  FrameworkTasksQuery,
  ImportFrameworkCsvMutation,
  ImportFrameworkMutation,
  UloMappingsQuery,
} from './qualifications.queries';
import './passport.css';
import './matrix.css';

export function FrameworkAdminPage() {
  const { t } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const mappings = useQuery(UloMappingsQuery, {});
  const agreements = useQuery(BilateralAgreementsQuery, {});
  const tasks = useQuery(FrameworkTasksQuery, {});
  const approve = useMutation(ApproveMappingMutation);
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: ImportResult['importFramework'] } | { problems: ImportProblem[]; message: string } | null>(null);
  const [exportState, setExportState] = useState<'idle' | 'failed'>('idle');

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
      mappings.retry();
      agreements.retry();
      tasks.retry();
    } catch (error) {
      const problems = error instanceof GraphQLRequestError ? importErrors(error.details) : [];
      const code = error instanceof GraphQLRequestError ? error.code : null;
      // Our own words for the whole-file refusals; the per-row problems are listed below as the server words them.
      const message =
        code === 'CONFLICT' ? t('framework.alreadyImported') : code === 'BAD_USER_INPUT' ? (problems.length ? '' : t('framework.notJson')) : t('errors.unexpected');
      setResult({ problems, message });
    } finally {
      setPending(false);
    }
  };

  const handleExport = async (kind: 'json' | 'csv') => {
    try {
      if (kind === 'csv') saveText((await client.request(ExportFrameworkCsvQuery, {})).exportFrameworkCsv, 'fit-framework.csv', 'text/csv;charset=utf-8');
      else saveText((await client.request(ExportFrameworkQuery, {})).exportFramework, 'fit-framework.json', 'application/json');
      setExportState('idle');
    } catch {
      setExportState('failed');
    }
  };

  return (
    <div className="framework-page">
      <p className="passport-back">
        <Link to="/">{t('framework.back')}</Link>
      </p>
      <h1>{t('framework.title')}</h1>
      <section className="framework-section" aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>{t('framework.importTitle')}</h2>
        <p>{t('framework.importHelp')}</p>
        <form className="framework-import" onSubmit={(e) => void handleImport(e)} noValidate>
          <label htmlFor={`${id}-file`}>{t('framework.file')}</label>
          <input id={`${id}-file`} type="file" accept="application/json,.json,text/csv,.csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
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
        {exportState === 'failed' && (
          <p className="quals-error" role="alert">
            {t('framework.exportFailed')}
          </p>
        )}
      </section>
      <section className="framework-section" aria-labelledby={`${id}-mappings`}>
        <h2 id={`${id}-mappings`}>{t('framework.mappingsTitle')}</h2>
        <QueryStates query={mappings}>
          {(data) => {
            const waiting = data.uloMappings.filter((m) => !m.approved);
            if (!data.uloMappings.length) return <p>{t('framework.noFramework')}</p>;
            if (!waiting.length)
              return (
                <EmptyState title={t('framework.mappingsNone')}>
                  <p>{t('framework.mappingsCount', { count: data.uloMappings.length })}</p>
                </EmptyState>
              );
            return (
              <>
                <p>{t('framework.mappingsWaiting', { count: waiting.length })}</p>
                {approve.error && (
                  <p className="quals-error" role="alert">
                    {t('framework.approveFailed')}
                  </p>
                )}
                <ul className="framework-mappings">
                  {waiting.map((m) => (
                    <li key={m.id}>
                      <p className="framework-mapping__what">
                        <strong>
                          {m.scheme} · {m.schemeUnit}
                        </strong>{' '}
                        → {m.ulo} <span className="framework-mapping__coverage">({t(`framework.coverage.${m.coverage === 'full' ? 'full' : 'partial'}`)})</span>
                      </p>
                      {m.note && <p className="framework-mapping__note">{m.note}</p>}
                      <button
                        type="button"
                        className="matrix-download"
                        disabled={approve.pending}
                        aria-label={t('framework.approveOne', { unit: m.schemeUnit, ulo: m.ulo })}
                        onClick={() => void approve.run({ id: m.id }).then((r) => r && mappings.retry())}
                      >
                        {t('framework.approve')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            );
          }}
        </QueryStates>
      </section>
      <AgreementsSection agreements={agreements} />
      <FrameworkTasksSection tasks={tasks} />
    </div>
  );
}
