// The reflective sequence on the tablet, with the trainer beside the worker: what was done, learned and hard, in the
// worker's words and language, typed or dictated. Saved to the outbox (works offline), sent by the sync.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkReflection, type ReflectionText } from '@fit/shared';
import type { MyAfestsQuery as MyAfestsResult } from '../../graphql/generated/graphql';
import type { SessionUser } from '../../graphql/session-user';
import { Button } from '../../ui/Button';
import { appOutbox } from '../sync';
import { recordReflection } from './record-afest';
import { TextArea } from './TextArea';
import { useDictation } from './useDictation';

const FIELDS = ['done', 'learned', 'difficulties'] as const;

export function ReflectionForm({ afest, sequenceId, user, onDone }: { afest: MyAfestsResult['myAfests'][number]; sequenceId: string; user: SessionUser; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation();
  // The language the tablet speaks now: the worker's own, or the one they switched to.
  const language = i18n.language;
  const [text, setText] = useState<ReflectionText>({ done: '', learned: '', difficulties: '' });
  const [dictated, setDictated] = useState(false);
  const [problems, setProblems] = useState<ReturnType<typeof checkReflection>>({});
  const [saving, setSaving] = useState(false);
  const dictation = useDictation(language);

  const append = (field: keyof ReflectionText) => (words: string) => {
    setDictated(true);
    setText((prev) => ({ ...prev, [field]: prev[field] ? `${prev[field]} ${words}` : words }));
  };
  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    dictation.stop();
    const found = checkReflection(text);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    await recordReflection(appOutbox(), { userId: user.id, userName: user.displayName }, { afestId: afest.id, sequenceId, trainerId: afest.trainerId, text, dictated, language });
    setSaving(false);
    onDone(true);
  };
  const problemText = (field: keyof ReflectionText) => (problems[field] === 'required' ? t('myAfest.doneRequired') : problems[field] === 'tooLong' ? t('myAfest.tooLong') : undefined);

  return (
    <form noValidate className="afest-form afest-reflection-form" onSubmit={(e) => void handleSubmit(e)}>
      <p className="afest-muted" role="status">
        {!dictation.supported ? t('myAfest.noSpeech') : dictation.failed ? t('myAfest.speechFailed') : dictation.listening ? t('myAfest.listening') : ''}
      </p>
      {FIELDS.map((field) => (
        <TextArea
          key={field}
          label={t(`myAfest.${field}`)}
          hint={field === 'done' ? undefined : t('myAfest.optional')}
          value={text[field]}
          lang={language}
          onChange={(value) => {
            setText((prev) => ({ ...prev, [field]: value }));
            setProblems((prev) => ({ ...prev, [field]: undefined }));
          }}
          error={problemText(field)}
          action={
            dictation.supported && (
              <Button variant="secondary" aria-pressed={dictation.listening === field} onClick={() => (dictation.listening === field ? dictation.stop() : dictation.start(field, append(field)))}>
                {dictation.listening === field ? t('myAfest.stop') : t('myAfest.speak')}
              </Button>
            )
          }
        />
      ))}
      <div className="afest-actions">
        <Button type="submit" pending={saving}>
          {t('myAfest.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('myAfest.cancel')}
        </Button>
      </div>
    </form>
  );
}
