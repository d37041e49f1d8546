// Second tablet screen: the chosen worker types their PIN; wrong tries count down, five lock them out for a while.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import type { LoginPayload } from '../../graphql/session-user';
import { PinPad } from './PinPad';
import { pinErrorFeedback, type SignInFeedback } from './signInError';
import { PinLoginMutation } from './tablet.queries';
import './tablet.css';

export interface PinSignInProps {
  onSignedIn: (payload: LoginPayload) => void;
}

export function PinSignIn({ onSignedIn }: PinSignInProps) {
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
      const count = wrong + 1;
      setWrong(count);
      setFeedback(pinErrorFeedback(error, count, t));
      // A short buzz tells a gloved hand the PIN was refused, even in site noise.
      navigator.vibrate?.(200);
      setPending(false);
    }
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
        labels={{ dots: (count) => t('tablet.pin.dots', { count, total: 4 }), erase: t('tablet.pin.erase'), clear: t('tablet.pin.clear') }}
      />
      <Link className="tablet__back" to="/tablet">
        {t('tablet.pin.notMe')}
      </Link>
    </div>
  );
}
