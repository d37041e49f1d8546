// The framework's tasks on site in the passport: which ones the worker is ready for, how far along the others are,
// and the modules that would get them there; filtered by profession.
import { taskProfessions, type PassportTaskView } from '@fit/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ProgressBar } from '../../../ui/ProgressBar';
import type { PassportNames } from '../passportLabels';
import { localText } from '../passportView';
import { NextModules } from './QualificationCard';
import { StateBadge } from './StateBadge';
import { visibleTasks } from '../taskView';
import { usePhaseLabel } from '../hooks/usePhaseLabel';
import '../../../ui/sections.css';
import './matrix.css';

export function TaskList({
  tasks,
  names,
  canStart,
}: {
  tasks: PassportTaskView[];
  names: PassportNames;
  canStart: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [profession, setProfession] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const phase = usePhaseLabel();
  if (!tasks.length) return <p className="passport-none">{t('passport.tasksNone')}</p>;
  const { shown, notStarted } = visibleTasks(tasks, profession, showAll);
  return (
    <>
      <p className="passport-card__hint">{t('passport.tasksHelp')}</p>
      <div className="matrix-field passport-task-filter">
        <label htmlFor={`${id}-profession`}>{t('passport.profession')}</label>
        <select
          id={`${id}-profession`}
          value={profession ?? ''}
          onChange={(e) => setProfession(e.target.value || null)}
        >
          <option value="">{t('passport.allProfessions')}</option>
          {taskProfessions(tasks).map((p) => (
            <option key={p.en} value={p.en}>
              {localText(p, names.lang)}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 && <p className="passport-none">{t('passport.tasksNoneStarted')}</p>}
      <ul className="passport-tasks">
        {shown.map((task) => {
          const title = localText(task.title, names.lang);
          return (
            <li
              key={task.code}
              className={`passport-ulo passport-task passport-task--${task.ready ? 'ready' : 'progress'}`}
              data-task={task.code}
            >
              <div className="passport-card__head">
                <h3>{title}</h3>
                <StateBadge
                  state={task.ready ? 'held' : task.heldUlos.length ? 'in_progress' : 'missing'}
                  label={
                    task.ready
                      ? t('passport.taskReady')
                      : t('passport.taskSkills', { count: task.heldUlos.length, total: task.ulos.length })
                  }
                  compact
                />
              </div>
              <p className="passport-card__scheme">
                {phase(task.phase)} · {task.professions.map((p) => localText(p, names.lang)).join(', ')}
              </p>
              {!task.ready && (
                <>
                  <ProgressBar label={t('passport.progressOf', { title })} value={task.percent} />
                  <p className="passport-card__label">{t('passport.stillToLearn')}</p>
                  <ul className="passport-chips">
                    {task.missingUlos.map((u) => (
                      <li key={u}>{names.ulo(u)}</li>
                    ))}
                  </ul>
                  <NextModules ids={task.nextModules} names={names} canStart={canStart} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {(notStarted > 0 || showAll) && (
        <Button
          variant="secondary"
          className="passport-more"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t('passport.tasksFewer') : t('passport.tasksMore', { count: notStarted })}
        </Button>
      )}
    </>
  );
}
