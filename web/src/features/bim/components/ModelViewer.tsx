// The building model in 3D, for the site model page and a module's BIM step: a small wrapper whose heavy part
// (three.js, web-ifc and its wasm) is its own chunk, loaded when a viewer is first shown.
import type { BimRule } from '@fit/shared';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../ui/LoadingState';
import { hasWebGL } from '../modelCache';
import './bim.css';

export interface ModelViewerProps {
  /** Where the IFC file is, e.g. modelFileUrl(siteId, modelId); sent with the session's bearer token. */
  modelUrl: string;
  siteId: string;
  /** Enables element properties from the index when an element is tapped. */
  modelId?: string;
  /** The compact geometry (preferred: small, no IFC parsing, cached for offline); the IFC file is the fallback. */
  geometryUrl?: string | null;
  /** GlobalIds to highlight and frame; others are ghosted (or hidden with "isolate"). */
  highlight?: readonly string[];
  /** Or rules (a BIM step's bindings): matched on the tablet from the geometry's facts, else asked of the API. */
  highlightRules?: readonly BimRule[];
  /** Shown instead of the 3D view where the browser cannot draw it (no WebGL). */
  fallback?: ReactNode;
  /** What the picture shows, for screen readers; defaults to a generic description. */
  label?: string;
}

const ModelViewerCanvas = lazy(() => import('./ModelViewerCanvas'));

export function ModelViewer(props: ModelViewerProps) {
  const { t } = useTranslation();
  if (!hasWebGL()) {
    return (
      <div className="model-viewer model-viewer--unavailable">
        <p role="status" className="model-viewer__notice">
          {t('bim.viewer.noWebgl')}
        </p>
        {props.fallback}
      </div>
    );
  }
  return (
    <Suspense fallback={<LoadingState label={t('bim.viewer.loading')} />}>
      <ModelViewerCanvas {...props} />
    </Suspense>
  );
}
