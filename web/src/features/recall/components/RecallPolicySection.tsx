// On the admin's home: "recall keeps a ULO fresh". Off, spaced recall never changes an award; on, a ULO whose
// questions were all remembered within the window stays valid the set months after the oldest of those recalls.
import { RECALL_POLICY_LIMITS } from '@fit/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../graphql/useMutation';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { QueryStates } from '../../../ui/QueryStates';
import { TextField } from '../../../ui/TextField';
import { RecallPolicyQuery, SetRecallPolicyMutation } from '../api/recall.queries';
import './recall.css';

type Policy = { keepsFresh: boolean; extendMonths: number; windowDays: number };

export function RecallPolicySection() {
  const { t } = useTranslation();
  const query = useGraphQLQuery(RecallPolicyQuery, {});
  return (
    <section className="home-section recall-policy" aria-labelledby="recall-policy-heading">
      <h2 id="recall-policy-heading">{t('recall.policy.heading')}</h2>
      <p>{t('recall.policy.intro')}</p>
      <QueryStates query={query}>{(data) => <PolicyForm saved={data.recallPolicy} />}</QueryStates>
    </section>
  );
}

function PolicyForm({ saved }: { saved: Policy }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ keepsFresh: saved.keepsFresh, extendMonths: String(saved.extendMonths), windowDays: String(saved.windowDays) });
  const [done, setDone] = useState<Policy | null>(null);
  const mutation = useMutation(SetRecallPolicyMutation);
  const { extendMonths: months, windowDays: days } = RECALL_POLICY_LIMITS;
  const monthsOk = inRange(draft.extendMonths, months.min, months.max);
  const daysOk = inRange(draft.windowDays, days.min, days.max);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!monthsOk || !daysOk) return;
    const data = await mutation.run({ keepsFresh: draft.keepsFresh, extendMonths: Number(draft.extendMonths), windowDays: Number(draft.windowDays) });
    if (data) setDone(data.setRecallPolicy);
  };

  return (
    <form className="recall-policy__form" onSubmit={(e) => void handleSubmit(e)} noValidate>
      <label className="recall-policy__toggle">
        <input type="checkbox" checked={draft.keepsFresh} onChange={(e) => setDraft((d) => ({ ...d, keepsFresh: e.target.checked }))} />
        {t('recall.policy.keepsFresh')}
      </label>
      <TextField
        label={t('recall.policy.extendMonths')}
        inputMode="numeric"
        value={draft.extendMonths}
        onChange={(e) => setDraft((d) => ({ ...d, extendMonths: e.target.value }))}
        error={monthsOk ? undefined : t('recall.policy.extendMonthsRange', { min: months.min, max: months.max })}
      />
      <TextField
        label={t('recall.policy.windowDays')}
        inputMode="numeric"
        value={draft.windowDays}
        onChange={(e) => setDraft((d) => ({ ...d, windowDays: e.target.value }))}
        error={daysOk ? undefined : t('recall.policy.windowDaysRange', { min: days.min, max: days.max })}
      />
      <Button type="submit" pending={mutation.pending} disabled={!monthsOk || !daysOk}>
        {t('recall.policy.save')}
      </Button>
      <div aria-live="polite">
        {done && <p>{done.keepsFresh ? t('recall.policy.savedOn', { months: done.extendMonths, days: done.windowDays }) : t('recall.policy.savedOff')}</p>}
        {mutation.error && <p className="recall-policy__error">{mutation.message ?? t('recall.policy.failed')}</p>}
      </div>
    </form>
  );
}

function inRange(text: string, min: number, max: number): boolean {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= min && n <= max;
}
