// The end of a module: the quiz score, pass or fail against the module's pass mark, and where to go next.
import type { QuizScore } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

export interface CompletionProps {
  result: QuizScore;
  passMark: number;
  onRestart: () => void;
  onExit?: () => void;
}

export const percent = (share: number) => Math.round(share * 100);

export function Completion({ result, passMark, onRestart, onExit }: CompletionProps) {
  const { t } = useTranslation();
  const right = result.perQuestion.filter((q) => q.correct).length;
  const total = result.perQuestion.length;
  return (
    <div className={`player-done player-done--${result.passed ? 'passed' : 'failed'}`}>
      <h2>{t('player.completeTitle')}</h2>
      {total > 0 ? (
        <>
          <p className="player-done__score" data-testid="player-score">
            {t('player.score', { score: percent(result.score) })}
          </p>
          <p>{t('player.rightCount', { count: right, total })}</p>
          <p className="player-done__verdict">
            <span aria-hidden="true">{result.passed ? '✔ ' : '✖ '}</span>
            {result.passed ? t('player.passed') : t('player.failed', { passMark: percent(passMark) })}
          </p>
        </>
      ) : (
        <p>{t('player.noQuiz')}</p>
      )}
      <div className="player-done__actions">
        <Button variant="secondary" onClick={onRestart}>
          {t('player.restart')}
        </Button>
        {onExit && <Button onClick={onExit}>{t('player.exit')}</Button>}
      </div>
    </div>
  );
}
