// The cohort's drill-down for one worker: their assignments on this site (cancel or reassign, each confirmed) and
// every attempt they made, with the module version it was made on.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOfflineError } from '../../../graphql/client';
import type { CohortQuery as CohortData } from '../../../graphql/generated/graphql';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { QueryStates } from '../../../ui/QueryStates';
import { CancelAssignmentMutation, ReassignAssignmentMutation, WorkerAttemptsQuery } from '../api/assignments.queries';
import { AttemptsTable } from './AttemptsTable';
import { formatDay } from '../../../ui/formatDay';
import './worker-panel.css';

type Entry = CohortData['cohort']['entries'][number];
type Person = { id: string; displayName: string };

export interface WorkerPanelProps {
  worker: Person;
  entries: Entry[];
  titleOf: (versionId: string) => { title: string; version: number };
  /** Workers of the site who could take an assignment over. */
  crew: Person[];
  onClose: () => void;
  /** An assignment was cancelled or reassigned: the cohort must be read again. */
  onChanged: () => void;
}

export function WorkerPanel({ worker, entries, titleOf, crew, onClose, onChanged }: WorkerPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // A modal <dialog> keeps focus inside and gives Escape for free; older engines get a plain open panel.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  return (
    <dialog
      ref={dialog}
      className="worker-panel"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="worker-panel__head">
        <h2 id={`${id}-title`}>{worker.displayName}</h2>
        <Button variant="secondary" onClick={onClose}>
          {t('cohort.panel.close')}
        </Button>
      </div>
      <p role="status" className="worker-panel__notice">
        {notice}
      </p>
      <section aria-labelledby={`${id}-assigned`}>
        <h3 id={`${id}-assigned`}>{t('cohort.panel.assigned')}</h3>
        <ul className="worker-panel__list">
          {entries.map((entry) => (
            <AssignmentItem
              key={entry.assignmentId}
              entry={entry}
              worker={worker}
              module={titleOf(entry.moduleVersionId)}
              others={crew.filter((p) => p.id !== worker.id)}
              onDone={(message) => {
                setNotice(message);
                onChanged();
              }}
            />
          ))}
        </ul>
      </section>
      <Attempts workerId={worker.id} />
    </dialog>
  );
}

function AssignmentItem({
  entry,
  worker,
  module,
  others,
  onDone,
}: {
  entry: Entry;
  worker: Person;
  module: { title: string; version: number };
  others: Person[];
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const [mode, setMode] = useState<'idle' | 'cancel' | 'reassign'>('idle');
  const [target, setTarget] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const to = others.find((p) => p.id === target)?.displayName ?? '';

  const run = async (action: () => Promise<unknown>, message: string) => {
    setPending(true);
    setFailure(null);
    try {
      await action();
      onDone(message);
    } catch (error) {
      setFailure(isOfflineError(error) ? t('errors.offline') : t('cohort.panel.failed'));
      setPending(false);
    }
  };

  return (
    <li className="worker-panel__item" data-assignment={entry.assignmentId}>
      <p className="worker-panel__module">
        <strong>{module.title}</strong> · {t('cohort.version', { n: module.version })}
      </p>
      <p className="worker-panel__facts">
        <span className={`status-chip status-chip--${entry.status}`}>{t(`cohort.status.${entry.status}`)}</span>
        <span>{t('cohort.due', { date: formatDay(entry.dueOn, i18n.language) })}</span>
      </p>
      {mode === 'idle' && (
        <div className="worker-panel__actions">
          <Button variant="secondary" onClick={() => setMode('reassign')} aria-label={t('cohort.panel.reassignFor', { title: module.title })}>
            {t('cohort.panel.reassign')}
          </Button>
          <Button variant="secondary" onClick={() => setMode('cancel')} aria-label={t('cohort.panel.cancelFor', { title: module.title, name: worker.displayName })}>
            {t('cohort.panel.cancel')}
          </Button>
        </div>
      )}
      {mode === 'cancel' && (
        <div className="worker-panel__confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('cohort.panel.cancelConfirm', { title: module.title, name: worker.displayName })}</p>
          <div className="worker-panel__actions">
            <Button
              pending={pending}
              onClick={() =>
                run(() => client.request(CancelAssignmentMutation, { id: entry.assignmentId }), t('cohort.panel.cancelled', { title: module.title, name: worker.displayName }))
              }
            >
              {t('cohort.panel.cancelYes')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('idle')} disabled={pending}>
              {t('cohort.panel.keep')}
            </Button>
          </div>
        </div>
      )}
      {mode === 'reassign' && (
        <div className="worker-panel__confirm">
          <div className="assign-field">
            <label htmlFor={`${id}-to`}>{t('cohort.panel.reassignTo')}</label>
            <select id={`${id}-to`} value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="">{t('cohort.panel.chooseWorker')}</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
          {target && (
            <p role="alert" id={`${id}-reassign`}>
              {t('cohort.panel.reassignConfirm', { title: module.title, to, name: worker.displayName })}
            </p>
          )}
          <div className="worker-panel__actions">
            <Button
              pending={pending}
              disabled={!target}
              onClick={() =>
                run(() => client.request(ReassignAssignmentMutation, { id: entry.assignmentId, workerId: target }), t('cohort.panel.reassigned', { title: module.title, to }))
              }
            >
              {t('cohort.panel.reassignYes')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('idle')} disabled={pending}>
              {t('cohort.panel.keep')}
            </Button>
          </div>
        </div>
      )}
      {failure && (
        <p className="worker-panel__failure" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}

function Attempts({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const query = useGraphQLQuery(WorkerAttemptsQuery, { workerId });
  return (
    <section aria-labelledby={`${id}-attempts`}>
      <h3 id={`${id}-attempts`}>{t('cohort.panel.attempts')}</h3>
      <QueryStates query={query}>
        {(data) =>
          data.workerAttempts.length === 0 ? (
            <p>{t('cohort.panel.noAttempts')}</p>
          ) : (
            <AttemptsTable attempts={data.workerAttempts} />
          )
        }
      </QueryStates>
    </section>
  );
}
