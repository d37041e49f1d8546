// Route /afest/:id (staff): one AFEST — its record, planning (until locked), the trainer's signature on the tablet,
// notes added with their reason, and the traceability file to download.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AfestFieldsFragment } from '../../graphql/generated/graphql';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { AddNoteForm } from './AddNoteForm';
import { AfestQuery } from './afest.queries';
import { AfestRecord } from './AfestRecord';
import { downloadAfestFile, type AfestFile } from './afestFiles';
import { PlanSequenceForm } from './PlanSequenceForm';
import { TrainerSignature } from './TrainerSignature';
import './afest.css';

export function AfestPage({ userId, canWrite }: { userId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const afestId = useParams().afestId ?? '';
  const num = (n: number) => n.toLocaleString(i18n.language);
  const query = useGraphQLQuery(AfestQuery, { id: afestId });
  const [fresh, setFresh] = useState<AfestFieldsFragment | null>(null);
  return (
    <div className="afest-page">
      <BackLink to="/afest">{t('afest.back')}</BackLink>
      <QueryStates query={query}>
        {(data) => {
          const afest = fresh ?? data.afest;
          const modules = data.modules.flatMap((m) => (m.latestPublished ? [{ id: m.latestPublished.id, label: m.latestPublished.title.text }] : []));
          return (
            <>
              <h1>{afest.title}</h1>
              <p>{t('afest.leadBy', { worker: afest.workerName, trainer: afest.trainerName })}</p>
              <p>
                <span className={afest.lockedAt ? 'afest-badge afest-badge--locked' : 'afest-badge'}>{afest.lockedAt ? t('afest.locked') : t('afest.inProgress')}</span>{' '}
                {t('afest.hours', { planned: num(afest.hours.plannedHours), realised: num(afest.hours.realisedHours) })}
              </p>
              {afest.lockedAt && <p className="afest-notice">{t('afest.lockedNotice')}</p>}
              <Files afestId={afest.id} />
              <AfestRecord afest={afest} />
              {canWrite && !afest.lockedAt && (
                <section className="afest-section" aria-label={t('afest.planTitle')}>
                  <PlanSequenceForm afestId={afest.id} modules={modules} sites={data.sites.map((s) => ({ id: s.id, label: s.name }))} onPlanned={setFresh} />
                </section>
              )}
              <Signatures afest={afest} userId={userId} canWrite={canWrite} onSigned={setFresh} />
              {canWrite && <AddNoteForm afestId={afest.id} onAdded={setFresh} />}
            </>
          );
        }}
      </QueryStates>
    </div>
  );
}

function Signatures({ afest, userId, canWrite, onSigned }: { afest: AfestFieldsFragment; userId: string; canWrite: boolean; onSigned: (a: AfestFieldsFragment) => void }) {
  const { t, i18n } = useTranslation();
  const signedBy = (role: string) => afest.signatures.find((s) => s.role === role);
  const mayTrainerSign = canWrite && !afest.lockedAt && !signedBy('trainer') && afest.sequences.length > 0;
  return (
    <section aria-labelledby="afest-signatures" className="afest-section">
      <h2 id="afest-signatures">{t('afest.signaturesTitle')}</h2>
      <ul className="afest-plain-list">
        {afest.signatures.map((s) => (
          <li key={s.role}>{t('afest.signedBy', { name: s.signerName, date: new Date(s.signedAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' }) })}</li>
        ))}
      </ul>
      {!signedBy('worker') && <p className="afest-muted">{t('afest.waitingWorker')}</p>}
      {mayTrainerSign && (afest.trainerId === userId ? <TrainerSignature afestId={afest.id} onSigned={onSigned} /> : <p className="afest-muted">{t('afest.notLead', { name: afest.trainerName })}</p>)}
    </section>
  );
}

function Files({ afestId }: { afestId: string }) {
  const { t, i18n } = useTranslation();
  const client = useGraphQLClient();
  const [busy, setBusy] = useState<AfestFile | null>(null);
  const [failed, setFailed] = useState(false);
  const handle = async (file: AfestFile) => {
    setBusy(file);
    setFailed(false);
    try {
      await downloadAfestFile(afestId, file, i18n.language, await client.token());
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="afest-files" className="afest-section">
      <h2 id="afest-files">{t('afest.filesTitle')}</h2>
      <div className="afest-actions">
        <Button pending={busy === 'file.pdf'} onClick={() => void handle('file.pdf')}>
          {t('afest.downloadPdf')}
        </Button>
        <Button variant="secondary" pending={busy === 'file.csv'} onClick={() => void handle('file.csv')}>
          {t('afest.downloadCsv')}
        </Button>
      </div>
      {failed && (
        <p className="afest-error" role="alert">
          {t('afest.downloadFailed')}
        </p>
      )}
    </section>
  );
}
