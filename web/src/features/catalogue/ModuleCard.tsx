// One module in the catalogue: title in the reader's language (or flagged fallback), minutes, trades, versions, actions.
import { completeLanguages, type ModuleContent } from '@fit/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogueQuery } from '../../graphql/generated/graphql';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { Button } from '../../ui/Button';
import { languageName as nameOf } from '../../ui/formatDay';
import { tradeLabel } from '../../ui/vocabulary';
import { downloadPackage } from './packages';

export type CatalogueModule = CatalogueQuery['modules'][number];

export function ModuleCard({ module, canEdit, canAssign }: { module: CatalogueModule; canEdit: boolean; canAssign: boolean }) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const [exportFailed, setExportFailed] = useState(false);
  const shown = module.latestPublished ?? module.draft;
  const title = shown?.title;
  const content = module.latestPublished?.content as ModuleContent | undefined;
  const languageName = (code: string | null | undefined) => nameOf(code, t);

  return (
    <li className="catalogue-card">
      <h3 className="catalogue-card__title" lang={title?.lang ?? undefined}>
        {title?.text || module.slug}
      </h3>
      {title?.fellBack && <p className="fallback-badge">{t('catalogue.fellBack', { language: languageName(title.lang) })}</p>}
      <dl className="catalogue-card__facts">
        {content && (
          <>
            <dt>{t('catalogue.minutes')}</dt>
            <dd>{t('catalogue.minutesValue', { count: content.estimatedMinutes })}</dd>
            <dt>{t('catalogue.trades')}</dt>
            <dd>{content.trades.map((code) => tradeLabel(code, t)).join(', ')}</dd>
            <dt>{t('catalogue.languages')}</dt>
            {/* Only languages with every text written: a half-translated module is not offered in that language. */}
            <dd>{completeLanguages(content).map(languageName).join(', ')}</dd>
          </>
        )}
        <dt>{t('catalogue.version')}</dt>
        <dd data-testid="card-version">
          {module.latestPublished ? t('catalogue.versionPublished', { version: module.latestPublished.version }) : t('catalogue.notPublished')}
          {module.draft && ` · ${t('catalogue.versionDraft', { version: module.draft.version })}`}
        </dd>
      </dl>
      <div className="catalogue-card__actions">
        {module.latestPublished && (
          <Link className="catalogue-card__link" to={`/play/${module.latestPublished.id}`}>
            {t('catalogue.play')}
          </Link>
        )}
        {canAssign && module.latestPublished && (
          <Link
            className="catalogue-card__link"
            to={`/assign?version=${module.latestPublished.id}`}
            aria-label={t('assign.actionFor', { title: title?.text || module.slug })}
          >
            {t('assign.action')}
          </Link>
        )}
        {canEdit && (
          <Link className="catalogue-card__link" to={`/modules/${module.id}/edit`}>
            {t('catalogue.edit')}
          </Link>
        )}
        {canEdit &&
          module.publishedVersions.map((v) => (
            <Button
              key={v.id}
              variant="secondary"
              onClick={() => client.token().then((token) => downloadPackage(v.id, token)).then(() => setExportFailed(false), () => setExportFailed(true))}
            >
              {t('catalogue.export', { version: v.version })}
            </Button>
          ))}
      </div>
      {exportFailed && <p role="alert" className="catalogue-import__error">{t('catalogue.exportFailed')}</p>}
    </li>
  );
}
