// The tables of a participant's path: the contracts (eligibility and exit) and the months of hours (worked and
// training, with their state and the validated totals).
import { useTranslation } from 'react-i18next';
import type { ClauseParticipantPathQuery } from '../../graphql/generated/graphql';
import { useHours } from './format';

type Path = ClauseParticipantPathQuery['clauseParticipantPath'];

export function PathContractsTable({ contracts }: { contracts: Path['contracts'] }) {
  const { t } = useTranslation();
  return (
    <div className="clause-table-wrap">
      <table className="clause-table">
        <caption className="visually-hidden">{t('clause.path.contracts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clause.path.contract')}</th>
            <th scope="col">{t('clause.participants.category')}</th>
            <th scope="col">{t('clause.participants.dates')}</th>
            <th scope="col">{t('clause.participants.exit')}</th>
          </tr>
        </thead>
        <tbody>
          {contracts.map((c) => (
            <tr key={c.participantId}>
              <th scope="row">
                {c.title}
                <br />
                <small>
                  {c.reference} · {c.companyName}
                </small>
              </th>
              <td>
                {c.category
                  ? t(`clause.categories.${c.category}`, { defaultValue: c.category })
                  : t('clause.participants.hidden')}
              </td>
              <td>
                {c.endsOn
                  ? t('clause.participants.fromTo', { from: c.startsOn, to: c.endsOn })
                  : t('clause.participants.from', { from: c.startsOn })}
              </td>
              <td>
                {c.exitOutcome
                  ? t('clause.path.exitOn', {
                      outcome: t(`clause.exits.${c.exitOutcome}`, { defaultValue: c.exitOutcome }),
                      date: c.exitOn ?? '',
                    })
                  : t('clause.path.noExit')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PathMonthsTable({ months }: { months: Path['months'] }) {
  const { t } = useTranslation();
  const hours = useHours();
  const validated = months.filter((m) => m.status === 'validated');
  const sum = (key: 'hoursWorked' | 'trainingHours') => validated.reduce((s, m) => s + m[key], 0);
  return (
    <div className="clause-table-wrap">
      <table className="clause-table">
        <caption className="visually-hidden">{t('clause.path.months')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clause.hours.month')}</th>
            <th scope="col">{t('clause.path.contract')}</th>
            <th scope="col">{t('clause.hours.worked')}</th>
            <th scope="col">{t('clause.hours.training')}</th>
            <th scope="col">{t('clause.hours.status')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={`${m.month}-${m.reference}-${m.status}`}>
              <th scope="row" className="clause-table__month">
                {m.month}
              </th>
              <td>{m.reference}</td>
              <td>{hours(m.hoursWorked)} h</td>
              <td>{hours(m.trainingHours)} h</td>
              <td>{t(`clause.status.${m.status}`, { defaultValue: m.status })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('clause.path.validatedTotal')}
            </th>
            <td>{hours(sum('hoursWorked'))} h</td>
            <td>{hours(sum('trainingHours'))} h</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
