// On the passport: the person's data to download (everything FIT holds, as JSON; the passport as PDF) and a request
// to erase it. Staff (manager, admin) see the same for a worker of their organisation, on the worker's behalf.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { formatDay } from '../../ui/formatDay';
import { RequestErasureMutation } from './personalData.queries';
import { downloadPersonalData, type PersonalDataFile } from './personalDataFiles';
import './personal-data.css';

export interface PersonalDataSectionProps {
  /** Another worker's passport (staff on their behalf); undefined for one's own. */
  workerId?: string;
}

export function PersonalDataSection({ workerId }: PersonalDataSectionProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const client = useGraphQLClient();
  const [downloading, setDownloading] = useState<PersonalDataFile | null>(null);
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [requestedAt, setRequestedAt] = useState<string | null>(null);
  const request = useMutation(RequestErasureMutation);
  const own = !workerId;

  const handleDownload = async (file: PersonalDataFile) => {
    setDownloading(file);
    setFailed(false);
    try {
      await downloadPersonalData(file, workerId, i18n.language, await client.token());
    } catch {
      setFailed(true);
    } finally {
      setDownloading(null);
    }
  };
  const handleRequest = async () => {
    const done = await request.run({ workerId: workerId ?? null });
    if (done) {
      setRequestedAt(done.requestErasure.requestedAt);
      setConfirming(false);
    }
  };

  return (
    <section className="passport-section personal-data" aria-labelledby={headingId}>
      <h2 id={headingId}>{own ? t('personalData.title') : t('personalData.titleOther')}</h2>
      <p>{own ? t('personalData.lead') : t('personalData.leadOther')}</p>
      <div className="personal-data__actions">
        <Button variant="secondary" pending={downloading === 'export.json'} onClick={() => void handleDownload('export.json')}>
          {own ? t('personalData.downloadJson') : t('personalData.downloadJsonOther')}
        </Button>
        <Button variant="secondary" pending={downloading === 'passport.pdf'} onClick={() => void handleDownload('passport.pdf')}>
          {t('personalData.downloadPdf')}
        </Button>
      </div>
      {failed && <p role="alert">{t('personalData.downloadFailed')}</p>}
      <h3>{own ? t('personalData.erasureTitle') : t('personalData.erasureTitleOther')}</h3>
      {requestedAt ? (
        <p role="status">{t('personalData.erasureRequested', { date: formatDay(requestedAt, i18n.language) })}</p>
      ) : confirming ? (
        <div className="personal-data__confirm">
          <p>{own ? t('personalData.erasureWarning') : t('personalData.erasureWarningOther')}</p>
          {request.error && <p role="alert">{request.error === 'offline' ? t('personalData.offline') : (request.message ?? t('personalData.failed'))}</p>}
          <div className="personal-data__actions">
            <Button pending={request.pending} onClick={() => void handleRequest()}>
              {t('personalData.erasureConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('personalData.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p>{own ? t('personalData.erasureLead') : t('personalData.erasureLeadOther')}</p>
          <div className="personal-data__actions">
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('personalData.erasureAsk')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
