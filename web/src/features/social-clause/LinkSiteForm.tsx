// A company's manager links one of its open sites to a lot the company was awarded, so the site's training counts
// for that lot.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { ClauseCompanySitesQuery, ClauseContractQuery, LinkClauseLotSiteMutation } from './clause.queries';

export function LinkSiteForm({ lots }: { lots: { id: string; label: string }[] }) {
  const { t } = useTranslation();
  const ids = { lot: useId(), site: useId() };
  const sites = useGraphQLQuery(ClauseCompanySitesQuery, {});
  const link = useMutation(LinkClauseLotSiteMutation, { invalidates: [ClauseContractQuery] });
  const [lotId, setLotId] = useState(lots[0]?.id ?? '');
  const [siteId, setSiteId] = useState('');
  const [done, setDone] = useState<string | null>(null);

  return (
    <QueryStates query={sites}>
      {({ sites: open }) => {
        if (open.length === 0) return <EmptyState title={t('clause.link.noSites')} />;
        const site = open.find((s) => s.id === siteId) ?? open[0]!;
        const submit = async (event: FormEvent) => {
          event.preventDefault();
          setDone(null);
          if (await link.run({ lotId, siteId: site.id })) {
            setDone(t('clause.link.done', { site: site.name, lot: lots.find((l) => l.id === lotId)?.label ?? '' }));
          }
        };
        return (
          <form className="clause-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('clause.link.title')}>
            <div className="text-field">
              <label className="text-field__label" htmlFor={ids.lot}>
                {t('clause.declare.lot')}
              </label>
              <select id={ids.lot} className="text-field__input" value={lotId} onChange={(e) => setLotId(e.target.value)}>
                {lots.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="text-field">
              <label className="text-field__label" htmlFor={ids.site}>
                {t('clause.link.site')}
              </label>
              <select id={ids.site} className="text-field__input" value={site.id} onChange={(e) => setSiteId(e.target.value)}>
                {open.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            {link.error && (
              <p className="clause-error" role="alert">
                {t('errors.unexpected')}
              </p>
            )}
            {done && <p role="status">{done}</p>}
            <div className="clause-actions">
              <Button type="submit" pending={link.pending}>
                {t('clause.link.submit')}
              </Button>
            </div>
          </form>
        );
      }}
    </QueryStates>
  );
}
