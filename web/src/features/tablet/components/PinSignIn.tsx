// Second tablet screen: the chosen worker types their PIN; wrong tries count down, five lock them out for a while.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Session } from '../../../app/session-store';
import { isOfflineError } from '../../../graphql/client';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { rememberOfflinePin, signInOffline, appPackDb, type OfflineAnswers } from '../../site-pack';
import type { LoginPayload } from '../../../graphql/session-user';
import { PIN_LENGTH, PinPad } from './PinPad';
import { pinErrorFeedback, type SignInFeedback } from '../signInError';
import { PinLoginMutation } from '../api/tablet.queries';
import './tablet.css';

export interface PinSignInProps {
  onSignedIn: (payload: LoginPayload) => void;
  /** Signed in without network, from the site pack: the session and the saved answers its screens read. */
  onOfflineSignIn: (session: Session, answers: OfflineAnswers) => void | Promise<void>;
}

export function PinSignIn({ onSignedIn, onOfflineSignIn }: PinSignInProps) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const { workerId = '' } = useParams();
  const name = (useLocation().state as { name?: string } | null)?.name;
  const [pending, setPending] = useState(false);
  const [wrong, setWrong] = useState(0);
  const [feedback, setFeedback] = useState<SignInFeedback | null>(null);

  const handleComplete = async (pin: string) => {
    setPending(true);
    try {
      const data = await client.request(PinLoginMutation, { workerId, pin });
      onSignedIn(data.pinLogin);
    } catch (error) {
      if (isOfflineError(error) && (await handleOffline(pin))) return;
      const count = wrong + 1;
      setWrong(count);
      setFeedback(pinErrorFeedback(error, count, t));
      // A short buzz tells a gloved hand the PIN was refused, even in site noise.
      navigator.vibrate?.(200);
      setPending(false);
    }
  };

  /** No network: the pack's roster checks the PIN. False when the pack cannot (none, or this worker not in it). */
  const handleOffline = async (pin: string): Promise<boolean> => {
    const result = await signInOffline(appPackDb(), workerId, pin).catch(() => ({ status: 'unavailable' as const }));
    if (result.status === 'unavailable') return false;
    if (result.status === 'signedIn') {
      rememberOfflinePin(workerId, pin);
      await onOfflineSignIn(result.session, result.answers);
      return true;
    }
    setWrong((n) => n + 1);
    setFeedback(
      result.status === 'locked'
        ? { message: t('tablet.pin.lockedOffline', { count: result.minutes }), locked: true }
        : result.status === 'noPin'
          ? { message: t('tablet.pin.noPin'), locked: false }
          : { message: t('tablet.pin.wrong', { count: Math.max(1, result.triesLeft) }), locked: false },
    );
    navigator.vibrate?.(200);
    setPending(false);
    return true;
  };

  return (
    <div className="tablet tablet--pin">
      <h1>{name ? t('tablet.pin.titleNamed', { name }) : t('tablet.pin.title')}</h1>
      <p className="tablet__lead">{t('tablet.pin.lead')}</p>
      {/* Always present, so screen readers announce each new message as it replaces the last. */}
      <div role="alert" aria-atomic="true" className="tablet__feedback-slot">
        {feedback && (
          <p className={feedback.locked ? 'tablet__feedback tablet__feedback--locked' : 'tablet__feedback'}>
            {feedback.message}
          </p>
        )}
      </div>
      <PinPad
        onComplete={(pin) => void handleComplete(pin)}
        disabled={pending || feedback?.locked === true}
        resetKey={wrong}
        labels={{
          dots: (count) => t('tablet.pin.dots', { count, total: PIN_LENGTH }),
          erase: t('tablet.pin.erase'),
          clear: t('tablet.pin.clear'),
          submit: t('tablet.pin.submit'),
        }}
      />
      <Link className="tablet__back" to="/tablet">
        {t('tablet.pin.notMe')}
      </Link>
    </div>
  );
}
