// Above a module opened from an element's label: which element of the building it was, so the worker knows the
// highlighted one in the BIM step is the one in front of them.
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import './element-labels.css';

export function ElementBanner() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const state = useLocation().state as { elementName?: string; storey?: string | null } | null;
  if (!params.get('element') || !state?.elementName) return null;
  return (
    <p className="element-banner" role="status">
      {t('elementLabels.banner', { name: state.elementName + (state.storey ? ` — ${state.storey}` : '') })}
    </p>
  );
}
