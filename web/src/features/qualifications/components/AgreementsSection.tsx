// The framework admin's bilateral agreements: each says holding one scheme's qualification counts as another's; only
// approved ones grant recognition, so those waiting are listed first with an approve button (like mappings).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilateralAgreementsQuery as Agreements } from '../../../graphql/generated/graphql';
import type { QueryHandle } from '../../../graphql/useGraphQLQuery';
import { useMutation } from '../../../graphql/useMutation';
import { ApproveList } from '../../../ui/ApproveList';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { FrameworkChangesQuery } from '../api/frameworkEditor.queries';
import { ApproveAgreementMutation, BilateralAgreementsQuery } from '../api/qualifications.queries';
import { localNote } from '../frameworkDrafts';

export interface AgreementsSectionProps {
  /** Owned by the page, which asks again after an import. */
  agreements: QueryHandle<Agreements>;
}

export function AgreementsSection({ agreements }: AgreementsSectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const approve = useMutation(ApproveAgreementMutation, { invalidates: [BilateralAgreementsQuery, FrameworkChangesQuery] });
  return (
    <section className="framework-section" aria-labelledby={`${id}-agreements`}>
      <h2 id={`${id}-agreements`}>{t('framework.agreementsTitle')}</h2>
      <p>{t('framework.agreementsHelp')}</p>
      <QueryStates query={agreements}>
        {(data) => {
          if (!data.bilateralAgreements.length)
            return (
              <EmptyState title={t('framework.agreementsNone')}>
                <p>{t('framework.agreementsNoneBody')}</p>
              </EmptyState>
            );
          const list = [...data.bilateralAgreements].sort((a, b) => Number(a.approved) - Number(b.approved));
          const waiting = list.filter((a) => !a.approved).length;
          return (
            <>
              <p>
                {waiting
                  ? t('framework.agreementsWaiting', { count: waiting })
                  : t('framework.agreementsAllApproved', { count: list.length })}
              </p>
              <ApproveList
                items={list.map((a) => ({
                  id: a.id,
                  what: (
                    <>
                      <strong>
                        {a.fromScheme} · {a.held}
                      </strong>{' '}
                      → {a.toScheme} · {a.recognised}
                    </>
                  ),
                  note: a.note && localNote(a, i18n.language),
                  approved: a.approved,
                  approveLabel: t('framework.approveAgreement', { held: a.held, recognised: a.recognised }),
                }))}
                approveText={t('framework.approve')}
                approvedText={t('framework.agreementApproved')}
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
