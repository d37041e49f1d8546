// Route /assign: a trainer or manager gives a published module to chosen workers, a team or a site's whole crew.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorCode, isOfflineError } from '../../../graphql/client';
import type { AssignTargetsQuery as AssignTargetsData } from '../../../graphql/generated/graphql';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { QueryStates } from '../../../ui/QueryStates';
import { TextField } from '../../../ui/TextField';
import { AssignModuleMutation, AssignTargetsQuery } from '../api/assignments.queries';
import { TargetFields } from './TargetFields';
import { assignInput, assignToday, validateAssign, type AssignErrors, type AssignForm } from '../validateAssign';
import './assign.css';
import { BackLink } from '../../../ui/BackLink';

export function AssignPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const siteParam = params.get('site') ?? '';
  const query = useGraphQLQuery(AssignTargetsQuery, { siteId: null });
  const back = siteParam ? `/sites/${siteParam}` : '/modules';
  return (
    <div className="assign-page">
      <BackLink to={back}>{siteParam ? t('cohort.back') : t('assign.back')}</BackLink>
      <h1>{t('assign.title')}</h1>
      <p>{t('assign.intro')}</p>
      <QueryStates query={query}>
        {(data) => <AssignFormView data={data} initialVersion={params.get('version') ?? ''} initialSite={siteParam} />}
      </QueryStates>
    </div>
  );
}

function AssignFormView({ data, initialVersion, initialSite }: { data: AssignTargetsData; initialVersion: string; initialSite: string }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useGraphQLClient();
  const [form, setForm] = useState<AssignForm>({
    moduleVersionId: initialVersion,
    target: initialSite ? 'site' : 'team',
    workerIds: [],
    teamId: '',
    siteId: initialSite,
    dueOn: '',
    reason: '',
  });
  const [errors, setErrors] = useState<AssignErrors>({});
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true; count: number } | { ok: false; message: string } | null>(null);
  const published = data.modules.filter((m) => m.latestPublished);
  const today = assignToday(form.siteId, data.sites);
  const set = (change: Partial<AssignForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setResult(null);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateAssign(form, today);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    try {
      const answer = await client.request(AssignModuleMutation, { input: assignInput(form) });
      setResult({ ok: true, count: answer.assignModule.assigned });
    } catch (error) {
      const code = isOfflineError(error) ? 'offline' : errorCode(error);
      const message = code === 'offline' ? t('assign.errors.offline') : code === 'BAD_USER_INPUT' ? t('assign.errors.badInput') : t('assign.errors.failed');
      setResult({ ok: false, message: error instanceof Error && code === 'BAD_USER_INPUT' ? `${message} ${error.message}` : message });
    } finally {
      setPending(false);
    }
  };

  const versionError = errors.moduleVersionId && t('assign.errors.moduleVersionId');
  const dueError = errors.dueOn === 'past' ? t('assign.errors.dueOnPast') : errors.dueOn ? t('assign.errors.dueOnRequired') : undefined;
  if (published.length === 0) return <p className="assign-error">{t('assign.noPublished')}</p>;

  return (
    <form className="assign-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <div className={`assign-field${versionError ? ' assign-field--invalid' : ''}`}>
        <label htmlFor={`${id}-version`}>{t('assign.version')}</label>
        {versionError && <p className="text-field__error" id={`${id}-version-error`}>{versionError}</p>}
        <select
          id={`${id}-version`}
          value={form.moduleVersionId}
          aria-invalid={versionError ? true : undefined}
          aria-describedby={versionError ? `${id}-version-error` : undefined}
          onChange={(event) => set({ moduleVersionId: event.target.value })}
        >
          <option value="">{t('assign.versionPlaceholder')}</option>
          {published.map((m) => (
            <option key={m.latestPublished!.id} value={m.latestPublished!.id}>
              {t('assign.versionOption', { title: m.latestPublished!.title.text || m.slug, version: m.latestPublished!.version })}
            </option>
          ))}
        </select>
      </div>
      <TargetFields form={form} data={data} error={errors.target ? t('assign.errors.target') : undefined} onChange={set} />
      <TextField label={t('assign.dueOn')} type="date" min={today} value={form.dueOn} error={dueError} onChange={(event) => set({ dueOn: event.target.value })} />
      <TextField label={t('assign.reason')} hint={t('assign.reasonHint')} value={form.reason} maxLength={200} onChange={(event) => set({ reason: event.target.value })} />
      <Button type="submit" pending={pending} pendingLabel={t('assign.submitting')}>
        {t('assign.submit')}
      </Button>
      <div aria-live="polite">
        {result?.ok && <p className="assign-success" role="status">{t('assign.done', { count: result.count })}</p>}
      </div>
      {result && !result.ok && <p className="assign-error" role="alert">{result.message}</p>}
    </form>
  );
}
