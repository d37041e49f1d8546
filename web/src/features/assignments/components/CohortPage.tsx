// Route /sites/:siteId/cohort: a site's workers × assigned modules with status chips, overdue marked, and the counts.
import { ASSIGNMENT_STATUSES } from '@fit/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CohortQuery as CohortData } from '../../../graphql/generated/graphql';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { CohortQuery } from '../api/assignments.queries';
import { cohortCounts, cohortRows, scorePercent } from '../cohortCells';
import { formatDay } from '../../../ui/formatDay';
import { WorkerPanel } from './WorkerPanel';
import './assignments.css';
import './assign.css';
import './cohort.css';
import { BackLink } from '../../../ui/BackLink';
import { RecallLapsesSection } from '../../recall';
import '../../../ui/count-tiles.css';

export function CohortPage() {
  const { t } = useTranslation();
  const id = useId();
  const { siteId = '' } = useParams();
  const [teamId, setTeamId] = useState('');
  const query = useGraphQLQuery(CohortQuery, { siteId, teamId: teamId || null });
  const site = query.data?.sites.find((s) => s.id === siteId);
  return (
    <div className="cohort-page">
      <BackLink to={`/sites/${siteId}`}>{t('cohort.back')}</BackLink>
      <h1>{t('cohort.title')}</h1>
      {site && <p className="cohort-site">{site.name}</p>}
      <div className="cohort-tools">
        <div className="assign-field">
          <label htmlFor={`${id}-team`}>{t('cohort.team')}</label>
          <select id={`${id}-team`} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">{t('cohort.allTeams')}</option>
            {(query.data?.teams ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <Link className="cohort-assign" to={`/assign?site=${encodeURIComponent(siteId)}`}>
          {t('cohort.assign')}
        </Link>
      </div>
      <QueryStates query={query}>
        {(data) =>
          data.cohort.entries.length === 0 ? (
            <EmptyState title={t('cohort.emptyTitle')}>
              <p>{t('cohort.emptyBody')}</p>
            </EmptyState>
          ) : (
            <CohortGrid cohort={data.cohort} crew={data.crew} onChanged={query.retry} />
          )
        }
      </QueryStates>
      <RecallLapsesSection siteId={siteId} teamId={teamId || null} />
    </div>
  );
}

function CohortGrid({ cohort, crew, onChanged }: { cohort: CohortData['cohort']; crew: CohortData['crew']; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Kept as a copy: cancelling a worker's last assignment drops them from the grid, not from the open panel.
  const [panelWorker, setPanelWorker] = useState<{ id: string; displayName: string } | null>(null);
  const versionOf = (versionId: string) => {
    const v = cohort.moduleVersions.find((m) => m.id === versionId);
    return { title: v?.title.text ?? '', version: v?.version ?? 0 };
  };
  const counts = cohortCounts(cohort.entries);
  const rows = cohortRows(cohort.workers, cohort.moduleVersions, cohort.entries);
  const nameOf = new Map(cohort.workers.map((w) => [w.id, w.displayName]));
  return (
    <>
      <section aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>{t('cohort.summary')}</h2>
        <ul className="count-tiles">
          <li>
            <strong>{counts.total}</strong> {t('cohort.total')}
          </li>
          <li className={counts.overdue > 0 ? 'cohort-counts__late' : undefined}>
            <strong>{counts.overdue}</strong> {t('cohort.overdue')}
          </li>
          {ASSIGNMENT_STATUSES.map((s) => (
            <li key={s}>
              <strong>{counts[s]}</strong> {t(`cohort.status.${s}`)}
            </li>
          ))}
        </ul>
      </section>
      <div className="cohort-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="cohort-grid">
          <caption id={`${id}-caption`} className="visually-hidden">
            {t('cohort.gridCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('cohort.worker')}</th>
              {cohort.moduleVersions.map((v) => (
                <th scope="col" key={v.id}>
                  {v.title.text} <span className="cohort-version">({t('cohort.version', { n: v.version })})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.workerId}>
                <th scope="row">
                  <button
                    type="button"
                    className="cohort-worker"
                    aria-haspopup="dialog"
                    title={t('cohort.openWorker', { name: nameOf.get(row.workerId) })}
                    onClick={() => setPanelWorker({ id: row.workerId, displayName: nameOf.get(row.workerId) ?? '' })}
                  >
                    {nameOf.get(row.workerId)}
                  </button>
                </th>
                {row.cells.map((cell, index) => {
                  const module = cohort.moduleVersions[index]?.title.text;
                  if (cell.kind === 'unassigned')
                    return (
                      <td key={index} className="cohort-cell cohort-cell--none" data-module={module}>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('cohort.unassigned')}</span>
                      </td>
                    );
                  const { entry } = cell;
                  const score = scorePercent(entry.bestScore);
                  return (
                    <td key={index} className={`cohort-cell${entry.overdue ? ' cohort-cell--late' : ''}`} data-status={entry.status} data-module={module}>
                      <span className={`status-chip status-chip--${entry.status}`}>{t(`cohort.status.${entry.status}`)}</span>
                      {score !== undefined && <span className="cohort-cell__score">{score} %</span>}
                      <span className="cohort-cell__due">{t('cohort.due', { date: formatDay(entry.dueOn, i18n.language) })}</span>
                      {entry.lastActivityAt && (
                        <span className="cohort-cell__due">{t('cohort.lastActivity', { date: formatDay(entry.lastActivityAt, i18n.language) })}</span>
                      )}
                      {entry.overdue && <span className="cohort-cell__late">{t('cohort.overdueTag')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {panelWorker && (
        <WorkerPanel
          worker={panelWorker}
          entries={cohort.entries.filter((e) => e.workerId === panelWorker.id)}
          titleOf={versionOf}
          crew={crew}
          onClose={() => setPanelWorker(null)}
          onChanged={onChanged}
        />
      )}
    </>
  );
}
