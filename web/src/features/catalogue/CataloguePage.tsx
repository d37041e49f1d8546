// Route /modules: the organisation's modules, searched and filtered, with export, import and a new-module button.
import type { ModuleContent } from '@fit/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ModuleFilterInput } from '../../graphql/generated/graphql';
import type { SessionUser } from '../../graphql/session-user';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { EmptyState } from '../../ui/EmptyState';
import { languageName } from '../../ui/formatDay';
import { topicLabel, tradeLabel } from '../../ui/vocabulary';
import { QueryStates } from '../../ui/QueryStates';
import { useUloLabels } from '../qualifications';
import { CatalogueQuery } from './catalogue.queries';
import { useQueryClient } from '@tanstack/react-query';
import { operationKey } from '../../graphql/query-client';
import { ImportForm } from './ImportForm';
import { ModuleCard } from './ModuleCard';
import './catalogue.css';

export interface CataloguePageProps {
  user: SessionUser;
}

const DURATIONS = [5, 10, 15, 30];

export function CataloguePage({ user }: CataloguePageProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  // `/modules?topic=…` (from a building model's recommendation) opens the catalogue already filtered.
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<ModuleFilterInput>(() => ({ topic: params.get('topic') ?? undefined }));
  const canEdit = user.role === 'trainer' || user.role === 'admin';
  const canAssign = user.role === 'trainer' || user.role === 'manager';
  const lang = user.language;
  const cleanFilter = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && v !== undefined));
  const list = useGraphQLQuery(CatalogueQuery, { filter: cleanFilter, lang }, { offline: true });
  // The unfiltered list gives the choices of the filters, so a trainer never has to guess a code.
  const all = useGraphQLQuery(CatalogueQuery, { lang }, { offline: true });
  const ulos = useUloLabels();
  const contents = (all.data?.modules ?? []).map((m) => m.latestPublished?.content as ModuleContent | undefined).filter((c) => !!c);
  const choices = {
    trade: unique(contents.flatMap((c) => c.trades)),
    topic: unique(contents.map((c) => c.topic)),
    outcome: unique(contents.flatMap((c) => c.outcomes)),
    language: unique(contents.flatMap((c) => c.languages)),
  };
  // Filters offer words: trades, topics and ULOs by name, languages named in themselves; codes stay the values.
  const label = (key: 'trade' | 'topic' | 'outcome' | 'language', value: string) =>
    key === 'trade' ? tradeLabel(value, t) : key === 'topic' ? topicLabel(value, t) : key === 'language' ? languageName(value, t) : ulos.label(value);
  const byLabel = (key: 'trade' | 'topic' | 'outcome' | 'language') =>
    [...choices[key]].sort((a, b) => label(key, a).localeCompare(label(key, b), lang ?? undefined));
  const set = (change: Partial<ModuleFilterInput>) => setFilter((f) => ({ ...f, ...change }));

  return (
    <div className="catalogue">
      <div className="catalogue__head">
        <h1>{t('catalogue.title')}</h1>
        {canEdit && (
          <Link className="catalogue__new" to="/modules/new">
            + {t('catalogue.new')}
          </Link>
        )}
      </div>
      <form className="catalogue-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="catalogue-filters__field catalogue-filters__field--search">
          <label htmlFor={`${id}-search`}>{t('catalogue.search')}</label>
          <input id={`${id}-search`} type="search" value={filter.search ?? ''} onChange={(event) => set({ search: event.target.value })} />
        </div>
        {(['trade', 'topic', 'outcome', 'language'] as const).map((key) => (
          <div className="catalogue-filters__field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(`catalogue.filters.${key}`)}</label>
            <select id={`${id}-${key}`} value={filter[key] ?? ''} onChange={(event) => set({ [key]: event.target.value })}>
              <option value="">{t('catalogue.any')}</option>
              {byLabel(key).map((value) => (
                <option key={value} value={value}>
                  {label(key, value)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="catalogue-filters__field">
          <label htmlFor={`${id}-minutes`}>{t('catalogue.filters.maxMinutes')}</label>
          <select id={`${id}-minutes`} value={filter.maxMinutes ?? ''} onChange={(event) => set({ maxMinutes: event.target.value ? Number(event.target.value) : undefined })}>
            <option value="">{t('catalogue.any')}</option>
            {DURATIONS.map((m) => (
              <option key={m} value={m}>
                {t('catalogue.upTo', { count: m })}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryStates query={list}>
        {(data) =>
          data.modules.length === 0 ? (
            <EmptyState title={t('catalogue.emptyTitle')}>{t(Object.keys(cleanFilter).length ? 'catalogue.emptyFiltered' : 'catalogue.emptyBody')}</EmptyState>
          ) : (
            <section aria-labelledby={`${id}-results`}>
              <h2 id={`${id}-results`} className="catalogue__count">
                {t('catalogue.count', { count: data.modules.length })}
              </h2>
              <ul className="catalogue-list">
                {data.modules.map((m) => (
                  <ModuleCard key={m.id} module={m} canEdit={canEdit} canAssign={canAssign} />
                ))}
              </ul>
            </section>
          )
        }
      </QueryStates>
      {canEdit && <ImportForm onImported={() => void queryClient.invalidateQueries({ queryKey: operationKey(CatalogueQuery) })} />}
    </div>
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
