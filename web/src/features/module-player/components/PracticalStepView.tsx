// A practical task on the real site: instructions, a checklist to tick, an optional photo, the trainer's sign-off.
import type { PracticalStep } from '@fit/shared';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PictogramIcon } from '../../../ui/Pictogram';
import { LocalText, usePlayerText } from './LocalText';

export interface PracticalStepViewProps {
  step: PracticalStep;
  ticked: string[];
  onTick: (ids: string[]) => void;
  photo: File | undefined;
  onPhoto: (photo: File | undefined) => void;
}

export function PracticalStepView({ step, ticked, onTick, photo, onPhoto }: PracticalStepViewProps) {
  const { t } = useTranslation();
  const photoId = useId();
  const preview = usePreviewUrl(photo);
  return (
    <div className="player-task">
      <LocalText text={step.instructions} as="div" rich />
      <fieldset className="player-task__checklist">
        <legend>{t('player.checklist', { done: ticked.length, total: step.checklist.length })}</legend>
        {step.checklist.map((item) => (
          <ChecklistRow
            key={item.id}
            label={item.label}
            checked={ticked.includes(item.id)}
            onChange={(on) => onTick(on ? [...ticked, item.id] : ticked.filter((id) => id !== item.id))}
          />
        ))}
      </fieldset>
      <div className="player-task__photo">
        <label htmlFor={photoId} className="button button--secondary file-button">
          <PictogramIcon name="photo" size={36} />
          {photo ? t('player.photoRetake') : step.photoRequired ? t('player.photoRequired') : t('player.photoOptional')}
          {/* The real input lies over the label: one big target, and the camera opens on the tablet. */}
          <input
            id={photoId}
            className="file-button__input"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(event) => onPhoto(event.target.files?.[0] ?? undefined)}
          />
        </label>
        {preview && <img className="player-task__thumb" src={preview} alt={t('player.photoPreview')} />}
      </div>
      {step.signOffRequired && <p className="player-task__signoff">{t('player.signOff')}</p>}
    </div>
  );
}

function ChecklistRow({ label, checked, onChange }: { label: PracticalStep['checklist'][number]['label']; checked: boolean; onChange: (on: boolean) => void }) {
  const shown = usePlayerText(label);
  return (
    <label className={`player-choice${checked ? ' player-choice--chosen' : ''}`}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span lang={shown.lang ?? undefined}>{shown.text}</span>
    </label>
  );
}

// An object URL lives until revoked: tie it to the photo shown, so retaking one frees the previous.
function usePreviewUrl(file: File | undefined): string | undefined {
  const url = useMemo(() => (file && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined), [file]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
