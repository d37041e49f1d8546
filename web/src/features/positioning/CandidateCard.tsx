// One candidate for the facilitator: stage, profile, suggested path, and the hand-over with the candidate's consent.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositioningSessionResultsQuery } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { HandOverCandidateMutation } from './positioning.queries';
import { isStage } from './item-text';
import { ResultView } from './ResultView';

type Candidate = PositioningSessionResultsQuery['positioningCandidates'][number];

export interface CandidateCardProps {
  candidate: Candidate;
  companies: { id: string; name: string }[];
  onHandedOver: () => void;
}

export function CandidateCard({ candidate, companies, onHandedOver }: CandidateCardProps) {
  const { t } = useTranslation();
  const { profile } = candidate;
  return (
    <li className="positioning-candidate">
      <h3>{candidate.firstName}</h3>
      <p>
        {isStage(candidate.stage) ? t(`positioning.stage.${candidate.stage}`) : candidate.stage} · {t('positioning.answered', { answered: profile.answered, total: profile.total })}
      </p>
      {candidate.stage === 'completed' && (
        <>
          <ResultView profile={profile} audience="staff" />
          <h4>{t('positioning.path')}</h4>
          {candidate.startingUlos.length === 0 ? (
            <p>{t('positioning.noPath')}</p>
          ) : (
            <ul className="positioning-labels" aria-label={t('positioning.startingUlos')}>
              {candidate.startingUlos.map((ulo) => (
                <li key={ulo.code} className="positioning-label">
                  {ulo.code} · {ulo.title}
                </li>
              ))}
              {candidate.suggestedModules.map((title) => (
                <li key={title} className="positioning-label positioning-label--module">
                  {t('positioning.module', { title })}
                </li>
              ))}
            </ul>
          )}
          {candidate.handedOverAt ? (
            <p className="positioning-done">{t('positioning.handedOver')}</p>
          ) : (
            <HandOverForm candidateId={candidate.id} name={candidate.firstName} companies={companies} onDone={onHandedOver} />
          )}
        </>
      )}
    </li>
  );
}

function HandOverForm({ candidateId, name, companies, onDone }: { candidateId: string; name: string; companies: { id: string; name: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [companyId, setCompanyId] = useState(companies[0]?.id ?? '');
  const [consent, setConsent] = useState(false);
  const [missingConsent, setMissingConsent] = useState(false);
  const handOver = useMutation(HandOverCandidateMutation);
  if (companies.length === 0) return <p>{t('positioning.noCompanies')}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!consent) return setMissingConsent(true);
    if (await handOver.run({ candidateId, companyId })) onDone();
  };
  return (
    <form className="positioning-form" onSubmit={(event) => void submit(event)} noValidate>
      <h4>{t('positioning.handOverTitle', { name })}</h4>
      <div className="text-field">
        <label className="text-field__label" htmlFor={selectId}>
          {t('positioning.company')}
        </label>
        <select id={selectId} className="positioning-select" value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
          {companies.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </select>
      </div>
      <label className="positioning-check">
        <input
          type="checkbox"
          checked={consent}
          aria-invalid={missingConsent || undefined}
          onChange={(e) => {
            setConsent(e.target.checked);
            setMissingConsent(false);
          }}
        />
        <span>{t('positioning.consent', { name })}</span>
      </label>
      {missingConsent && (
        <p className="positioning-error" role="alert">
          {t('positioning.consentRequired')}
        </p>
      )}
      {handOver.error && (
        <p className="positioning-error" role="alert">
          {t('positioning.handOverFailed')}
        </p>
      )}
      <Button type="submit" pending={handOver.pending}>
        {t('positioning.handOver')}
      </Button>
    </form>
  );
}
