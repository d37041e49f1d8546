// One step on one screen: text with pictograms and read-aloud, media, the BIM step's frame; quiz and task have their own views.
import { isElementsBinding, type BimStep, type ModuleStep, type TextStep } from '@fit/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../../ui/Pictogram';
import { LocalText, usePlayerText } from './LocalText';
import { ReadAloud } from './ReadAloud';

export const mediaUrl = (id: string) => `/media/${encodeURIComponent(id)}`;
/** Pictures come in a tablet-sized copy (≤ 1600 px WebP) made at upload; the original stays on the server. */
export const imageUrl = (id: string, size: 'tablet' | 'thumb' = 'tablet') => `/media/${encodeURIComponent(id)}/${size}`;

export function TextStepView({ step }: { step: TextStep }) {
  const { t } = useTranslation();
  const body = usePlayerText(step.body);
  return (
    <div className="player-text">
      {step.pictograms && step.pictograms.length > 0 && (
        <ul className="player-text__pictograms" aria-label={t('player.pictograms')}>
          {step.pictograms.map((name) => (
            <li key={name}>
              <Pictogram name={name} label={t(`pictograms.${name}`)} />
            </li>
          ))}
        </ul>
      )}
      <div className="player-text__body">
        <LocalText text={step.body} as="div" rich />
        <ReadAloud text={body.text} lang={body.lang ?? 'fr'} />
      </div>
    </div>
  );
}

export function MediaStepView({ step }: { step: Extract<ModuleStep, { kind: 'image' | 'video' | 'audio' }> }) {
  const { t } = useTranslation();
  const alt = usePlayerText(step.kind === 'image' ? step.alt : undefined);
  return (
    <figure className={`player-media player-media--${step.kind}`}>
      {step.kind === 'image' && <img src={imageUrl(step.mediaId)} alt={alt.text} lang={alt.lang ?? undefined} />}
      {step.kind === 'video' && (
        <video src={mediaUrl(step.mediaId)} controls playsInline preload="metadata" aria-label={t('player.video')} />
      )}
      {step.kind === 'audio' && <audio src={mediaUrl(step.mediaId)} controls preload="metadata" aria-label={t('player.audio')} />}
      {(step.kind === 'image' || step.kind === 'video') && (
        <figcaption>
          <LocalText text={step.caption} />
        </figcaption>
      )}
      {(step.kind === 'video' || step.kind === 'audio') && step.transcript && (
        <details className="player-media__transcript">
          <summary>{t('player.transcript')}</summary>
          <LocalText text={step.transcript} as="div" rich />
        </details>
      )}
    </figure>
  );
}

/** `model` is the site's model in 3D (composed by the app); without it, the step says what it is about. */
export function BimStepView({ step, model }: { step: BimStep; model?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="player-bim">
      <LocalText text={step.instructions} />
      {model ?? (
        <>
          <p className="player-bim__placeholder">{t('player.bimPlaceholder')}</p>
          <h3>{t('player.bimElements')}</h3>
          <ul className="player-bim__classes">
            {step.bindings.map((binding, i) => (
              <li key={i}>{isElementsBinding(binding) ? t('bim.step.chosenElements', { count: binding.globalIds.length }) : binding.ifcClass}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
