// An AFEST's record as staff read it: positioning, work sequences with the worker's reflections, evaluation,
// signatures and notes added after the lock.
import { useTranslation } from 'react-i18next';
import type { AfestFieldsFragment } from '../../graphql/generated/graphql';
import { formatDay } from '../../ui/formatDay';
import { uloLabel } from './afestFiles';

export function AfestRecord({ afest }: { afest: AfestFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const day = (d: string) => formatDay(new Date(d).toLocaleDateString('en-CA'), lang);
  return (
    <>
      <section aria-labelledby="afest-positioning" className="afest-section">
        <h2 id="afest-positioning">{t('afest.positioningTitle')}</h2>
        <p className="afest-label">{t('afest.heldLabel')}</p>
        {afest.heldUlos.length ? (
          <ul className="afest-ulos">
            {afest.heldUlos.map((u) => (
              <li key={u.code} className="afest-ulo">
                {uloLabel(u, lang)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="afest-muted">{t('afest.noneHeld')}</p>
        )}
        <p className="afest-label">{t('afest.targetLabel')}</p>
        <ul className="afest-ulos">
          {afest.targetUlos.map((code) => (
            <li key={code} className="afest-ulo afest-ulo--target">
              {code}
            </li>
          ))}
        </ul>
        <p className="afest-label">{t('afest.noteLabel')}</p>
        <p>{afest.positioningNote}</p>
      </section>

      <section aria-labelledby="afest-sequences" className="afest-section">
        <h2 id="afest-sequences">{t('afest.sequencesTitle')}</h2>
        {afest.sequences.length === 0 && <p className="afest-muted">{t('afest.noSequences')}</p>}
        <ol className="afest-sequences">
          {afest.sequences.map((s) => (
            <li key={s.id} className="afest-sequence">
              <h3>{s.activity}</h3>
              <p>
                {t('afest.plannedOn', { date: formatDay(s.plannedOn, lang) })} · {t('afest.minutes', { n: s.plannedMinutes })}
                {s.moduleTitle && ` · ${s.moduleTitle}`}
                {s.siteName && ` · ${s.siteName}`}
              </p>
              {s.reflections.map((r) => (
                <blockquote key={r.id} className="afest-reflection">
                  <p className="afest-muted">
                    {day(r.recordedAt)}
                    {r.dictated && ` · ${t('afest.dictated')}`}
                    {r.afterLock && ` · ${t('afest.afterLock')}`}
                  </p>
                  <dl className="afest-words">
                    <dt>{t('afest.done')}</dt>
                    <dd>{r.done}</dd>
                    {r.learned && (
                      <>
                        <dt>{t('afest.learned')}</dt>
                        <dd>{r.learned}</dd>
                      </>
                    )}
                    {r.difficulties && (
                      <>
                        <dt>{t('afest.difficulties')}</dt>
                        <dd>{r.difficulties}</dd>
                      </>
                    )}
                  </dl>
                </blockquote>
              ))}
            </li>
          ))}
        </ol>
        {afest.sequences.length > 0 && afest.sequences.every((s) => s.reflections.length === 0) && <p className="afest-muted">{t('afest.noReflection')}</p>}
      </section>

      <section aria-labelledby="afest-evaluation" className="afest-section">
        <h2 id="afest-evaluation">{t('afest.evaluationTitle')}</h2>
        {afest.evaluations.length === 0 && <p className="afest-muted">{t('afest.noEvaluation')}</p>}
        <ul className="afest-plain-list">
          {afest.evaluations.map((e) => (
            <li key={e.statementId}>
              <strong>{t(`afest.review_${e.review}`, { defaultValue: e.review })}</strong>
              {e.reviewedBy && ` ${t('afest.reviewedBy', { name: e.reviewedBy })}`} · {e.moduleTitle} · {day(e.reviewedAt ?? e.submittedAt)}
              {e.reviewComment && <p className="afest-muted">{e.reviewComment}</p>}
            </li>
          ))}
        </ul>
      </section>

      {afest.additions.length > 0 && (
        <section aria-labelledby="afest-notes" className="afest-section">
          <h2 id="afest-notes">{t('afest.notesTitle')}</h2>
          <ul className="afest-plain-list">
            {afest.additions.map((n) => (
              <li key={n.id}>
                <strong>{n.reason}</strong> — {n.note} <span className="afest-muted">({n.authorName}, {day(n.createdAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
