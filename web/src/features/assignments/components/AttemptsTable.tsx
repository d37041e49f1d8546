// A worker's attempts at modules as a table: which version, what came of it, the score and the day. Used by the
// trainer's worker panel and by the worker's own results page.
import { useTranslation } from 'react-i18next';
import type { AttemptFieldsFragment } from '../../../graphql/generated/graphql';
import { scorePercent } from '../cohortCells';
import { formatDay } from '../../../ui/formatDay';

export function AttemptsTable({ attempts }: { attempts: AttemptFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  return (
    // The table scrolls in its own frame on a phone instead of widening the page.
    <div className="table-frame" role="region" aria-label={t('cohort.panel.attemptsCaption')} tabIndex={0}>
      <table className="worker-panel__attempts">
        <caption className="visually-hidden">{t('cohort.panel.attemptsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cohort.panel.colModule')}</th>
            <th scope="col">{t('cohort.panel.colVersion')}</th>
            <th scope="col">{t('cohort.panel.colResult')}</th>
            <th scope="col">{t('cohort.panel.colScore')}</th>
            <th scope="col">{t('cohort.panel.colDate')}</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => {
            const score = scorePercent(a.score);
            return (
              <tr key={a.id} data-version={a.version}>
                <td>{a.moduleVersion.title.text}</td>
                <td>{a.version}</td>
                <td>{t(`cohort.panel.outcome.${a.outcome}`)}</td>
                <td>{score === undefined ? '—' : `${score}\u00a0%`}</td>
                <td>{formatDay(a.startedAt, i18n.language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
