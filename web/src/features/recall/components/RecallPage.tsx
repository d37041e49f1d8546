// Route /recall on the site tablet: up to five due questions of the worker's modules, in their language, read aloud
// on request, answered with big targets; each answer goes to the outbox (synced later) and moves its card on here.
import { localise, scoreQuiz, type SitePackRecallCard } from '@fit/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SessionUser } from '../../../graphql/session-user';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { ProgressBar } from '../../../ui/ProgressBar';
import { PlayerLanguageContext, QuizStepView, ReadAloud } from '../../module-player';
import { appPackDb } from '../../site-pack';
import { appOutbox, useSyncController } from '../../sync';
import { recordRecall } from '../record-recall';
import { useDueRecall } from '../hooks/useDueRecall';
import './recall.css';

export function RecallPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const due = useDueRecall(user.id);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<string[] | undefined>();
  const [checked, setChecked] = useState(false);
  const [remembered, setRemembered] = useState(0);
  const sync = useSyncController();
  const navigate = useNavigate();

  if (!due) return <LoadingState label={t('app.loading')} />;
  if (due.length === 0) {
    return (
      <div className="recall">
        <h1>{t('recall.title')}</h1>
        <EmptyState title={t('recall.noneTitle')}>
          <p>{t('recall.noneBody')}</p>
        </EmptyState>
        <Link className="recall__back" to="/">
          {t('recall.back')}
        </Link>
      </div>
    );
  }
  if (index >= due.length) {
    return (
      <div className="recall">
        <h1>{t('recall.doneTitle')}</h1>
        <p className="recall__score" role="status">
          {t('recall.doneScore', { remembered, total: due.length })}
        </p>
        <p>{t('recall.doneBody')}</p>
        <Button fullWidth onClick={() => void navigate('/')}>
          {t('recall.back')}
        </Button>
      </div>
    );
  }

  const card: SitePackRecallCard = due[index]!;
  const step = card.question;
  const fallback = Object.keys(step.question.prompt)[0] ?? user.language;
  const prompt = localise(step.question.prompt, user.language, fallback);
  const options = step.question.options.map((o) => localise(o.label, user.language, fallback).text).filter(Boolean);
  const title = localise(card.moduleTitle, user.language, fallback);

  const handleCheck = async () => {
    const given = answer ?? [];
    const correct = scoreQuiz([step], { [step.id]: given }, 1).passed;
    await recordRecall(appOutbox(), appPackDb(), card, {
      userId: user.id,
      userName: user.displayName,
      response: given,
      correct,
      at: new Date().toISOString(),
      language: user.language,
    });
    sync?.changed();
    if (correct) setRemembered((n) => n + 1);
    setChecked(true);
  };
  const handleNext = () => {
    setIndex((i) => i + 1);
    setAnswer(undefined);
    setChecked(false);
  };

  return (
    <PlayerLanguageContext.Provider value={{ lang: user.language, fallback }}>
      <div className="recall" lang={user.language}>
        <header className="recall__top">
          <h1>{t('recall.title')}</h1>
          <ProgressBar label={t('recall.questionOf', { current: index + 1, total: due.length })} value={index} max={due.length} />
          <p className="recall__module" lang={title.lang ?? undefined}>
            {t('recall.fromModule')} <strong>{title.text}</strong>
          </p>
        </header>
        <ReadAloud text={[prompt.text, ...options].join('. ')} lang={prompt.lang ?? user.language} />
        <QuizStepView key={card.activityId} step={step} answer={answer} checked={checked} onAnswer={setAnswer} onCheck={() => void handleCheck()} />
        {checked && (
          <Button fullWidth onClick={handleNext}>
            {index + 1 < due.length ? t('recall.next') : t('recall.finish')}
          </Button>
        )}
      </div>
    </PlayerLanguageContext.Provider>
  );
}
