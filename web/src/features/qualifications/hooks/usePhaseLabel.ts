// A task's phase in the reader's language; a phase the framework names otherwise is shown as written.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const PHASES = ['preparation', 'envelope', 'systems', 'commissioning', 'hand-over'] as const;
type Phase = (typeof PHASES)[number];
const isPhase = (p: string): p is Phase => (PHASES as readonly string[]).includes(p);

export function usePhaseLabel(): (phase: string) => string {
  const { t } = useTranslation();
  return useCallback((phase: string) => (isPhase(phase) ? t(`passport.phase.${phase}`) : phase), [t]);
}
