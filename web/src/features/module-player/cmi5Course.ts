// Whether a module version is an imported cmi5 course (its AUs), and launching an AU for the signed-in learner.
import { useEffect, useState } from 'react';

export interface Cmi5Au {
  auIndex: number;
  title: Record<string, string>;
  launchMethod: 'AnyWindow' | 'OwnWindow';
  /** Whether the AU's files are in the package FIT keeps, or on another web server. */
  reach: 'package' | 'web';
}

export interface Cmi5Course {
  courseId: string;
  aus: Cmi5Au[];
}

const headers = (token: string | null): Record<string, string> => ({ accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });

/** Why an AU cannot play without a connection (see the README's "cmi5 courses offline"). */
export type OfflineBlock = 'ownWindow' | 'web' | 'notOnTablet';

export function offlineBlock(au: Cmi5Au): OfflineBlock {
  // A window of its own is outside the tablet's player: nothing on the tablet can answer it.
  if (au.launchMethod === 'OwnWindow') return 'ownWindow';
  if (au.reach === 'web') return 'web';
  // Files in the package: a service worker cannot serve a sandboxed frame (w3c/ServiceWorker#1727), so they still
  // come from the server.
  return 'notOnTablet';
}

const remembered = (versionId: string) => `fit.cmi5.${versionId}`;

function recall(storage: Storage | undefined, versionId: string): Cmi5Course | null {
  try {
    const text = storage?.getItem(remembered(versionId));
    return text ? (JSON.parse(text) as Cmi5Course) : null;
  } catch {
    return null;
  }
}

/**
 * undefined while asking; null when the version is FIT's own content. Offline, the course last seen online (kept in
 * `storage`) is shown, so the tablet can say which parts need a connection instead of showing other content.
 */
export function useCmi5Course(versionId: string, token: () => Promise<string | null>, storage: Storage | undefined = globalThis.localStorage): Cmi5Course | null | undefined {
  const [course, setCourse] = useState<Cmi5Course | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const response = await fetch(`/cmi5/versions/${encodeURIComponent(versionId)}`, { headers: headers(await token()) });
        const found = response.ok ? ((await response.json()) as Cmi5Course) : null;
        if (found) storage?.setItem(remembered(versionId), JSON.stringify(found));
        if (live) setCourse(found);
      } catch {
        // Offline: a course seen before, or kept with the site pack, is listed with what plays offline and what
        // needs a connection; else the module's own steps (the AUs' titles and descriptions) are shown.
        const kept = recall(storage, versionId) ?? (await import('./cmi5Offline').then((m) => m.offlineCourseOf(versionId)).catch(() => null));
        if (live) setCourse(kept);
      }
    })();
    return () => {
      live = false;
    };
  }, [versionId, token, storage]);
  return course;
}

export async function launchAu(versionId: string, auIndex: number, token: string | null): Promise<string> {
  const response = await fetch(`/cmi5/versions/${encodeURIComponent(versionId)}/play`, {
    method: 'POST',
    headers: { ...headers(token), 'content-type': 'application/json' },
    body: JSON.stringify({ auIndex }),
  });
  if (!response.ok) throw new Error(String(response.status));
  return ((await response.json()) as { url: string }).url;
}

/** The AU title in the learner's language when the course has it, else its first one. */
export function auTitle(au: Cmi5Au, lang: string): string {
  const key = Object.keys(au.title).find((k) => k.toLowerCase().split('-')[0] === lang) ?? Object.keys(au.title)[0];
  return (key && au.title[key]) || `AU ${au.auIndex + 1}`;
}
