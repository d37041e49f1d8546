// One positioning item on a phone: the drawing, the question with read-aloud, and big answer buttons. A tap answers
// at once (saved by the caller); the order items number the cards in the order they are tapped.
import type { PositioningItem } from '@fit/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloud } from '../module-player';
import { Button } from '../../ui/Button';
import { hasItemPicture, ItemPicture, isSceneItem, SceneOption } from './item-pictures';
import { NUMBER_OPTIONS, SHOWN_STEP_ORDER } from './item-options';
import { TradePicture } from './trade-pictures';
import { itemText } from './item-text';

export interface ItemViewProps {
  item: PositioningItem;
  lang: string;
  pending: boolean;
  onAnswer: (value: number[]) => void;
}

/** The appetence scale from "yes, a lot" down, as the buttons read top to bottom. */
const SCALE = [3, 2, 1, 0] as const;

export function ItemView({ item, lang, pending, onAnswer }: ItemViewProps) {
  const { t } = useTranslation();
  if (item.kind === 'appetence') {
    const name = t(`candidate.trades.${item.family}.name`);
    const description = t(`candidate.trades.${item.family}.description`);
    const question = t('candidate.likeQuestion');
    return (
      <div className="positioning-item">
        <TradePicture family={item.family} label={description} />
        <h2 className="positioning-item__title">{name}</h2>
        <p>{description}</p>
        <p className="positioning-item__question">{question}</p>
        <ReadAloud text={`${name}. ${description} ${question}`} lang={lang} device="phone" />
        <div className="positioning-answers positioning-answers--scale">
          {SCALE.map((value) => (
            <button key={value} type="button" className={`positioning-answer positioning-answer--scale-${value}`} disabled={pending} onClick={() => onAnswer([value])}>
              {t(`candidate.scale.${value}`)}
            </button>
          ))}
        </div>
      </div>
    );
  }
  const question = itemText(t, item.id, 'question');
  if (item.kind === 'order') return <OrderView key={item.id} itemId={item.id} question={question} lang={lang} pending={pending} onAnswer={onAnswer} />;
  const numbers = NUMBER_OPTIONS[item.id];
  return (
    <div className="positioning-item">
      {hasItemPicture(item.id) && <ItemPicture itemId={item.id} label={itemText(t, item.id, 'picture')} />}
      <p className="positioning-item__question">{question}</p>
      <ReadAloud text={question} lang={lang} device="phone" />
      <div className={`positioning-answers${isSceneItem(item.id) ? ' positioning-answers--scenes' : ''}`}>
        {Array.from({ length: item.options }, (_, option) => (
          <button key={option} type="button" className="positioning-answer" disabled={pending} onClick={() => onAnswer([option])}>
            {isSceneItem(item.id) ? (
              <>
                <SceneOption itemId={item.id} option={option} />
                <span>{itemText(t, item.id, `options.${option}`)}</span>
              </>
            ) : (
              numberLabel(numbers!.values[option]!, numbers!.unit, lang, (number) => t('candidate.panels', { number }))
            )}
          </button>
        ))}
      </div>
    </div>
  );
}

function numberLabel(value: number, unit: string, lang: string, panels: (number: string) => string): string {
  const number = new Intl.NumberFormat(lang).format(value);
  return unit === 'panels' ? panels(number) : `${number} ${unit}`;
}

function OrderView({ itemId, question, lang, pending, onAnswer }: { itemId: string; question: string; lang: string; pending: boolean; onAnswer: (value: number[]) => void }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<number[]>([]);
  const shown = SHOWN_STEP_ORDER[itemId]!;
  const complete = picked.length === shown.length;
  return (
    <div className="positioning-item">
      <p className="positioning-item__question">{question}</p>
      <ReadAloud text={question} lang={lang} device="phone" />
      <p className="positioning-item__help">{t('candidate.orderHelp')}</p>
      <ol className="positioning-steps" aria-label={question}>
        {shown.map((step) => {
          const rank = picked.indexOf(step);
          return (
            <li key={step}>
              <button
                type="button"
                className="positioning-step"
                aria-pressed={rank >= 0}
                disabled={pending || rank >= 0}
                onClick={() => setPicked([...picked, step])}
              >
                <span className="positioning-step__rank" aria-hidden="true">
                  {rank >= 0 ? rank + 1 : ''}
                </span>
                <span>{itemText(t, itemId, `steps.${step}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="positioning-actions">
        <Button variant="secondary" onClick={() => setPicked([])} disabled={picked.length === 0 || pending}>
          {t('candidate.orderRestart')}
        </Button>
        <Button onClick={() => onAnswer(picked)} disabled={!complete} pending={pending}>
          {t('candidate.orderConfirm')}
        </Button>
      </div>
    </div>
  );
}
