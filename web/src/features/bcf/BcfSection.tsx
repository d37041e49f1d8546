// The site page's BIM coordination section: validations out as BCF, BIM tools' topics in as items to review on site.
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BcfExportForm } from './BcfExportForm';
import { BcfImportForm } from './BcfImportForm';
import { ReviewItemsList } from './ReviewItemsList';
import { SiteReviewItemsQuery } from './bcf.queries';
import './bcf.css';
import '../../ui/staff-page.css';

export function BcfSection({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const items = useGraphQLQuery(SiteReviewItemsQuery, { siteId });
  return (
    <>
      <section className="staff-section" aria-labelledby="review-items-heading">
        <h2 id="review-items-heading">{t('bcf.review.heading')}</h2>
        <p>{t('bcf.review.intro')}</p>
        {items.data ? <ReviewItemsList items={items.data.siteReviewItems} onChanged={items.retry} /> : <p>{t('app.loading')}</p>}
      </section>
      <section className="staff-section" aria-labelledby="bcf-heading">
        <h2 id="bcf-heading">{t('bcf.heading')}</h2>
        <p>{t('bcf.intro')}</p>
        <h3>{t('bcf.export.heading')}</h3>
        <BcfExportForm siteId={siteId} />
        <h3>{t('bcf.import.heading')}</h3>
        <BcfImportForm siteId={siteId} onImported={items.retry} />
      </section>
    </>
  );
}
