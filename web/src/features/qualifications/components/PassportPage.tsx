// Route /passport (your own) and /passport/:workerId (staff): qualifications and skills held, under way, to renew,
// and what they are worth in other schemes. Computed on the device from saved inputs, so it also works offline.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SessionUser } from '../../../graphql/session-user';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { formatDay } from '../../../ui/formatDay';
import { passportNames } from '../passportLabels';
import { passportSections, recognitionGroups } from '../passportView';
import { QualificationCard } from './QualificationCard';
import { RecognitionList } from './RecognitionList';
import { TaskList } from './TaskList';
import { UloList } from './UloList';
import { usePassport } from '../hooks/usePassport';
import '../../../ui/count-tiles.css';
import './passport.css';
import { BackLink } from '../../../ui/BackLink';
import { CredentialsSection } from '../../credentials';
import { PersonalDataSection } from '../../personal-data';

export function PassportPage({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { workerId } = useParams();
  const own = !workerId || workerId === user.id;
  const passport = usePassport(own ? undefined : workerId);
  const back = own
    ? { to: '/', label: t('passport.backHome') }
    : { to: '/matrix', label: t('passport.backMatrix') };

  const header = (name?: string) => (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      <h1>{own ? t('passport.titleOwn') : t('passport.titleOf', { name: name ?? '' })}</h1>
    </>
  );
  if (passport.status === 'loading')
    return (
      <div className="passport">
        {header()}
        <LoadingState label={t('app.loading')} />
      </div>
    );
  if (passport.status === 'error')
    return (
      <div className="passport">
        {header()}
        <ErrorState
          title={t('errors.title')}
          message={passport.offline ? t('passport.offlineNoCopy') : t('errors.unexpected')}
          retryLabel={t('app.retry')}
          onRetry={passport.retry}
        />
      </div>
    );

  const { inputs, view, savedAt } = passport;
  const names = passportNames(inputs, i18n.language, t('passport.otherModule'));
  const sections = passportSections(view);
  const recognitions = recognitionGroups(view.recognitions, [...sections.held, ...sections.expiring]);
  const awardOf = (scheme: string, code: string) =>
    inputs.awards.find((a) => a.scheme === scheme && a.qualification === code && !a.expired && !a.revoked);
  const canStart = own && user.role === 'worker';
  const section = (key: string, title: string, children: React.ReactNode) => (
    <section className={`passport-section passport-section--${key}`} aria-labelledby={`${id}-${key}`}>
      <h2 id={`${id}-${key}`}>{title}</h2>
      {children}
    </section>
  );
  const cards = (list: typeof view.qualifications) => (
    <ul className="passport-cards">
      {list.map((q) => (
        <QualificationCard
          key={`${q.scheme} ${q.qualification}`}
          q={q}
          names={names}
          award={awardOf(q.scheme, q.qualification)}
          canStart={canStart}
          own={own}
        />
      ))}
    </ul>
  );

  return (
    <div className="passport">
      {header(inputs.displayName)}
      {savedAt && (
        <p className="passport-saved" role="status">
          {t('passport.savedCopy', { date: formatDay(savedAt, i18n.language) })}
        </p>
      )}
      {!inputs.catalogue ? (
        <EmptyState title={t('passport.noFrameworkTitle')}>
          <p>{t('passport.noFrameworkBody')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="count-tiles count-tiles--wide" aria-label={t('passport.summary')}>
            <li data-state="held">
              <strong>{sections.held.length + sections.expiring.length}</strong> {t('passport.count.held')}
            </li>
            <li data-state="in_progress">
              <strong>{sections.inProgress.length}</strong> {t('passport.count.inProgress')}
            </li>
            <li data-state="expired">
              <strong>{sections.expired.length + sections.expiring.length}</strong>{' '}
              {t('passport.count.renew')}
            </li>
          </ul>
          {section(
            'held',
            own ? t('passport.heldTitle') : t('passport.heldTitleOther'),
            sections.held.length + sections.expiring.length ? (
              cards([...sections.expiring, ...sections.held])
            ) : (
              <p className="passport-none">{t('passport.heldNone')}</p>
            ),
          )}
          {sections.expired.length > 0 &&
            section('expired', t('passport.expiredTitle'), cards(sections.expired))}
          {section(
            'progress',
            t('passport.progressTitle'),
            sections.inProgress.length ? (
              cards(sections.inProgress)
            ) : (
              <p className="passport-none">{t('passport.progressNone')}</p>
            ),
          )}
          {sections.notStarted > 0 && (
            <p className="passport-none">{t('passport.notStarted', { count: sections.notStarted })}</p>
          )}
          {section(
            'recognition',
            t('passport.recognitionTitle'),
            <RecognitionList groups={recognitions} names={names} canStart={canStart} />,
          )}
          {section(
            'tasks',
            own ? t('passport.tasksTitle') : t('passport.tasksTitleOther'),
            <TaskList tasks={view.tasks} names={names} canStart={canStart} />,
          )}
          {section(
            'ulos',
            own ? t('passport.ulosTitle') : t('passport.ulosTitleOther'),
            <UloList ulos={view.ulos} names={names} />,
          )}
        </>
      )}
      <CredentialsSection workerId={own ? undefined : workerId} canRevoke={!own && (user.role === 'manager' || user.role === 'admin')} />
      {(own || user.role === 'manager' || user.role === 'admin') && <PersonalDataSection workerId={own ? undefined : workerId} />}
    </div>
  );
}
