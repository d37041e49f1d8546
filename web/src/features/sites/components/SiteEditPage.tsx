// Edit a site's details, or close it when the works are over.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation } from '../../../graphql/useMutation';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { BackLink } from '../../../ui/BackLink';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { CloseSiteSection } from './CloseSiteSection';
import { SiteForm } from './SiteForm';
import { draftOf, serverFieldError } from '../siteDraft';
import { siteErrorText } from '../siteErrors';
import { SiteListQuery, UpdateSiteMutation } from '../api/sites.queries';
import './sites.css';

export function SiteEditPage() {
  const { t } = useTranslation();
  const { siteId = '' } = useParams();
  const query = useGraphQLQuery(SiteListQuery, { status: null });
  const update = useMutation(UpdateSiteMutation, { invalidates: [SiteListQuery] });
  const [saved, setSaved] = useState(false);

  return (
    <div className="sites-page">
      <BackLink to={`/sites/${siteId}`}>{t('sites.backToSite')}</BackLink>
      <QueryStates query={query}>
        {({ sites }) => {
          const site = sites.find((s) => s.id === siteId);
          if (!site) {
            return (
              <EmptyState title={t('sites.errors.notFound')}>
                <p>{t('sites.notFoundBody')}</p>
              </EmptyState>
            );
          }
          return (
            <>
              <h1>{t('sites.editTitle', { name: site.name })}</h1>
              <SiteForm
                key={site.id}
                initial={draftOf(site)}
                submitLabel={t('sites.saveSubmit')}
                pending={update.pending}
                serverErrors={serverFieldError(update.details)}
                serverMessage={siteErrorText(update, t)}
                onSubmit={async (input) => {
                  setSaved(false);
                  if (await update.run({ id: site.id, input })) {
                    setSaved(true);
                  }
                }}
              />
              <p className="sites-saved" role="status">
                {saved ? t('sites.saved') : ''}
              </p>
              <CloseSiteSection site={site} onClosed={query.retry} />
            </>
          );
        }}
      </QueryStates>
    </div>
  );
}
