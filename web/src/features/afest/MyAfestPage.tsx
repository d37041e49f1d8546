// Route /my-afest (worker, on the tablet): the worker's on-the-job trainings, each planned work sequence with the
// worker's own debrief (typed or dictated, in their language) and their signature. Both are queued in the outbox and
// sent by the sync; until then the screen shows them as waiting. Works offline from the last saved answer.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyAfestsQuery as MyAfestsResult } from '../../graphql/generated/graphql';
import type { SessionUser } from '../../graphql/session-user';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { formatDay } from '../../ui/formatDay';
import { QueryStates } from '../../ui/QueryStates';
import { appOutbox, useSyncController, useSyncState } from '../sync';
import { MyAfestsQuery } from './afest.queries';
import { queuedAfest, type QueuedAfest } from './record-afest';
import { ReflectionForm } from './ReflectionForm';
import { WorkerSignature } from './WorkerSignature';
import './afest.css';

export function MyAfestPage({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const sync = useSyncController();
  const syncState = useSyncState();
  const query = useGraphQLQuery(MyAfestsQuery, {}, { offline: true });
  const [queued, setQueued] = useState<QueuedAfest>({ reflected: new Set(), signed: new Set() });
  const refreshQueued = useCallback(() => void queuedAfest(appOutbox(), user.id).then(setQueued), [user.id]);
  useEffect(refreshQueued, [refreshQueued, syncState.delivered]);
  const recorded = () => {
    refreshQueued();
    void sync?.changed();
  };
  return (
    <div className="afest-page" lang={i18n.language}>
      <BackLink to="/">{t('myAfest.back')}</BackLink>
      <h1>{t('myAfest.title')}</h1>
      <p className="afest-page__intro">{t('myAfest.intro')}</p>
      <QueryStates query={query}>
        {(data) =>
          data.myAfests.length === 0 ? (
            <EmptyState title={t('myAfest.emptyTitle')}>
              <p>{t('myAfest.emptyBody')}</p>
            </EmptyState>
          ) : (
            data.myAfests.map((a) => <OneAfest key={a.id} afest={a} user={user} queued={queued} onRecorded={recorded} />)
          )
        }
      </QueryStates>
    </div>
  );
}

function OneAfest({ afest, user, queued, onRecorded }: { afest: MyAfestsResult['myAfests'][number]; user: SessionUser; queued: QueuedAfest; onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  // Dates in the language the tablet speaks now (the worker may have switched from their own).
  const day = (iso: string) => formatDay(iso.length > 10 ? new Date(iso).toLocaleDateString('en-CA') : iso, i18n.language);
  const [telling, setTelling] = useState<string | null>(null);
  const mine = afest.signatures.find((s) => s.role === 'worker');
  return (
    <section className="afest-section" aria-labelledby={`afest-${afest.id}`}>
      <h2 id={`afest-${afest.id}`}>{afest.title}</h2>
      <p>{t('myAfest.withTrainer', { name: afest.trainerName })}</p>
      {afest.lockedAt && <p className="afest-notice">{t('myAfest.finished')}</p>}
      <ol className="afest-sequences">
        {afest.sequences.map((s) => (
          <li key={s.id} className="afest-sequence">
            <h3>{s.activity}</h3>
            <p>{t('myAfest.plannedOn', { date: day(s.plannedOn) })}</p>
            {s.reflections.map((r) => (
              <p key={r.id} className="afest-told">
                {t('myAfest.told', { date: day(r.recordedAt) })} — « {r.done} »
              </p>
            ))}
            {queued.reflected.has(s.id) && <p className="afest-waiting">{t('myAfest.waiting')}</p>}
            {!afest.lockedAt &&
              (telling === s.id ? (
                <ReflectionForm
                  afest={afest}
                  sequenceId={s.id}
                  user={user}
                  onDone={(saved) => {
                    setTelling(null);
                    if (saved) onRecorded();
                  }}
                />
              ) : (
                <Button variant="secondary" className="afest-tell" onClick={() => setTelling(s.id)}>
                  {t('myAfest.tell')}
                </Button>
              ))}
          </li>
        ))}
      </ol>
      {mine && <p className="afest-told">{t('myAfest.signed', { date: day(mine.signedAt) })}</p>}
      {!mine && queued.signed.has(afest.id) && <p className="afest-waiting">{t('myAfest.signedWaiting')}</p>}
      {!mine && !queued.signed.has(afest.id) && !afest.lockedAt && afest.sequences.length > 0 && <WorkerSignature afestId={afest.id} user={user} onSigned={onRecorded} />}
    </section>
  );
}
