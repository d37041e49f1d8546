// Says which version is being edited and which is live, e.g. "Version 2 (draft) — version 1 is published".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EditorModuleFragment } from '../../../graphql/generated/graphql';

export function VersionBanner({ module }: { module: EditorModuleFragment | undefined }) {
  const { t } = useTranslation();
  if (!module) return <p className="editor-version">{t('editor.versionNew')}</p>;
  const live = module.latestPublished?.version;
  const text = module.draft
    ? live
      ? t('editor.versionDraftOver', { draft: module.draft.version, live })
      : t('editor.versionDraft', { draft: module.draft.version })
    : t('editor.versionLive', { live, next: (live ?? 0) + 1 });
  return (
    <div className="editor-version">
      <p className="editor-version__text" data-testid="version-banner">
        {text}
      </p>
      {module.publishedVersions.length > 0 && (
        <div>
          <h2 className="editor-version__heading">{t('editor.history')}</h2>
          <ul className="editor-version__list">
            {module.publishedVersions.map((v) => (
              <li key={v.id}>
                <Link to={`/play/${v.id}`} className="editor-version__link">
                  {t('editor.playVersion', { version: v.version })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
