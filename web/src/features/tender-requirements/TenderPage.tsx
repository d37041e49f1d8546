// Route /sites/:siteId/tender (manager, trainer): the training clauses of a site's public contract, and the crew
// checked against each — the share meeting it and, per worker, what is missing. Create, edit and delete here.
import type { PassportCatalogue } from '@fit/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { useMutation } from '../../graphql/useMutation';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { TenderCheck } from './TenderCheck';
import { TenderForm } from './TenderForm';
import {
  CreateTenderRequirementMutation,
  DeleteTenderRequirementMutation,
  SiteTenderQuery,
  TenderCatalogueQuery,
  UpdateTenderRequirementMutation,
} from './tender.queries';
import { codeNames, tenderChoices, toDraft, type TenderDraft } from './tenderView';
import '../../ui/sections.css';
import './tender.css';
import { BackLink } from '../../ui/BackLink';

const EMPTY: TenderDraft = { title: '', clause: '', ulos: [], qualifications: [] };

export function TenderPage() {
  const { t, i18n } = useTranslation();
  const { siteId = '' } = useParams();
  const query = useGraphQLQuery(SiteTenderQuery, { siteId });
  const catalogue = useGraphQLQuery(TenderCatalogueQuery, {});
  const create = useMutation(CreateTenderRequirementMutation, { invalidates: [SiteTenderQuery] });
  const update = useMutation(UpdateTenderRequirementMutation, { invalidates: [SiteTenderQuery] });
  const remove = useMutation(DeleteTenderRequirementMutation, { invalidates: [SiteTenderQuery] });
  // null: no form; 'new': creating; an id: editing that requirement.
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cat = (catalogue.data?.passportInputs.catalogue ?? null) as PassportCatalogue | null;
  const choices = tenderChoices(cat, i18n.language);
  const name = codeNames(choices);
  const site = query.data?.sites.find((s) => s.id === siteId);
  const mutation = editing === 'new' ? create : update;

  // The server's words are English only: a refusal of the picks is said in the reader's language instead.
  const serverError = (code: string | null) =>
    !code
      ? null
      : code === 'BAD_USER_INPUT'
        ? t('tender.refused')
        : code === 'offline'
          ? t('crew.errors.offline')
          : t('errors.unexpected');

  const handleSubmit = async (edited: TenderDraft) => {
    // Only the input's fields: an answer's extra ones (id, __typename) would make the server refuse the variables.
    const draft = toDraft(edited);
    const ok =
      editing === 'new'
        ? await create.run({ input: { siteId, ...draft } })
        : editing
          ? await update.run({ id: editing, input: draft })
          : null;
    if (!ok) return;
    setNotice(
      editing === 'new'
        ? t('tender.created', { title: draft.title })
        : t('tender.saved', { title: draft.title }),
    );
    setEditing(null);
  };

  const handleDelete = async (id: string, title: string) => {
    if (await remove.run({ id })) {
      setNotice(t('tender.deleted', { title }));
    }
  };

  const form = (initial: TenderDraft, label: string) => (
    <section className="framework-section" aria-label={label}>
      {!cat && catalogue.status !== 'loading' ? (
        <p className="quals-error" role="alert">
          {t('tender.noFramework')}
        </p>
      ) : (
        <TenderForm
          initial={initial}
          choices={choices}
          pending={mutation.pending}
          serverError={serverError(mutation.error)}
          submitLabel={label}
          onSubmit={(d) => void handleSubmit(d)}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );

  return (
    <div className="tender-page">
      <BackLink to={`/sites/${encodeURIComponent(siteId)}`}>{t('tender.back')}</BackLink>
      <h1>{site ? t('tender.titleFor', { site: site.name }) : t('tender.title')}</h1>
      <p className="matrix-intro">{t('tender.intro')}</p>
      <p role="status" className={notice ? 'framework-ok' : undefined}>
        {notice}
      </p>
      {remove.error && (
        <p className="quals-error" role="alert">
          {t('tender.deleteFailed')}
        </p>
      )}
      {editing === 'new' ? (
        form(EMPTY, t('tender.create'))
      ) : (
        <p>
          <button
            type="button"
            className="matrix-download"
            onClick={() => (setNotice(null), setEditing('new'))}
          >
            {t('tender.add')}
          </button>
        </p>
      )}
      <QueryStates query={query}>
        {(data) =>
          data.siteTenderCheck.requirements.length === 0 ? (
            <EmptyState title={t('tender.empty')}>
              <p>{t('tender.emptyBody')}</p>
            </EmptyState>
          ) : (
            <div className="tender-list">
              {data.siteTenderCheck.requirements.map((check) =>
                editing === check.requirement.id ? (
                  <div key={check.requirement.id}>{form(toDraft(check.requirement), t('tender.save'))}</div>
                ) : (
                  <TenderCheck
                    key={check.requirement.id}
                    check={check}
                    name={name}
                    deleting={remove.pending}
                    onEdit={() => (setNotice(null), setEditing(check.requirement.id))}
                    onDelete={() => void handleDelete(check.requirement.id, check.requirement.title)}
                  />
                ),
              )}
            </div>
          )
        }
      </QueryStates>
    </div>
  );
}
