// Sharing agreements. A company's managers and admins start and end them; a network body's people see who shares.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './network.css';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { formatDay } from '../../ui/formatDay';
import { QueryStates } from '../../ui/QueryStates';
import { EndSharingMutation, SharingAgreementsQuery } from './network.queries';
import { StartSharingForm } from './StartSharingForm';

export function SharingSection({ side }: { side: 'company' | 'network' }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const query = useGraphQLQuery(SharingAgreementsQuery, {});
  const end = useMutation(EndSharingMutation);
  const [confirming, setConfirming] = useState<string | null>(null);
  const day = (value: unknown) => formatDay(String(value).slice(0, 10), i18n.language);
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`network.sharing.${side}Title`)}</h2>
      <p>{t(`network.sharing.${side}Intro`)}</p>
      <QueryStates query={query}>
        {({ sharingAgreements }) => (
          <>
            {sharingAgreements.length === 0 ? (
              <EmptyState title={t(`network.sharing.${side}Empty`)} />
            ) : (
              <ul className="network-list">
                {sharingAgreements.map((agreement) => {
                  const party = side === 'company' ? agreement.network.name : agreement.company.name;
                  return (
                    <li key={agreement.id} className="network-card">
                      <h3>{party}</h3>
                      <p>
                        {agreement.endedAt
                          ? t('network.sharing.ended', { from: day(agreement.startedAt), to: day(agreement.endedAt) })
                          : t('network.sharing.since', { from: day(agreement.startedAt) })}
                      </p>
                      {side === 'company' && !agreement.endedAt && (
                        confirming === agreement.id ? (
                          <div className="network-form__actions">
                            <Button
                              pending={end.pending}
                              onClick={async () => {
                                if (await end.run({ id: agreement.id })) {
                                  setConfirming(null);
                                  query.retry();
                                }
                              }}
                            >
                              {t('network.sharing.confirmEnd', { name: party })}
                            </Button>
                            <Button variant="secondary" onClick={() => setConfirming(null)}>
                              {t('network.cancel')}
                            </Button>
                          </div>
                        ) : (
                          <Button variant="secondary" onClick={() => setConfirming(agreement.id)}>
                            {t('network.sharing.end', { name: party })}
                          </Button>
                        )
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {side === 'company' && (
              <StartSharingForm
                sharingWith={sharingAgreements.filter((a) => !a.endedAt).map((a) => a.network.id)}
                onStarted={query.retry}
              />
            )}
          </>
        )}
      </QueryStates>
    </section>
  );
}
