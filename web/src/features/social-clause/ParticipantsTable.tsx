// The participants of a contract: who, at which company, their eligibility category (only for those allowed to see
// it; the read is logged by the API), their dates and how their path ended.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';

export interface ParticipantsTableProps {
  participants: {
    id: string;
    personName: string;
    companyName: string;
    category?: string | null;
    startsOn: string;
    endsOn?: string | null;
    exitOutcome?: string | null;
  }[];
  /** The address of a participant's path, for those who may follow it. */
  pathOf?: (participantId: string) => string;
}

export function ParticipantsTable({ participants: clauseParticipants, pathOf }: ParticipantsTableProps) {
  const { t } = useTranslation();
  return clauseParticipants.length === 0 ? (
    <EmptyState title={t('clause.participants.empty')} />
  ) : (
    <div className="clause-table-wrap">
      <table className="clause-table">
        <thead>
          <tr>
            <th scope="col">{t('clause.participants.person')}</th>
            <th scope="col">{t('clause.participants.category')}</th>
            <th scope="col">{t('clause.participants.dates')}</th>
            <th scope="col">{t('clause.participants.exit')}</th>
          </tr>
        </thead>
        <tbody>
          {clauseParticipants.map((p) => (
            <tr key={p.id}>
              <td>
                {pathOf ? (
                  <Link className="clause-table__person" to={pathOf(p.id)} aria-label={t('clause.path.open', { name: p.personName })}>
                    {p.personName}
                  </Link>
                ) : (
                  p.personName
                )}
                <br />
                <small>{p.companyName}</small>
              </td>
              <td>
                {p.category
                  ? t(`clause.categories.${p.category}`, { defaultValue: p.category })
                  : t('clause.participants.hidden')}
              </td>
              <td>
                {p.endsOn
                  ? t('clause.participants.fromTo', { from: p.startsOn, to: p.endsOn })
                  : t('clause.participants.from', { from: p.startsOn })}
              </td>
              <td>
                {p.exitOutcome ? t(`clause.exits.${p.exitOutcome}`, { defaultValue: p.exitOutcome }) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
