// The framework's tasks on site, by profession: what each trade does on a renovation and the ULOs it takes
// (the task-based side of the framework, read only here; it comes with the imported file).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkTasksQuery as Tasks } from '../../../graphql/generated/graphql';
import type { QueryHandle } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { localText } from '../passportView';
import { usePhaseLabel } from '../hooks/usePhaseLabel';

export interface FrameworkTasksSectionProps {
  /** Owned by the page, which asks again after an import. */
  tasks: QueryHandle<Tasks>;
}

export function FrameworkTasksSection({ tasks }: FrameworkTasksSectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [profession, setProfession] = useState('');
  const phase = usePhaseLabel();
  const text = (en: string, fr?: string | null) => localText({ en, fr }, i18n.language);
  return (
    <section className="framework-section" aria-labelledby={`${id}-tasks`}>
      <h2 id={`${id}-tasks`}>{t('framework.tasksTitle')}</h2>
      <QueryStates query={tasks}>
        {(data) => {
          if (!data.frameworkTasks.length)
            return (
              <EmptyState title={t('framework.tasksNone')}>
                <p>{t('framework.tasksNoneBody')}</p>
              </EmptyState>
            );
          const professions = [
            ...new Map(
              data.frameworkTasks.flatMap((task) => task.professions).map((p) => [p.name, p]),
            ).values(),
          ];
          const shown = profession
            ? data.frameworkTasks.filter((task) => task.professions.some((p) => p.name === profession))
            : data.frameworkTasks;
          return (
            <>
              <p>
                {t('framework.tasksHelp', {
                  tasks: data.frameworkTasks.length,
                  professions: professions.length,
                })}
              </p>
              <div className="matrix-field">
                <label htmlFor={`${id}-profession`}>{t('passport.profession')}</label>
                <select
                  id={`${id}-profession`}
                  value={profession}
                  onChange={(e) => setProfession(e.target.value)}
                >
                  <option value="">{t('passport.allProfessions')}</option>
                  {professions.map((p) => (
                    <option key={p.name} value={p.name}>
                      {text(p.name, p.nameFr)}
                    </option>
                  ))}
                </select>
              </div>
              <table className="framework-table framework-tasks">
                <caption>{t('framework.tasksShown', { count: shown.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('framework.task')}</th>
                    <th scope="col">{t('framework.professions')}</th>
                    <th scope="col">{t('framework.ulos')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((task) => (
                    <tr key={task.code}>
                      <td>
                        <strong>{text(task.title, task.titleFr)}</strong>
                        <br />
                        <code>{task.code}</code> · {phase(task.phase)}
                      </td>
                      <td>{task.professions.map((p) => text(p.name, p.nameFr)).join(', ')}</td>
                      <td>{task.ulos.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </QueryStates>
    </section>
  );
}
