// "Recall keeps a ULO fresh": an organisation's policy that lets spaced recall extend a ULO's expiry. A ULO is kept
// fresh when every one of the worker's questions on it (from that organisation's modules) was last remembered within
// the window; it then stays valid `extendMonths` after the oldest of those recalls, so the extension ends by itself
// once recall stops.
import { addDays, addMonths } from '../qualifications/progress.js';

export interface RecallFreshnessPolicy {
  extendMonths: number;
  windowDays: number;
}

export const RECALL_POLICY_LIMITS = { extendMonths: { min: 1, max: 36 }, windowDays: { min: 7, max: 365 } } as const;

/**
 * The day a ULO stays valid until thanks to recall, or null when it is not kept fresh: `rememberedAt` holds, for each
 * of the ULO's cards, the last recall that found it remembered (null if none did). `today` is an ISO day.
 */
export function recallFreshUntil(rememberedAt: readonly (string | null)[], today: string, policy: RecallFreshnessPolicy): string | null {
  if (rememberedAt.length === 0 || rememberedAt.some((at) => !at)) return null;
  const oldest = rememberedAt.map((at) => at!.slice(0, 10)).sort()[0]!;
  if (oldest < addDays(today, -policy.windowDays)) return null;
  return addMonths(oldest, policy.extendMonths);
}
