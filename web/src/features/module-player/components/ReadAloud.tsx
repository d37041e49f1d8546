// Reads a text aloud with the browser's own speech synthesis, in the language the text is shown in. A device without a
// voice for that language says so: speaking Arabic text with a French voice would be noise, not help.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { languageName } from '../../../ui/formatDay';
import { plainText } from './RichText';

export interface ReadAloudProps {
  text: string;
  lang: string;
  /** The device the notice names when it has no voice: the site tablet, or a candidate's own phone. */
  device?: 'tablet' | 'phone';
}

/** The device's voices, kept current: browsers load them after the page, then fire `voiceschanged`. */
function useVoices(synth: SpeechSynthesis | undefined): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [synth]);
  return voices;
}

/** The first voice speaking the language ("pt" matches "pt-BR" and "pt_PT"). */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const base = lang.toLowerCase().split('-')[0]!;
  return voices.find((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
}

export function ReadAloud({ text, lang, device = 'tablet' }: ReadAloudProps) {
  const { t } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  const voice = voiceFor(useVoices(synth), lang);

  // Leaving the step stops the voice: it would otherwise read the previous screen over the next one.
  useEffect(() => () => synth?.cancel(), [synth, text]);

  if (!synth || !text) return null;
  if (!voice)
    return (
      <p className="read-aloud__none" data-lang={lang}>
        {t(device === 'phone' ? 'player.noVoicePhone' : 'player.noVoice', { language: languageName(lang, t) })}
      </p>
    );
  const handleClick = () => {
    synth.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(plainText(text));
    utterance.lang = lang;
    utterance.voice = voice;
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
