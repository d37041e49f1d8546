// On the cohort view: per team, which ULOs' questions the workers are forgetting in their spaced recall (share of
// recalls that found a learned question forgotten), most forgotten first, so a trainer can plan a refresher on site.
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { QueryStates } from '../../../ui/QueryStates';
import { RecallLapsesQuery } from '../api/recall.queries';
import './recall.css';

export function RecallLapsesSection({ siteId, teamId }: { siteId: string; teamId?: string | null }) {
  const { t, i18n } = useTranslation();
  const query = useGraphQLQuery(RecallLapsesQuery, { siteId });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section className="recall-lapses" aria-labelledby="recall-lapses-heading">
      <h2 id="recall-lapses-heading">{t('recall.lapses.heading')}</h2>
      <p>{t('recall.lapses.intro')}</p>
      <QueryStates query={query}>
        {(data) => {
          const rows = data.recallLapses.filter((r) => !teamId || r.teamId === teamId);
          return rows.length === 0 ? (
            <p>{t('recall.lapses.none')}</p>
          ) : (
            <table className="recall-lapses__table">
              <thead>
                <tr>
                  <th scope="col">{t('recall.lapses.team')}</th>
                  <th scope="col">{t('recall.lapses.ulo')}</th>
                  <th scope="col">{t('recall.lapses.share')}</th>
                  <th scope="col">{t('recall.lapses.recalls')}</th>
                  <th scope="col">{t('recall.lapses.workers')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.teamId ?? ''}-${r.ulo}`} className={r.lapseShare !== null && r.lapseShare >= 0.3 ? 'recall-lapses__row--high' : undefined}>
                    <td>{r.teamName ?? t('recall.lapses.noTeam')}</td>
                    <td>
                      <strong>{i18n.language.startsWith('fr') ? (r.uloTitleFr ?? r.uloTitle) : r.uloTitle}</strong> <span className="code-aside">{r.ulo}</span>
                    </td>
                    <td>{r.lapseShare === null ? t('recall.lapses.noRecallYet') : percent.format(r.lapseShare)}</td>
                    <td>{t('recall.lapses.recallCount', { lapses: r.lapses, recalls: r.recalls })}</td>
                    <td>{r.workers}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryStates>
    </section>
  );
}
