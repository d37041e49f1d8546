// A positioning profile: the trades that fit first, then each trade with what the person wants and already shows.
import { isTradeFamily } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';

export interface ProfileView {
  fits: string[];
  families: { family: string; appetence?: number | null; competence: number }[];
}

export function ResultView({ profile, audience }: { profile: ProfileView; audience: 'candidate' | 'staff' }) {
  const { t } = useTranslation();
  const trade = (family: string) => (isTradeFamily(family) ? t(`candidate.trades.${family}.name`) : family);
  const fitsTitle = audience === 'candidate' ? t('candidate.result.fits') : t('positioning.fits');
  return (
    <div className="positioning-result">
      <h3>{fitsTitle}</h3>
      {profile.fits.length === 0 ? (
        <p>{audience === 'candidate' ? t('candidate.result.noFits') : t('positioning.noFits')}</p>
      ) : (
        <ul className="positioning-fits">
          {profile.fits.map((family) => (
            <li key={family}>{trade(family)}</li>
          ))}
        </ul>
      )}
      <h3>{audience === 'candidate' ? t('candidate.result.profile') : t('positioning.profile')}</h3>
      <ul className="positioning-profile">
        {profile.families.map((f) => (
          <li key={f.family}>
            <h4>{trade(f.family)}</h4>
            {f.appetence === null || f.appetence === undefined ? (
              <p>{t('candidate.result.notRated')}</p>
            ) : (
              <ProgressBar label={t('candidate.result.appetence')} value={f.appetence} />
            )}
            <ProgressBar label={t('candidate.result.competence')} value={f.competence} />
          </li>
        ))}
      </ul>
    </div>
  );
}
