// Route /validations: practical tasks waiting for the trainer's sign-off on site, oldest first.
import type { ModuleContent } from '@fit/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { describeSubmission, type KnownVersion } from './describeSubmission';
import { PendingCard, type Verdict } from './PendingCard';
import { PendingValidationsQuery } from './validation.queries';
import { RefusedStatements } from './RefusedStatements';
import './validation.css';

export function ValidationsPage() {
  const { t, i18n } = useTranslation();
  const query = useGraphQLQuery(PendingValidationsQuery, {});
  const [reviewed, setReviewed] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  return (
    <div className="validations-page">
      <h1>{t('validation.title')}</h1>
      <p>{t('validation.intro')}</p>
      <div aria-live="polite" role="status" className={notice ? 'validation-notice' : undefined}>
        {notice}
      </div>
      <QueryStates query={query}>
        {(data) => {
          // Each submission names the version it was done on; the catalogue's latest versions are the fallback.
          const versions: KnownVersion[] = [
            ...data.pendingValidations.flatMap((s) =>
              s.moduleVersion
                ? [
                    {
                      id: s.moduleVersion.id,
                      version: s.moduleVersion.version,
                      title: s.moduleVersion.title.text,
                      content: s.moduleVersion.content as ModuleContent,
                    },
                  ]
                : [],
            ),
            ...data.modules.flatMap((m) =>
              m.latestPublished
                ? [
                    {
                      id: m.latestPublished.id,
                      version: m.latestPublished.version,
                      title: m.latestPublished.title.text,
                      content: m.latestPublished.content as ModuleContent,
                    },
                  ]
                : [],
            ),
          ];
          const waiting = data.pendingValidations.filter((s) => !reviewed.includes(s.statementId));
          const refused = <RefusedStatements refused={data.refusedStatements} />;
          if (waiting.length === 0)
            return (
              <>
                <EmptyState title={t('validation.emptyTitle')}>
                  <p>{t('validation.emptyBody')}</p>
                </EmptyState>
                {refused}
              </>
            );
          return (
            <>
              <ul className="pending-list">
                {waiting.map((submission) => {
                  const label = describeSubmission(submission, versions, i18n.language);
                  const handleReviewed = (verdict: Verdict) => {
                    const task =
                      [label.module, label.step].filter(Boolean).join(' — ') || t('validation.unknownModule');
                    setNotice(
                      t(verdict === 'validated' ? 'validation.doneValidated' : 'validation.doneRedo', {
                        name: submission.workerName,
                        task,
                      }),
                    );
                    setReviewed((ids) => [...ids, submission.statementId]);
                  };
                  return (
                    <PendingCard
                      key={submission.statementId}
                      submission={submission}
                      label={label}
                      onReviewed={handleReviewed}
                    />
                  );
                })}
              </ul>
              {refused}
            </>
          );
        }}
      </QueryStates>
    </div>
  );
}
