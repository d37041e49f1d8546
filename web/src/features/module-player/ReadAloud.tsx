// Reads a text aloud with the browser's own speech synthesis, in the language the text is shown in.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { plainText } from './RichText';

export interface ReadAloudProps {
  text: string;
  lang: string;
}

export function ReadAloud({ text, lang }: ReadAloudProps) {
  const { t } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

  // Leaving the step stops the voice: it would otherwise read the previous screen over the next one.
  useEffect(() => () => synth?.cancel(), [synth, text]);

  if (!synth || !text) return null;
  const handleClick = () => {
    synth.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(plainText(text));
    utterance.lang = lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };
  return (
    <Button variant="secondary" onClick={handleClick} aria-pressed={speaking} data-lang={lang}>
      {speaking ? t('player.stopReading') : t('player.readAloud')}
    </Button>
  );
}
