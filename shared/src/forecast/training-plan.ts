// "Turn a gap into a plan": the modules that cover the gap ULOs, picked greedily (most uncovered ULOs first, then the
// shortest), and the training hours they take for the people short of those ULOs.
export interface PlanModule {
  id: string;
  title: string;
  ulos: string[];
  minutes: number;
}

export interface PlannedModule {
  id: string;
  title: string;
  ulos: string[];
  /** People to train on it: the largest gap among the gap ULOs it covers. */
  learners: number;
  hours: number;
}

export interface TrainingPlan {
  modules: PlannedModule[];
  hours: number;
  /** Gap ULOs no module covers: a training centre must write one. */
  uncovered: string[];
}

export function planTraining(gaps: Map<string, number>, modules: PlanModule[]): TrainingPlan {
  const open = new Set([...gaps].filter(([, gap]) => gap > 0).map(([ulo]) => ulo));
  const picked: PlannedModule[] = [];
  const candidates = [...modules].sort((a, b) => a.minutes - b.minutes || a.id.localeCompare(b.id));
  for (;;) {
    let best: PlanModule | null = null;
    let bestCount = 0;
    for (const m of candidates) {
      const count = new Set(m.ulos.filter((u) => open.has(u))).size;
      if (count > bestCount) [best, bestCount] = [m, count];
    }
    if (!best) break;
    const covered = [...new Set(best.ulos.filter((u) => open.has(u)))].sort();
    const learners = Math.max(...covered.map((u) => gaps.get(u) ?? 0));
    picked.push({ id: best.id, title: best.title, ulos: covered, learners, hours: (learners * best.minutes) / 60 });
    covered.forEach((u) => open.delete(u));
  }
  return { modules: picked, hours: picked.reduce((sum, m) => sum + m.hours, 0), uncovered: [...open].sort() };
}
