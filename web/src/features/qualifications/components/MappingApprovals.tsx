// The scheme mappings waiting for an admin's approval (imported unapproved, or changed since): only approved ones
// count towards qualifications.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UloMappingsQuery as UloMappings } from '../../../graphql/generated/graphql';
import type { QueryHandle } from '../../../graphql/useGraphQLQuery';
import { useMutation } from '../../../graphql/useMutation';
import { ApproveList } from '../../../ui/ApproveList';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { FrameworkChangesQuery } from '../api/frameworkEditor.queries';
import { ApproveMappingMutation, UloMappingsQuery } from '../api/qualifications.queries';
import { localNote } from '../frameworkDrafts';

export interface MappingApprovalsProps {
  /** Owned by the page, which asks again after an import or an edit. */
  mappings: QueryHandle<UloMappings>;
}

export function MappingApprovals({ mappings }: MappingApprovalsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const approve = useMutation(ApproveMappingMutation, { invalidates: [UloMappingsQuery, FrameworkChangesQuery] });
  return (
    <section className="framework-section" aria-labelledby={`${id}-mappings`}>
      <h2 id={`${id}-mappings`}>{t('framework.mappingsTitle')}</h2>
      <QueryStates query={mappings}>
        {(data) => {
          const waiting = data.uloMappings.filter((m) => !m.approved);
          if (!data.uloMappings.length) return <p>{t('framework.noFramework')}</p>;
          if (!waiting.length)
            return (
              <EmptyState title={t('framework.mappingsNone')}>
                <p>{t('framework.mappingsCount', { count: data.uloMappings.length })}</p>
              </EmptyState>
            );
          return (
            <>
              <p>{t('framework.mappingsWaiting', { count: waiting.length })}</p>
              <ApproveList
                items={waiting.map((m) => ({
                  id: m.id,
                  what: (
                    <>
                      <strong>
                        {m.scheme} · {m.schemeUnit}
                      </strong>{' '}
                      → {m.ulo}{' '}
                      <span className="framework-mapping__coverage">
                        ({t(`framework.coverage.${m.coverage === 'full' ? 'full' : 'partial'}`)})
                      </span>
                    </>
                  ),
                  note: m.note && localNote(m, i18n.language),
                  approveLabel: t('framework.approveOne', { unit: m.schemeUnit, ulo: m.ulo }),
                }))}
                approveText={t('framework.approve')}
                failedText={approve.error && t('framework.approveFailed')}
                pending={approve.pending}
                onApprove={(id) => void approve.run({ id })}
              />
            </>
          );
        }}
      </QueryStates>
    </section>
  );
}
