// Assigns a handed-over worker every suggested module not yet assigned, with one due date, in one action.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { AssignModuleMutation } from '../assignments';
import { PositioningHandoversQuery } from './positioning.queries';

/** Today plus some days, as YYYY-MM-DD in the browser's time zone. */
function dayFromToday(days: number): string {
  const today = new Date();
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

export function AssignPathForm({ workerId, name, versionIds }: { workerId: string; name: string; versionIds: string[] }) {
  const { t } = useTranslation();
  const [today] = useState(() => dayFromToday(0));
  const [dueOn, setDueOn] = useState(() => dayFromToday(28));
  const [missingDate, setMissingDate] = useState(false);
  const assign = useMutation(AssignModuleMutation, { invalidates: [PositioningHandoversQuery] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dueOn) return setMissingDate(true);
    // One mutation per module: the company's own assignment rules (published version, due date not past) apply to each.
    for (const moduleVersionId of versionIds) {
      if (!(await assign.run({ input: { moduleVersionId, workerIds: [workerId], dueOn, reason: t('handovers.reason') } }))) return;
    }
  };
  const error = assign.error === 'BAD_USER_INPUT' ? t('handovers.dueInPast') : assign.error ? t('handovers.assignFailed') : null;
  return (
    <form className="positioning-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('handovers.dueOn')}
        type="date"
        min={today}
        value={dueOn}
        error={missingDate ? t('handovers.dueRequired') : undefined}
        onChange={(event) => {
          setDueOn(event.target.value);
          setMissingDate(false);
        }}
      />
      {error && (
        <p className="positioning-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit" pending={assign.pending}>
        {t('handovers.assign', { count: versionIds.length, name })}
      </Button>
    </form>
  );
}
