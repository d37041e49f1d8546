// Turns zod issues into what FIT shows: a JSON path people can read (steps[2].question.correct) and the schema's
// own message; and sets zod up for where it runs.
import * as z from 'zod/mini';

type Key = PropertyKey;
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;

// The PWA runs under a CSP without 'unsafe-eval': zod must not even try `new Function` there (each try is a CSP
// violation report). The API instead compiles every schema ahead of time (`import 'zod/compile'` in its entry).
if ('document' in globalThis) z.config({ jitless: true });

/** `root.a.b[2]["https://key"]`; an empty root gives `a.b[2]`. */
export function formatPath(root: string, path: readonly Key[], bracketLast = false): string {
  let out = root;
  path.forEach((key, i) => {
    if (typeof key === 'number') out += `[${key}]`;
    else if (PLAIN_KEY.test(String(key)) && !(bracketLast && i === path.length - 1)) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  });
  return out;
}

/** One problem, as a path (from the schema's root) and the schema's message; unknown keys are one problem each. */
export interface Problem {
  path: Key[];
  code: string;
  message: string;
  /** What the message was about: the unknown key, the record key, a limit. */
  detail?: string | number;
}

export function problems(issues: readonly z.core.$ZodIssue[], unknownKey: string): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...issue.path, key], code: issue.code, message: unknownKey, detail: key });
    } else if (issue.code === 'invalid_key') {
      // A record's key failed its own schema: name the key, with the key schema's message.
      out.push({ path: issue.path, code: issue.code, message: issue.issues[0]?.message ?? issue.message, detail: String(issue.path.at(-1)) });
    } else {
      const limit = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : undefined;
      out.push({ path: issue.path, code: issue.code, message: issue.message, ...(limit !== undefined ? { detail: Number(limit) } : {}) });
    }
  }
  return out;
}

/** "root.path message" for each problem, as the API's 400s and the tablet's logs say it. */
export function issueMessages(issues: readonly z.core.$ZodIssue[], root: string, words: { unknownKey: string }): string[] {
  return problems(issues, words.unknownKey).map((p) => `${formatPath(root, p.path, p.code === 'invalid_key')} ${p.message}`);
}
