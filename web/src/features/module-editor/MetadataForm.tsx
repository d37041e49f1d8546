// The module's description: title and summary per language, trades, topic, minutes, languages, outcomes, pass mark.
import type { ContentIssue, ModuleContent } from '@fit/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesAt, issuesExactly } from './editorModel';
import { FieldErrors, LocalisedField } from './LocalisedField';
import { ListField } from './ListField';

export interface MetadataFormProps {
  content: ModuleContent;
  issues?: ContentIssue[];
  onChange: (change: Partial<ModuleContent>) => void;
}

export function MetadataForm({ content, issues, onChange }: MetadataFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const main = content.languages[0] ?? 'fr';
  const other = main === 'fr' ? 'en' : 'fr';
  const hasOther = content.languages.includes(other);
  return (
    <section className="editor-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('editor.about')}</h2>
      <LocalisedField
        label={t('editor.title')}
        value={content.title}
        onChange={(title) => onChange({ title })}
        errors={issuesExactly(issues, 'title')}
      />
      <LocalisedField
        label={t('editor.summary')}
        multiline
        value={content.summary}
        onChange={(summary) => onChange({ summary })}
        errors={issuesExactly(issues, 'summary')}
      />
      <div className="editor-grid">
        <ListField
          label={t('editor.trades')}
          hint={t('editor.tradesHint')}
          value={content.trades}
          onChange={(trades) => onChange({ trades })}
          errors={issuesAt(issues, 'trades')}
        />
        <div className="editor-field">
          <label htmlFor={`${id}-topic`} className="editor-field__label">
            {t('editor.topic')}
          </label>
          <p className="editor-field__hint" id={`${id}-topic-hint`}>
            {t('editor.topicHint')}
          </p>
          <FieldErrors errors={issuesExactly(issues, 'topic')} />
          <input
            id={`${id}-topic`}
            aria-describedby={`${id}-topic-hint`}
            className="editor-field__input"
            value={content.topic}
            onChange={(event) => onChange({ topic: event.target.value.trim() })}
          />
        </div>
        <div className="editor-field">
          <label htmlFor={`${id}-minutes`} className="editor-field__label">
            {t('editor.minutes')}
          </label>
          <FieldErrors errors={issuesExactly(issues, 'estimatedMinutes')} />
          <input
            id={`${id}-minutes`}
            type="number"
            min={1}
            max={60}
            className="editor-field__input"
            value={content.estimatedMinutes}
            onChange={(event) => onChange({ estimatedMinutes: Number(event.target.value) })}
          />
        </div>
        <div className="editor-field">
          <label htmlFor={`${id}-pass`} className="editor-field__label">
            {t('editor.passMark')}
          </label>
          <FieldErrors errors={issuesExactly(issues, 'passMark')} />
          <input
            id={`${id}-pass`}
            type="number"
            min={0}
            max={100}
            step={1}
            className="editor-field__input"
            value={Math.round(content.passMark * 100)}
            onChange={(event) => onChange({ passMark: Number(event.target.value) / 100 })}
          />
        </div>
        <div className="editor-field">
          {/* Per version: records keep the rule of the version they were made on. */}
          <label className="editor-check">
            <input
              type="checkbox"
              checked={content.practicalRequiredForAward !== false}
              onChange={(event) => onChange({ practicalRequiredForAward: event.target.checked })}
            />
            {t('editor.practicalRequiredForAward')}
          </label>
          <p className="editor-field__hint">{t('editor.practicalRequiredForAwardHint')}</p>
        </div>
        <ListField
          label={t('editor.outcomes')}
          hint={t('editor.outcomesHint')}
          value={content.outcomes}
          onChange={(outcomes) => onChange({ outcomes })}
          errors={issuesAt(issues, 'outcomes')}
        />
        <div className="editor-field">
          <label htmlFor={`${id}-main`} className="editor-field__label">
            {t('editor.mainLanguage')}
          </label>
          <p className="editor-field__hint" id={`${id}-main-hint`}>
            {t('editor.mainLanguageHint')}
          </p>
          <select
            id={`${id}-main`}
            aria-describedby={`${id}-main-hint`}
            className="editor-field__input"
            value={main}
            onChange={(event) => {
              const next = event.target.value;
              onChange({ languages: [next, ...content.languages.filter((l) => l !== next)] });
            }}
          >
            <option value="fr">{t('language.fr')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
          <label className="editor-check">
            <input
              type="checkbox"
              checked={hasOther}
              onChange={(event) => onChange({ languages: event.target.checked ? [main, other] : [main] })}
            />
            {t('editor.alsoIn', { language: t(`language.${other}`) })}
          </label>
        </div>
      </div>
    </section>
  );
}
