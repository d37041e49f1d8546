// Closing a site at the end of the works, after a second tap: its tablets stop, its open assignments end, its
// records stay readable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteFieldsFragment } from '../../../graphql/generated/graphql';
import { useMutation } from '../../../graphql/useMutation';
import { Button } from '../../../ui/Button';
import { formatSiteDay } from '../formatDay';
import { siteErrorText } from '../siteErrors';
import { CloseSiteMutation } from '../api/sites.queries';

export function CloseSiteSection({ site, onClosed }: { site: SiteFieldsFragment; onClosed: () => void }) {
  const { t, i18n } = useTranslation();
  const close = useMutation(CloseSiteMutation);
  const [confirming, setConfirming] = useState(false);
  const error = siteErrorText(close, t);

  return (
    <section className="sites-section" aria-labelledby="close-site-heading">
      <h2 id="close-site-heading">{t('sites.close.heading')}</h2>
      {site.status === 'closed' ? (
        <p role="status">{t('sites.close.done', { date: site.closedAt ? formatSiteDay(String(site.closedAt), i18n.language) : '' })}</p>
      ) : (
        <>
          <p>{t('sites.close.explain')}</p>
          {confirming ? (
            <div className="sites-confirm">
              <p className="sites-confirm__question">{t('sites.close.confirm', { name: site.name })}</p>
              <Button
                pending={close.pending}
                pendingLabel={t('sites.close.closing')}
                onClick={async () => {
                  if (await close.run({ id: site.id })) {
                    setConfirming(false);
                    onClosed();
                  }
                }}
              >
                {t('sites.close.yes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('sites.close.cancel')}
              </Button>
            </div>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('sites.close.start')}
            </Button>
          )}
          <div role="alert">{error && <p className="sites-error">{error}</p>}</div>
        </>
      )}
    </section>
  );
}
