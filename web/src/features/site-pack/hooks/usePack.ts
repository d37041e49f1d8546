// The site pack as screens see it: what it holds (meta, roster), read once from IndexedDB and re-read after a download.
import type { SitePackWorker } from '@fit/shared';
import { useCallback, useEffect, useState } from 'react';
import { appPackDb, type PackMeta } from '../pack-db';

export interface PackState {
  loaded: boolean;
  meta?: PackMeta;
  roster: SitePackWorker[];
}

let early: Promise<PackState> | null = null;

function readPack(): Promise<PackState> {
  const db = appPackDb();
  return Promise.all([db.meta.get('pack'), db.workers.toArray()]).then(
    ([meta, roster]) => ({ loaded: true, meta, roster: roster.sort((a, b) => a.displayName.localeCompare(b.displayName)) }),
    // No IndexedDB (private mode, old browser): the tablet works online only.
    () => ({ loaded: true, roster: [] }),
  );
}

/** Starts reading the pack while the picker's code is still loading: offline, the names show sooner. */
export function preloadPack(): void {
  early ??= readPack();
}

export function usePack(): PackState & { reload: () => void } {
  const [state, setState] = useState<PackState>({ loaded: false, roster: [] });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const pending = version === 0 && early ? early : readPack();
    early = null;
    void pending.then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { ...state, reload };
}
