// Route /personal-data (manager, admin): the organisation's erasure requests — an admin executes them — and, for an
// admin, how many years evidence photos are kept.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@fit/shared';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { TextField } from '../../ui/TextField';
import { formatDay } from '../../ui/formatDay';
import {
  EvidenceRetentionQuery,
  ExecuteErasureMutation,
  PersonalDataRequestsQuery,
  SetEvidenceRetentionMutation,
} from './personalData.queries';
import './personal-data.css';
import { EligibilityReadLogSection } from '../social-clause';

export function PersonalDataPage({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const requests = useGraphQLQuery(PersonalDataRequestsQuery, {});
  const execute = useMutation(ExecuteErasureMutation, { invalidates: [PersonalDataRequestsQuery] });
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const headingId = useId();
  const handleExecute = async (requestId: string) => {
    if (await execute.run({ requestId })) {
      setConfirmId(null);
    }
  };
  return (
    <div className="personal-data-page">
      <BackLink to="/">{t('personalData.back')}</BackLink>
      <h1>{t('personalData.pageTitle')}</h1>
      <p>{t('personalData.pageLead')}</p>
      <section className="home-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('personalData.requestsTitle')}</h2>
        <QueryStates query={requests}>
          {(data) =>
            data.personalDataRequests.length === 0 ? (
              <p>{t('personalData.noRequests')}</p>
            ) : (
              <ul className="personal-data__requests">
                {data.personalDataRequests.map((r) => (
                  <li key={r.id} className="personal-data__request">
                    <p>
                      <strong>{r.personName}</strong> ·{' '}
                      {t('personalData.requestedBy', { name: r.requestedByName, date: formatDay(r.requestedAt, i18n.language) })}
                    </p>
                    {r.executedAt ? (
                      <p>{t('personalData.executedBy', { name: r.executedByName ?? '', date: formatDay(r.executedAt, i18n.language) })}</p>
                    ) : role !== 'admin' ? (
                      <p>{t('personalData.waitingForAdmin')}</p>
                    ) : confirmId === r.id ? (
                      <div className="personal-data__confirm">
                        <p>{t('personalData.executeWarning', { name: r.personName })}</p>
                        {execute.error && <p role="alert">{execute.message ?? t('personalData.failed')}</p>}
                        <div className="personal-data__actions">
                          <Button pending={execute.pending} onClick={() => void handleExecute(r.id)}>
                            {t('personalData.executeConfirm')}
                          </Button>
                          <Button variant="secondary" onClick={() => setConfirmId(null)}>
                            {t('personalData.cancel')}
                          </Button>
                        </div>
                      </div>
                    ) : (
                      <div className="personal-data__actions">
                        <Button variant="secondary" onClick={() => setConfirmId(r.id)}>
                          {t('personalData.execute')}
                        </Button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryStates>
      </section>
      {role === 'admin' && <RetentionSection />}
      {role === 'admin' && <EligibilityReadLogSection />}
    </div>
  );
}

function RetentionSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const current = useGraphQLQuery(EvidenceRetentionQuery, {});
  const save = useMutation(SetEvidenceRetentionMutation, { invalidates: [EvidenceRetentionQuery] });
  const [years, setYears] = useState('');
  const [saved, setSaved] = useState(false);
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const value = years.trim() === '' ? null : Number(years);
    if ((await save.run({ years: value })) !== null) {
      setSaved(true);
    }
  };
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('personalData.retentionTitle')}</h2>
      <QueryStates query={current}>
        {(data) => (
          <p>
            {data.evidenceRetentionYears === null || data.evidenceRetentionYears === undefined
              ? t('personalData.retentionNone')
              : t('personalData.retentionCurrent', { count: data.evidenceRetentionYears })}
          </p>
        )}
      </QueryStates>
      <form className="personal-data__retention" onSubmit={(e) => void handleSubmit(e)}>
        <TextField
          label={t('personalData.retentionLabel')}
          hint={t('personalData.retentionHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={years}
          onChange={(e) => setYears(e.target.value)}
        />
        {save.error && <p role="alert">{save.message ?? t('personalData.failed')}</p>}
        {saved && <p role="status">{t('personalData.retentionSaved')}</p>}
        <Button type="submit" pending={save.pending}>
          {t('personalData.retentionSave')}
        </Button>
      </form>
    </section>
  );
}
