// The building model in 3D, for the site model page and a module's BIM step: a small wrapper whose heavy part
// (three.js, web-ifc and its wasm) is its own chunk, loaded when a viewer is first shown.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../ui/LoadingState';
import './bim.css';

export interface ModelViewerProps {
  /** Where the IFC file is, e.g. modelFileUrl(siteId, modelId); sent with the session's bearer token. */
  modelUrl: string;
  siteId: string;
  /** Enables element properties from the index when an element is tapped. */
  modelId?: string;
  /** GlobalIds to highlight and frame; others are ghosted (or hidden with "isolate"). */
  highlight?: readonly string[];
  /** What the picture shows, for screen readers; defaults to a generic description. */
  label?: string;
}

const ModelViewerCanvas = lazy(() => import('./ModelViewerCanvas'));

export function ModelViewer(props: ModelViewerProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingState label={t('bim.viewer.loading')} />}>
      <ModelViewerCanvas {...props} />
    </Suspense>
  );
}
