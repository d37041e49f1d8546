// Route /matrix (staff): the crew × qualifications (or × skills), filtered by site, team and scheme, with a CSV download.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { QueryStates } from '../../../ui/QueryStates';
import { saveText } from '../frameworkFile';
import { MatrixGrid } from './MatrixGrid';
import { csvFileName, type MatrixMode } from '../matrixView';
import { MatrixFiltersQuery, TeamMatrixCsvQuery, TeamMatrixQuery } from '../api/qualifications.queries';
import { passportToday } from '../hooks/usePassport';
import './passport.css';
import '../../../ui/sections.css';
import './matrix.css';
import { BackLink } from '../../../ui/BackLink';

export function TeamMatrixPage() {
  const { t } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const [params, setParams] = useSearchParams();
  const siteId = params.get('site') || null;
  const teamId = params.get('team') || null;
  const schemeCode = params.get('scheme') || null;
  const mode: MatrixMode = params.get('view') === 'ulos' ? 'ulos' : 'qualifications';
  const filters = useGraphQLQuery(MatrixFiltersQuery, {});
  const query = useGraphQLQuery(TeamMatrixQuery, { siteId, teamId, schemeCode, withUlos: mode === 'ulos' });
  const [schemes, setSchemes] = useState<string[]>([]);
  const [download, setDownload] = useState<'idle' | 'pending' | 'failed'>('idle');

  // The scheme filter lists every scheme seen in an answer, so choosing one does not empty the list.
  useEffect(() => {
    const seen = query.data?.teamMatrix.qualifications.map((q) => q.scheme) ?? [];
    if (seen.length) setSchemes((s) => [...new Set([...s, ...seen])].sort());
  }, [query.data]);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const handleDownload = async () => {
    setDownload('pending');
    try {
      const data = await client.request(TeamMatrixCsvQuery, { siteId, teamId, schemeCode });
      saveText(data.teamMatrixCsv, csvFileName(passportToday(), schemeCode), 'text/csv;charset=utf-8');
      setDownload('idle');
    } catch {
      setDownload('failed');
    }
  };

  const select = (
    key: string,
    label: string,
    all: string,
    options: { value: string; label: string }[],
    value: string | null,
  ) => (
    <div className="matrix-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value ?? ''} onChange={(e) => setParam(key, e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="matrix-page">
      <BackLink to="/">{t('matrix.back')}</BackLink>
      <h1>{t('matrix.title')}</h1>
      <p className="matrix-intro">{t('matrix.intro')}</p>
      <div className="matrix-tools">
        {select(
          'site',
          t('matrix.site'),
          t('matrix.allSites'),
          (filters.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name })),
          siteId,
        )}
        {select(
          'team',
          t('matrix.team'),
          t('matrix.allTeams'),
          (filters.data?.teams ?? []).map((s) => ({ value: s.id, label: s.name })),
          teamId,
        )}
        {select(
          'scheme',
          t('matrix.scheme'),
          t('matrix.allSchemes'),
          schemes.map((s) => ({ value: s, label: s })),
          schemeCode,
        )}
        <fieldset className="matrix-mode">
          <legend>{t('matrix.columns')}</legend>
          {(['qualifications', 'ulos'] as const).map((m) => (
            <label key={m} className={mode === m ? 'is-on' : undefined}>
              <input
                type="radio"
                name={`${id}-mode`}
                value={m}
                checked={mode === m}
                onChange={() => setParam('view', m === 'ulos' ? 'ulos' : '')}
              />
              {t(`matrix.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="matrix-download"
          onClick={() => void handleDownload()}
          disabled={download === 'pending'}
        >
          {download === 'pending' ? t('matrix.downloading') : t('matrix.download')}
        </button>
      </div>
      {siteId && (
        <p>
          <Link className="matrix-tender-link" to={`/sites/${encodeURIComponent(siteId)}/tender`}>
            {t('tender.matrixLink')}
          </Link>
        </p>
      )}
      {download === 'failed' && (
        <p className="quals-error" role="alert">
          {t('matrix.downloadFailed')}
        </p>
      )}
      <QueryStates query={query}>
        {(data) =>
          // The answer still on screen may be the one without the ULO view: wait for the new one, never show it empty.
          mode === 'ulos' && !data.teamMatrix.ulos ? (
            <LoadingState label={t('app.loading')} />
          ) : data.teamMatrix.workers.length === 0 ||
            (mode === 'qualifications' ? data.teamMatrix.qualifications : (data.teamMatrix.ulos ?? []))
              .length === 0 ? (
            <EmptyState
              title={
                data.teamMatrix.workers.length === 0
                  ? t('matrix.emptyWorkers')
                  : t('matrix.emptyQualifications')
              }
            >
              <p>
                {data.teamMatrix.workers.length === 0
                  ? t('matrix.emptyWorkersBody')
                  : t('matrix.emptyQualificationsBody')}
              </p>
            </EmptyState>
          ) : (
            <MatrixGrid matrix={data.teamMatrix} mode={mode} />
          )
        }
      </QueryStates>
    </div>
  );
}
