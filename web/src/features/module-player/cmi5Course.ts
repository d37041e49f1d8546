// Whether a module version is an imported cmi5 course (its AUs), and launching an AU for the signed-in learner.
import { useEffect, useState } from 'react';

export interface Cmi5Au {
  auIndex: number;
  title: Record<string, string>;
  launchMethod: 'AnyWindow' | 'OwnWindow';
}

export interface Cmi5Course {
  courseId: string;
  aus: Cmi5Au[];
}

const headers = (token: string | null): Record<string, string> => ({ accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });

/** undefined while asking; null when the version is FIT's own content (or the server cannot be reached). */
export function useCmi5Course(versionId: string, token: () => Promise<string | null>): Cmi5Course | null | undefined {
  const [course, setCourse] = useState<Cmi5Course | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const response = await fetch(`/cmi5/versions/${encodeURIComponent(versionId)}`, { headers: headers(await token()) });
        const found = response.ok ? ((await response.json()) as Cmi5Course) : null;
        if (live) setCourse(found);
      } catch {
        // Offline: the module's own steps (the AUs' titles and descriptions) are shown instead.
        if (live) setCourse(null);
      }
    })();
    return () => {
      live = false;
    };
  }, [versionId, token]);
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
