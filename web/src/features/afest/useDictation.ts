// Dictation with the browser's speech recognition (Web Speech API), where the tablet has it: the worker speaks, the
// words land in the field. Where it is missing (or refused), `supported` is false and the screen says so.
import { useCallback, useEffect, useRef, useState } from 'react';

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
  resultIndex: number;
}
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((e: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

/** The constructor the browser offers (standard or prefixed), or null. */
export function speechRecognition(win: object = window): RecognitionConstructor | null {
  const w = win as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** BCP 47 tags speech services know for the worker languages. */
const SPEECH_LANG: Record<string, string> = { fr: 'fr-FR', en: 'en-GB', pt: 'pt-PT', es: 'es-ES', ro: 'ro-RO', ar: 'ar' };

export function useDictation(language: string) {
  const Ctor = speechRecognition();
  const [listening, setListening] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const current = useRef<Recognition | null>(null);

  const stop = useCallback(() => {
    current.current?.stop();
  }, []);

  const start = useCallback(
    (field: string, onText: (text: string) => void) => {
      if (!Ctor) return;
      current.current?.stop();
      const r = new Ctor();
      r.lang = SPEECH_LANG[language] ?? language;
      r.continuous = true;
      r.interimResults = false;
      r.onresult = (e) => {
        for (let i = e.resultIndex; i < e.results.length; i++) if (e.results[i]!.isFinal) onText(e.results[i]![0]!.transcript.trim());
      };
      r.onerror = () => setFailed(true);
      r.onend = () => setListening(null);
      current.current = r;
      setFailed(false);
      setListening(field);
      r.start();
    },
    [Ctor, language],
  );

  useEffect(() => () => current.current?.stop(), []);
  return { supported: !!Ctor, listening, failed, start, stop };
}
