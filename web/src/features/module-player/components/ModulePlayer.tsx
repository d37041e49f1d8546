// The worker's player: one step per screen, big Back/Next, progress, quiz feedback, task checklist, completion score.
import { scoreQuiz, type BimStep, type ModuleContent } from '@fit/shared';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ProgressBar } from '../../../ui/ProgressBar';
import { Completion } from './Completion';
import { LocalText, PlayerLanguageContext } from './LocalText';
import {
  blockedReason,
  emptyProgress,
  initialOrder,
  loadProgress,
  saveProgress,
  type PlayerEvent,
  type PlayerProgress,
} from '../playerProgress';
import { PracticalStepView } from './PracticalStepView';
import { QuizStepView } from './QuizStepView';
import { BimStepView, MediaStepView, TextStepView } from './StepView';
import './player.css';
import './player-answers.css';

export interface ModulePlayerProps {
  content: ModuleContent;
  /** The language to show: the worker's profile language; texts missing in it fall back visibly. */
  lang: string;
  /** Where progress is saved to resume; none in the editor's preview. */
  storageKey?: string;
  storage?: Storage;
  titleLevel?: 'h1' | 'h2';
  onExit?: () => void;
  /** Receives the learning records of the attempt (none in the editor's preview). */
  onLearning?: (event: PlayerEvent) => void;
  /** Draws a BIM step's model (the app composes the BIM feature in); without it the step lists its elements. */
  renderBimStep?: (step: BimStep, title: string | undefined) => ReactNode;
}

export function ModulePlayer({ content, lang, storageKey, storage, titleLevel = 'h1', onExit, onLearning, renderBimStep }: ModulePlayerProps) {
  const { t } = useTranslation();
  const steps = content.steps;
  const [progress, setProgress] = useState<PlayerProgress>(() => loadProgress(storage, storageKey, steps.length));
  // Photos stay in memory: they are evidence files, too big for localStorage; their upload comes with sync.
  const [photos, setPhotos] = useState<Record<string, File | undefined>>({});
  // Missing texts show in French when the module has it (most workers on French sites read some), else its first language.
  const fallback = content.languages.includes('fr') ? 'fr' : (content.languages[0] ?? lang);
  const Title = titleLevel;

  useEffect(() => saveProgress(storage, storageKey, progress), [storage, storageKey, progress]);

  // An attempt starts once: the ref survives React's double effect run in development.
  const started = useRef(false);
  useEffect(() => {
    if (!onLearning || progress.registration || progress.finished || started.current) return;
    started.current = true;
    const registration = crypto.randomUUID();
    setProgress((p) => ({ ...p, registration, startedAt: new Date().toISOString() }));
    onLearning({ kind: 'started', registration });
  }, [onLearning, progress.registration, progress.finished]);
  const record = (event: DistributiveOmit<PlayerEvent, 'registration'>) => {
    if (onLearning && progress.registration) onLearning({ ...event, registration: progress.registration } as PlayerEvent);
  };

  const step = steps[progress.index];
  const update = (change: Partial<PlayerProgress>) => setProgress((p) => ({ ...p, ...change }));
  const blocked = blockedReason(step, progress, !!(step && photos[step.id]));
  const isLast = progress.index >= steps.length - 1;

  const handleNext = () => {
    if (step?.kind === 'practical' && !progress.recorded?.includes(step.id)) {
      record({ kind: 'practicalDone', stepId: step.id, photo: photos[step.id], ticked: progress.ticks[step.id] ?? [] });
      update({ recorded: [...(progress.recorded ?? []), step.id] });
    }
    if (!isLast) return update({ index: progress.index + 1 });
    const result = scoreQuiz(steps, progress.answers, content.passMark);
    const since = progress.startedAt ? Date.parse(progress.startedAt) : Date.now();
    record({ kind: 'finished', score: result.score, passed: result.passed, durationSeconds: (Date.now() - since) / 1000 });
    setProgress((p) => ({ ...p, finished: true }));
  };
  const handleBack = () => update({ index: Math.max(0, progress.index - 1) });
  const handleRestart = () => {
    setPhotos({});
    started.current = false;
    setProgress(emptyProgress());
  };

  return (
    <PlayerLanguageContext.Provider value={{ lang, fallback }}>
      <section className="player" lang={lang}>
        <header className="player__top">
          <LocalText text={content.title} as={Title} className="player__title" />
          <ProgressBar
            label={progress.finished ? t('player.done') : t('player.stepOf', { current: progress.index + 1, total: steps.length })}
            value={progress.finished ? steps.length : progress.index}
            max={steps.length}
          />
        </header>
        {progress.finished || !step ? (
          <Completion result={scoreQuiz(steps, progress.answers, content.passMark)} passMark={content.passMark} onRestart={handleRestart} onExit={onExit} />
        ) : (
          <>
            <div className="player__step" key={step.id}>
              <h2 className="player__step-title">
                {step.title ? <LocalText text={step.title} as="span" /> : t(`steps.${step.kind}`)}
              </h2>
              {step.kind === 'text' && <TextStepView step={step} />}
              {(step.kind === 'image' || step.kind === 'video' || step.kind === 'audio') && <MediaStepView step={step} />}
              {step.kind === 'quiz' && (
                <QuizStepView
                  step={step}
                  answer={progress.answers[step.id]}
                  checked={progress.checked.includes(step.id)}
                  onAnswer={(ids) => update({ answers: { ...progress.answers, [step.id]: ids } })}
                  onCheck={() => {
                    const answer = progress.answers[step.id] ?? initialOrder(step.question);
                    const success = scoreQuiz([step], { [step.id]: answer }, 1).passed;
                    record({ kind: 'answered', stepId: step.id, response: answer, success });
                    update({ checked: [...progress.checked, step.id], answers: { ...progress.answers, [step.id]: answer } });
                  }}
                />
              )}
              {step.kind === 'practical' && (
                <PracticalStepView
                  step={step}
                  ticked={progress.ticks[step.id] ?? []}
                  onTick={(ids) => update({ ticks: { ...progress.ticks, [step.id]: ids } })}
                  photo={photos[step.id]}
                  onPhoto={(file) => setPhotos((p) => ({ ...p, [step.id]: file }))}
                />
              )}
              {step.kind === 'bim' && <BimStepView step={step} model={renderBimStep?.(step, step.title?.[lang] ?? step.title?.[fallback])} />}
            </div>
            <nav className="player__nav" aria-label={t('player.navigation')}>
              <Button variant="secondary" onClick={handleBack} disabled={progress.index === 0}>
                <span className="player__arrow" aria-hidden="true">←</span>{' '}
                {t('player.back')}
              </Button>
              {blocked && <p className="player__blocked">{t(`player.blocked.${blocked}`)}</p>}
              <Button onClick={handleNext} disabled={!!blocked}>
                {isLast ? t('player.finish') : t('player.next')}
                {' '}<span className="player__arrow" aria-hidden="true">→</span>
              </Button>
            </nav>
          </>
        )}
      </section>
    </PlayerLanguageContext.Provider>
  );
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
