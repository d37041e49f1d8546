// "Edit the framework": ULOs, qualifications and mappings of the active version changed in place, each edit checked
// like an import and recorded; the recent changes below. Owned queries stay with the page, which refreshes them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  FrameworkCatalogueQuery,
  FrameworkChangesQuery,
  UloMappingsQuery,
} from '../../../graphql/generated/graphql';
import type { QueryHandle } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { MappingEditor } from './MappingEditor';
import { QualificationEditor } from './QualificationEditor';
import { RecentChanges } from './RecentChanges';
import { UloEditor } from './UloEditor';
import './framework-editor.css';

export interface FrameworkEditSectionProps {
  catalogue: QueryHandle<FrameworkCatalogueQuery>;
  mappings: QueryHandle<UloMappingsQuery>;
  changes: QueryHandle<FrameworkChangesQuery>;
  /** After any saved edit: the page asks again for what it shows. */
  onEdited: () => void;
}

export function FrameworkEditSection({ catalogue, mappings, changes, onEdited }: FrameworkEditSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="framework-section framework-edit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('framework.edit.title')}</h2>
      <p>{t('framework.edit.help')}</p>
      <QueryStates query={catalogue}>
        {(data) => {
          const cat = data.frameworkCatalogue;
          if (!cat) return <EmptyState title={t('framework.edit.noFramework')} />;
          return (
            <>
              <p className="framework-edit__version">
                {t('framework.edit.version', { code: cat.code, version: cat.version })}
              </p>
              <UloEditor ulos={cat.ulos} onSaved={onEdited} />
              <QualificationEditor schemes={cat.schemes} onSaved={onEdited} />
              <MappingEditor
                catalogue={cat}
                mappings={mappings.data?.uloMappings ?? []}
                onChanged={onEdited}
              />
              <RecentChanges changes={changes} />
            </>
          );
        }}
      </QueryStates>
    </section>
  );
}
