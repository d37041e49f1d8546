// What an award rests on, link by link: each module version the worker did (attempts, when), and who validated the
// practical work, where and when. A reader (employer, tender buyer) sees the proof, not just the claim.
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../ui/formatDay';

export interface AwardChainLink {
  moduleId: string;
  moduleTitle?: string | null;
  moduleVersion?: number | null;
  attempts?: number | null;
  passedAt?: string | null;
  completedAt?: string | null;
  validatedAt?: string | null;
  validatedBy?: string | null;
  where?: string | null;
}

export function AwardChain({
  links,
  lang,
  moduleTitle,
}: {
  links: AwardChainLink[];
  lang: string;
  moduleTitle: (id: string) => string | null;
}) {
  const { t } = useTranslation();
  if (!links.length) return null;
  const day = (d: string) => formatDay(d, lang);
  return (
    <details className="passport-evidence passport-chain">
      <summary>{t('passport.chainTitle', { count: links.length })}</summary>
      <ul>
        {links.map((l, i) => {
          // The reader's language when the module is known here; else the title the server recorded.
          const title = moduleTitle(l.moduleId) ?? l.moduleTitle ?? l.moduleId;
          const done = l.passedAt ?? l.completedAt;
          return (
            <li key={`${l.moduleId}-${i}`}>
              <strong>
                {l.moduleVersion ? t('passport.chainModule', { title, version: l.moduleVersion }) : title}
              </strong>
              {done && ` — ${t('passport.chainDone', { date: day(done) })}`}
              {l.attempts ? ` (${t('passport.chainAttempts', { count: l.attempts })})` : ''}
              <br />
              {l.validatedAt && l.validatedBy
                ? `${t('passport.chainValidated', { who: l.validatedBy, date: day(l.validatedAt) })}${l.where ? ` ${t('passport.chainWhere', { where: l.where })}` : ''}`
                : l.validatedAt
                  ? t('passport.validatedOn', { date: day(l.validatedAt) })
                  : t('passport.chainNotValidated')}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
