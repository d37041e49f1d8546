// One module of the worker's day: title in their language (or flagged fallback), minutes, languages, due date,
// status, and one big button into the player.
import type { ModuleContent } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyDayQuery } from '../../../graphql/generated/graphql';
import { actionOf } from '../groupWorkerDay';
import { formatDay, languageName } from '../../../ui/formatDay';

export type DayAssignment = MyDayQuery['myAssignments'][number];

export interface AssignmentCardProps {
  assignment: DayAssignment;
  overdue: boolean;
  /** Finished on this tablet, not yet on the server. */
  savedHere?: boolean;
}

export function AssignmentCard({ assignment, overdue, savedHere = false }: AssignmentCardProps) {
  const { t, i18n } = useTranslation();
  const version = assignment.moduleVersion;
  const content = version?.content as ModuleContent | undefined;
  const title = version?.title.text || t('day.unknownModule');
  const action = t(`day.${actionOf(assignment.status)}`);
  const score = assignment.progress?.bestScore;
  // A pass of this very version before it was assigned counts, and says so (see the demo's "already passed" rule).
  const passedAt = assignment.progress?.passedAt;
  const passedBefore = !savedHere && passedAt && new Date(passedAt) < new Date(assignment.createdAt) ? passedAt : null;
  return (
    <li className={`day-card${overdue ? ' day-card--overdue' : ''}`}>
      <div className="day-card__body">
        <h3 className="day-card__title" lang={version?.title.lang ?? undefined}>
          {title}
        </h3>
        {version?.title.fellBack && (
          <p className="fallback-badge">{t('day.fellBack', { language: languageName(version.title.lang, t) })}</p>
        )}
        <p className="day-card__facts">
          <span className={`status-chip status-chip--${assignment.status}`}>{t(`day.status.${assignment.status}`)}</span>
          <span className={overdue ? 'day-card__due day-card__due--late' : 'day-card__due'}>
            {t('day.due', { date: formatDay(assignment.dueOn, i18n.language) })}
          </span>
          {version && <span>{t('day.version', { n: version.version })}</span>}
          {content && <span>{t('day.minutes', { count: content.estimatedMinutes })}</span>}
          {content && (
            <span>{t('day.languages', { list: content.languages.map((l) => languageName(l, t)).join(', ') })}</span>
          )}
          {score !== null && score !== undefined && <span>{t('day.score', { score: Math.round(score * 100) })}</span>}
        </p>
        {passedBefore && <p className="day-card__note">{t('day.alreadyPassed', { date: formatDay(passedBefore.slice(0, 10), i18n.language) })}</p>}
        {savedHere && <p className="day-card__note">{t('day.savedHere')}</p>}
        {assignment.reason && <p className="day-card__reason">{t('day.reason', { reason: assignment.reason })}</p>}
      </div>
      {version && (
        <Link className="day-card__play" to={`/play/${version.id}`} aria-label={t('day.actionFor', { action, title })}>
          {action}
        </Link>
      )}
    </li>
  );
}
