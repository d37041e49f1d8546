// Reads the `tasks` of a framework file: work on site, each linked to professions and to ULOs of the same file.
import type { UloText } from '@fit/shared';

export interface FrameworkFileTask {
  code: string;
  title: UloText;
  phase: string;
  professions: UloText[];
  ulos: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * `tasks[]`: {id, title, titleFr?, phase?, professions: [names], professionsFr?: [names, same order], ulos: [ULO ids]}.
 * Optional as a whole: a framework may describe only ULOs.
 */
export function readTasks(input: unknown, uloCodes: ReadonlySet<string>, err: (path: string, message: string) => void): FrameworkFileTask[] {
  if (input == null) return [];
  if (!Array.isArray(input)) {
    err('tasks', 'tasks must be a list');
    return [];
  }
  const codes = new Set<string>();
  const out: FrameworkFileTask[] = [];
  input.forEach((t: unknown, i) => {
    const path = `tasks[${i}]`;
    if (!isObj(t) || !str(t.id)) return err(path, 'A task needs an id');
    if (codes.has(t.id)) return err(`${path}.id`, `Task ${t.id} is listed twice`);
    codes.add(t.id);
    if (!str(t.title)) err(`${path}.title`, `Task ${t.id} needs a title`);
    const professions = Array.isArray(t.professions) ? t.professions : [];
    if (!professions.length || !professions.every(str)) err(`${path}.professions`, `Task ${t.id} needs at least one profession, each a name`);
    const professionsFr = Array.isArray(t.professionsFr) ? t.professionsFr : [];
    if (professionsFr.length && professionsFr.length !== professions.length)
      err(`${path}.professionsFr`, `Task ${t.id}: give one French name per profession (${professions.length}), in the same order`);
    const ulos = Array.isArray(t.ulos) ? t.ulos : [];
    if (!ulos.length) err(`${path}.ulos`, `Task ${t.id} needs at least one ULO`);
    for (const u of ulos) if (!str(u) || !uloCodes.has(u)) err(`${path}.ulos`, `Task ${t.id}: "${String(u)}" is not a ULO of this framework`);
    out.push({
      code: t.id,
      title: { en: String(t.title ?? ''), ...(str(t.titleFr) ? { fr: t.titleFr } : {}) },
      phase: str(t.phase) ? t.phase.trim() : '',
      professions: professions.filter(str).map((en, j) => ({ en: en.trim(), ...(str(professionsFr[j]) ? { fr: (professionsFr[j] as string).trim() } : {}) })),
      ulos: ulos.filter(str),
    });
  });
  return out;
}
