// The module's description: title and summary per language, trades, topic, minutes, languages, outcomes, pass mark.
import { CONTENT_LANGUAGES, MODULE_TOPICS, MODULE_TRADES, type ContentIssue, type ModuleContent } from '@fit/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../ui/formatDay';
import { topicLabel, tradeLabel } from '../../../ui/vocabulary';
import { issuesAt, issuesExactly } from '../editorModel';
import { FieldErrors, LocalisedField } from './LocalisedField';
import { useUloLabels } from '../../qualifications';
import { UloPicker } from './UloPicker';

export interface MetadataFormProps {
  content: ModuleContent;
  issues?: ContentIssue[];
  onChange: (change: Partial<ModuleContent>) => void;
}

export function MetadataForm({ content, issues, onChange }: MetadataFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const ulos = useUloLabels();
  // Trades and topics are picked by name; a code outside the lists (an imported module's) stays offered as it is.
  const trades = [...MODULE_TRADES, ...content.trades.filter((code) => !(MODULE_TRADES as readonly string[]).includes(code))];
  const topics = [...MODULE_TOPICS, ...(content.topic && !(MODULE_TOPICS as readonly string[]).includes(content.topic) ? [content.topic] : [])];
  const main = content.languages[0] ?? 'fr';
  const translations = CONTENT_LANGUAGES.filter((code) => code !== main);
  // Adding a language keeps the order the tablet offers them in; the main language stays first.
  const toggle = (code: string, on: boolean) =>
    onChange({
      languages: [main, ...translations.filter((l) => (l === code ? on : content.languages.includes(l)))],
    });
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
        <fieldset className="editor-field editor-languages">
          <legend className="editor-field__label">{t('editor.trades')}</legend>
          <p className="editor-field__hint">{t('editor.tradesHint')}</p>
          <FieldErrors errors={issuesAt(issues, 'trades')} />
          {trades.map((code) => (
            <label key={code} className="editor-check">
              <input
                type="checkbox"
                checked={content.trades.includes(code)}
                onChange={(event) =>
                  onChange({ trades: trades.filter((c) => (c === code ? event.target.checked : content.trades.includes(c))) })
                }
              />
              {tradeLabel(code, t)}
            </label>
          ))}
        </fieldset>
        <div className="editor-field">
          <label htmlFor={`${id}-topic`} className="editor-field__label">
            {t('editor.topic')}
          </label>
          <p className="editor-field__hint" id={`${id}-topic-hint`}>
            {t('editor.topicHint')}
          </p>
          <FieldErrors errors={issuesExactly(issues, 'topic')} />
          <select
            id={`${id}-topic`}
            aria-describedby={`${id}-topic-hint`}
            className="editor-field__input"
            value={content.topic}
            onChange={(event) => onChange({ topic: event.target.value })}
          >
            <option value="">{t('editor.chooseTopic')}</option>
            {topics.map((code) => (
              <option key={code} value={code}>
                {topicLabel(code, t)}
              </option>
            ))}
          </select>
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
        <UloPicker labels={ulos} value={content.outcomes} onChange={(outcomes) => onChange({ outcomes })} errors={issuesAt(issues, 'outcomes')} />
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
            {CONTENT_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, t)}
              </option>
            ))}
          </select>
          <fieldset className="editor-languages">
            <legend className="editor-field__label">{t('editor.translations')}</legend>
            {translations.map((code) => (
              <label key={code} className="editor-check">
                <input
                  type="checkbox"
                  checked={content.languages.includes(code)}
                  onChange={(event) => toggle(code, event.target.checked)}
                />
                {t('editor.alsoIn', { language: languageName(code, t) })}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
    </section>
  );
}
