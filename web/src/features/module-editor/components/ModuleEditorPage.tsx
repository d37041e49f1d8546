// Routes /modules/new and /modules/:id/edit: the trainer writes a module, checks it, previews it, saves and publishes.
import { incompleteLanguages, missingTranslations, type ContentIssue, type ModuleContent } from '@fit/shared';
import { validateModuleContent } from '@fit/shared/validation';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isOfflineError } from '../../../graphql/client';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { languageName } from '../../../ui/formatDay';
import { LoadingState } from '../../../ui/LoadingState';
import { EditorLanguageContext } from './LocalisedField';
import { MetadataForm } from './MetadataForm';
import { inLanguage } from '../issue-text';
import { StepList } from './StepList';
import { useModuleDraft } from '../hooks/useModuleDraft';
import { VersionBanner } from './VersionBanner';
import './editor.css';
import './editor-fields.css';

export interface ModuleEditorPageProps {
  /** Draws the worker's player for the preview (the same component the tablet runs), in the given language. */
  renderPreview: (content: ModuleContent, lang: string) => ReactNode;
}

type Notice = { tone: 'ok' | 'error'; text: string };

// The preview and the publish confirmation open below a long editor: bring them to where the trainer is looking, and
// move focus into them so keyboard and screen-reader users land there too.
function bringIntoView(element: HTMLElement | null): void {
  if (!element) return;
  element.scrollIntoView({ block: 'start', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

export function ModuleEditorPage({ renderPreview }: ModuleEditorPageProps) {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const draft = useModuleDraft(id);
  const { content, setContent, module } = draft;
  const [chosenLang, setLang] = useState('fr');
  const [issues, setIssues] = useState<ContentIssue[]>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState<'save' | 'publish'>();
  const [confirmPublish, setConfirmPublish] = useState(false);
  const [previewing, setPreviewing] = useState(false);

  if (draft.status === 'loading') return <LoadingState label={t('app.loading')} />;
  if (draft.status === 'load-failed') {
    return <ErrorState title={t('errors.title')} message={t('errors.unexpected')} retryLabel={t('app.retry')} onRetry={draft.retry} />;
  }

  const missing = missingTranslations(content);
  // The check names problems by code; each is shown in the author's language, next to its field and in the list.
  const shown = inLanguage(issues, t);
  // The tab edited: one of the module's languages (a language just removed sends the author back to the main one).
  const lang = content.languages.includes(chosenLang) ? chosenLang : (content.languages[0] ?? 'fr');
  // The main language is the fallback: texts missing there are errors the check reports, not a translation gap.
  const incomplete = incompleteLanguages(content).filter((entry) => entry.lang !== content.languages[0]);
  const change = (next: Partial<ModuleContent>) => {
    const updated = { ...content, ...next };
    setContent(updated);
    // Once problems are shown, they follow the edits, so a fixed field loses its message at once.
    if (issues) setIssues(check(updated, false));
  };
  const failed = (error: unknown) =>
    setNotice({ tone: 'error', text: isOfflineError(error) ? t('editor.offline') : error instanceof Error ? error.message : t('errors.unexpected') });

  const handleSave = async () => {
    const found = check(content, false);
    setIssues(found);
    if (found.length) return setNotice({ tone: 'error', text: t('editor.fixFirst', { count: found.length }) });
    setBusy('save');
    try {
      const saved = await draft.save();
      setNotice({ tone: 'ok', text: t('editor.saved', { version: saved.draft?.version ?? 1 }) });
      if (!id) navigate(`/modules/${saved.id}/edit`, { replace: true });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(undefined);
    }
  };

  // `edited`: the content without the languages the author chose to stop claiming at publish.
  const handlePublish = async (edited: ModuleContent = content) => {
    setConfirmPublish(false);
    if (edited !== content) setContent(edited);
    const found = check(edited, true);
    setIssues(found);
    if (found.length) return setNotice({ tone: 'error', text: t('editor.fixFirst', { count: found.length }) });
    setBusy('publish');
    try {
      const published = await draft.publish(edited);
      setNotice({ tone: 'ok', text: t('editor.published', { version: published.latestPublished?.version ?? 1 }) });
      if (!id) navigate(`/modules/${published.id}/edit`, { replace: true });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <EditorLanguageContext.Provider value={{ lang, languages: content.languages }}>
      <div className="editor">
        <Link to="/modules" className="editor__back">
          ← {t('catalogue.title')}
        </Link>
        <h1>{id ? t('editor.editTitle') : t('editor.newTitle')}</h1>
        <VersionBanner module={module} />
        <div className="editor-tabs" role="group" aria-label={t('editor.editLanguage')}>
          {content.languages.map((code) => {
            const count = missing.filter((m) => m.lang === code).length;
            return (
              <Button key={code} variant={lang === code ? 'primary' : 'secondary'} aria-pressed={lang === code} onClick={() => setLang(code)}>
                {languageName(code, t)}
                {count > 0 && <span className="editor-tabs__missing"> · {t('editor.missingCount', { count })}</span>}
              </Button>
            );
          })}
        </div>
        <MetadataForm content={content} issues={shown} onChange={change} />
        <StepList steps={content.steps} issues={shown} onChange={(steps) => change({ steps })} />
        {shown && shown.length > 0 && (
          <details className="editor-issues" open>
            <summary>{t('editor.fixFirst', { count: shown.length })}</summary>
            <ul>
              {shown.map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          </details>
        )}
        {previewing && (
          <section className="editor-preview" aria-labelledby="preview-heading" ref={bringIntoView} tabIndex={-1}>
            <h2 id="preview-heading">{t('editor.previewTitle', { language: languageName(lang, t) })}</h2>
            <div className="editor-preview__frame">{renderPreview(content, lang)}</div>
          </section>
        )}
        {notice && (
          <p className={`editor-notice editor-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        )}
        {confirmPublish && (
          <div className="editor-confirm" role="alertdialog" aria-label={t('editor.publishConfirmTitle')} ref={bringIntoView} tabIndex={-1}>
            <p>{t('editor.publishConfirm', { version: (module?.draft?.version ?? (module?.latestPublished?.version ?? 0) + 1) })}</p>
            {incomplete.length > 0 ? (
              <>
                {/* A language the module claims but does not fully speak: say so before it reaches a tablet. */}
                <ul className="editor-confirm__missing">
                  {incomplete.map(({ lang: code, missing: count }) => (
                    <li key={code}>{t('editor.publishMissing', { count, language: languageName(code, t) })}</li>
                  ))}
                </ul>
                <Button
                  onClick={() => {
                    const dropped = new Set(incomplete.map((entry) => entry.lang));
                    void handlePublish({ ...content, languages: content.languages.filter((l) => !dropped.has(l)) });
                  }}
                >
                  {t('editor.publishWithout', { languages: incomplete.map((entry) => languageName(entry.lang, t)).join(', ') })}
                </Button>
                <Button variant="secondary" onClick={() => void handlePublish()}>
                  {t('editor.publishAnyway')}
                </Button>
              </>
            ) : (
              <Button onClick={() => void handlePublish()}>{t('editor.publishYes')}</Button>
            )}
            <Button variant="secondary" onClick={() => setConfirmPublish(false)}>
              {t('editor.deleteNo')}
            </Button>
          </div>
        )}
        <div className="editor-actions">
          <Button variant="secondary" onClick={() => setPreviewing((p) => !p)} aria-expanded={previewing}>
            {previewing ? t('editor.closePreview') : t('editor.preview')}
          </Button>
          <Button variant="secondary" onClick={handleSave} pending={busy === 'save'} disabled={!!busy}>
            {t('editor.saveDraft')}
          </Button>
          <Button onClick={() => setConfirmPublish(true)} pending={busy === 'publish'} disabled={!!busy}>
            {t('editor.publish')}
          </Button>
        </div>
      </div>
    </EditorLanguageContext.Provider>
  );
}

function check(content: ModuleContent, forPublish: boolean): ContentIssue[] {
  const result = validateModuleContent(content, { forPublish });
  return result.ok ? [] : result.issues;
}
