// The site pack panel comes just after the crew picker's first paint: its download code (manifest, hashing, quota)
// is not needed to pick a name, and stays out of the tablet's first load.
import { lazy, Suspense } from 'react';
import type { SitePackPanelProps } from './SitePackPanel';

const Panel = lazy(() => import('./SitePackPanel').then((m) => ({ default: m.SitePackPanel })));

export function SitePackPanel(props: SitePackPanelProps) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
