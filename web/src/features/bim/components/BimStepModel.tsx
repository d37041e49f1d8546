// A module's BIM step on a real building: the site's current model in 3D with the step's elements highlighted and
// framed, the rest ghosted. On a site tablet the site is the tablet's; staff (preview, editor) choose one.
import { bindingsToRules, type BimBinding } from '@fit/shared';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { QueryStates } from '../../../ui/QueryStates';
import { BimSitesQuery, CurrentSiteModelQuery } from '../api/bim.queries';
import { BindingList } from './BindingList';
import { ModelViewer } from './ModelViewer';
import { modelFileUrl } from '../uploadModel';
import './bim.css';

export interface BimStepModelProps {
  bindings: readonly BimBinding[];
  /** 'tablet': the site of the tablet the worker signed in on; 'choose': staff pick a site (first one by default). */
  siteMode: 'tablet' | 'choose';
  /** What the step is about, for the 3D view's description. */
  title?: string;
  /** Elements to highlight instead of the step's own (the one whose QR label the worker scanned). */
  focusGlobalIds?: readonly string[];
}

const PREVIEW_SITE_KEY = 'fit.bim.previewSite';

export function BimStepModel(props: BimStepModelProps) {
  if (props.siteMode === 'tablet') return <SiteModel {...props} siteId={null} />;
  return <ChosenSiteModel {...props} />;
}

function ChosenSiteModel(props: BimStepModelProps) {
  const { t } = useTranslation();
  const id = useId();
  const sites = useGraphQLQuery(BimSitesQuery, {}, { offline: true });
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(PREVIEW_SITE_KEY));
  return (
    <QueryStates query={sites}>
      {(data) => {
        if (data.sites.length === 0) return <p className="bim-step__notice">{t('bim.step.noSites')}</p>;
        const siteId = data.sites.some((s) => s.id === chosen) ? chosen! : data.sites[0]!.id;
        return (
          <>
            <label className="bim-step__site" htmlFor={id}>
              <span>{t('bim.step.site')}</span>
              <select
                id={id}
                value={siteId}
                onChange={(event) => {
                  localStorage.setItem(PREVIEW_SITE_KEY, event.target.value);
                  setChosen(event.target.value);
                }}
              >
                {data.sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <SiteModel {...props} siteId={siteId} />
          </>
        );
      }}
    </QueryStates>
  );
}

function SiteModel({ bindings, title, siteId, focusGlobalIds }: BimStepModelProps & { siteId: string | null }) {
  const { t } = useTranslation();
  const query = useGraphQLQuery(CurrentSiteModelQuery, { siteId }, { offline: true });
  const focusKey = focusGlobalIds?.join(',') ?? '';
  const rules = useMemo(() => (focusKey ? [{ globalIds: focusKey.split(',') }] : bindingsToRules(bindings)), [bindings, focusKey]);
  const fallback = (
    <>
      <h3 className="bim-step__subheading">{t('bim.step.elements')}</h3>
      <BindingList bindings={bindings} />
    </>
  );
  return (
    <QueryStates query={query}>
      {(data) => {
        const model = data.currentSiteModel;
        if (!model) {
          return (
            <div className="bim-step">
              <p role="status" className="bim-step__notice">
                {t('bim.step.noModel')}
              </p>
              {fallback}
            </div>
          );
        }
        return (
          <div className="bim-step">
            <ModelViewer
              modelUrl={modelFileUrl(model.siteId, model.id)}
              geometryUrl={model.geometry?.url}
              siteId={model.siteId}
              modelId={model.id}
              highlightRules={rules}
              label={title ? t('bim.viewer.labelFor', { title }) : t('bim.step.label')}
              fallback={fallback}
            />
            <details className="bim-step__rules">
              <summary>{t('bim.step.elements')}</summary>
              <BindingList bindings={bindings} />
            </details>
          </div>
        );
      }}
    </QueryStates>
  );
}
