// Route /framework (admin): import a framework file, JSON or CSV (all or nothing, the problems listed per row), export
// the active one in either form, approve the scheme mappings and bilateral agreements that wait (only approved ones
// count towards qualifications and recognition), edit the active framework in place, every edit recorded, and browse
// its tasks on site by profession.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { AgreementsSection } from './AgreementsSection';
import { ExportSection } from './ExportSection';
import { FrameworkEditSection } from './FrameworkEditSection';
import { FrameworkTasksSection } from './FrameworkTasksSection';
import { FrameworkCatalogueQuery, FrameworkChangesQuery } from '../api/frameworkEditor.queries';
import { ImportSection } from './ImportSection';
import { MappingApprovals } from './MappingApprovals';
import { BilateralAgreementsQuery, FrameworkTasksQuery, UloMappingsQuery } from '../api/qualifications.queries';
import './passport.css';
import '../../../ui/sections.css';
import './matrix.css';
import { BackLink } from '../../../ui/BackLink';

const RECENT_CHANGES = 15;

export function FrameworkAdminPage() {
  const { t } = useTranslation();
  const mappings = useGraphQLQuery(UloMappingsQuery, {});
  const agreements = useGraphQLQuery(BilateralAgreementsQuery, {});
  const catalogue = useGraphQLQuery(FrameworkCatalogueQuery, {});
  const changes = useGraphQLQuery(FrameworkChangesQuery, { limit: RECENT_CHANGES });
  const tasks = useGraphQLQuery(FrameworkTasksQuery, {});
  const { retry: retryMappings } = mappings;
  const { retry: retryAgreements } = agreements;
  const { retry: retryCatalogue } = catalogue;
  const { retry: retryChanges } = changes;
  const { retry: retryTasks } = tasks;
  const edited = useCallback(() => {
    retryMappings();
    retryCatalogue();
    retryChanges();
  }, [retryMappings, retryCatalogue, retryChanges]);
  const imported = useCallback(() => {
    edited();
    retryAgreements();
    retryTasks();
  }, [edited, retryAgreements, retryTasks]);

  return (
    <div className="framework-page">
      <BackLink to="/">{t('framework.back')}</BackLink>
      <h1>{t('framework.title')}</h1>
      <ImportSection onImported={imported} />
      <ExportSection />
      <MappingApprovals mappings={mappings} />
      <AgreementsSection agreements={agreements} />
      <FrameworkEditSection catalogue={catalogue} mappings={mappings} changes={changes} onEdited={edited} />
      <FrameworkTasksSection tasks={tasks} />
    </div>
  );
}
