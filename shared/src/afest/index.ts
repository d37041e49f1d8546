// AFEST (action de formation en situation de travail): how the tablet and the server name an AFEST's records in the
// ledger, and the rules both apply to a reflective sequence and a drawn signature before it is queued or stored.
import type { Statement } from '../xapi/statement.js';

const AFEST = 'https://w3id.org/fit/afest';

export const AFEST_VERBS = {
  /** A reflective sequence: the worker says what was done, learned and was hard, after a work sequence. */
  reflected: 'https://w3id.org/fit/xapi/verbs/reflected',
  /** A signature of the AFEST's traceability file (the worker's or the trainer's). */
  signed: 'https://w3id.org/fit/xapi/verbs/signed',
} as const;

export const AFEST_EXTENSIONS = {
  done: 'https://w3id.org/fit/xapi/extensions/afest-done',
  learned: 'https://w3id.org/fit/xapi/extensions/afest-learned',
  difficulties: 'https://w3id.org/fit/xapi/extensions/afest-difficulties',
  /** true when the worker dictated (speech recognition) rather than typed. */
  dictated: 'https://w3id.org/fit/xapi/extensions/afest-dictated',
  /** The drawn signature: SVG path data in a box of the given size. */
  signature: 'https://w3id.org/fit/xapi/extensions/afest-signature',
} as const;

export const afestActivity = (afestId: string): string => `${AFEST}/${afestId}`;
export const afestSequenceActivity = (afestId: string, sequenceId: string): string => `${AFEST}/${afestId}/sequences/${sequenceId}`;

/** The AFEST and work sequence an AFEST activity IRI names, or undefined for anything else. */
export function afestOfActivity(activityId: string): { afestId: string; sequenceId: string | null } | undefined {
  if (!activityId.startsWith(`${AFEST}/`)) return undefined;
  const [afestId, sequences, sequenceId, ...rest] = activityId.slice(AFEST.length + 1).split('/');
  if (!afestId || rest.length) return undefined;
  if (sequences === undefined) return { afestId, sequenceId: null };
  return sequences === 'sequences' && sequenceId ? { afestId, sequenceId } : undefined;
}

export const REFLECTION_LIMITS = { maxChars: 2000 } as const;

export interface ReflectionText {
  done: string;
  learned: string;
  difficulties: string;
}

/** Field → problem, empty when the reflective sequence can be recorded (what was done is required, the rest optional). */
export function checkReflection(text: ReflectionText): Partial<Record<keyof ReflectionText, 'required' | 'tooLong'>> {
  const out: Partial<Record<keyof ReflectionText, 'required' | 'tooLong'>> = {};
  if (!text.done.trim()) out.done = 'required';
  for (const key of ['done', 'learned', 'difficulties'] as const) if (text[key].length > REFLECTION_LIMITS.maxChars) out[key] = 'tooLong';
  return out;
}

export interface DrawnSignature {
  /** SVG path data (M/L commands, whole or decimal numbers) in a width × height box. */
  path: string;
  width: number;
  height: number;
}

export const SIGNATURE_LIMITS = { maxPathChars: 60_000, minPoints: 8, maxSide: 4000 } as const;
const PATH_DATA = /^(?:[ML]\s*-?\d+(?:\.\d+)?[\s,]+-?\d+(?:\.\d+)?\s*)+$/;

/** Why a drawn signature cannot be kept (null when it can): a few dots or a scribble of one point is no signature. */
export function signatureProblem(sig: DrawnSignature | null | undefined): string | null {
  if (!sig || typeof sig.path !== 'string' || !sig.path.trim()) return 'Sign in the box first.';
  if (sig.path.length > SIGNATURE_LIMITS.maxPathChars) return 'This signature is too long to keep; clear it and sign again.';
  if (!PATH_DATA.test(sig.path.trim())) return 'This signature is not a drawing FIT can keep.';
  if ((sig.path.match(/[ML]/g) ?? []).length < SIGNATURE_LIMITS.minPoints) return 'Sign in the box first.';
  const side = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= SIGNATURE_LIMITS.maxSide;
  if (!side(sig.width) || !side(sig.height)) return 'This signature is not a drawing FIT can keep.';
  return null;
}

/** The worker's reflective sequence as the statement the tablet queues (actor: the signed-in worker). */
export function reflectionStatement(args: {
  id: string;
  workerAccount: Statement['actor'];
  trainerAccount?: Statement['actor'];
  afestId: string;
  sequenceId: string;
  text: ReflectionText;
  dictated: boolean;
  language: string;
  timestamp: string;
}): Statement {
  return {
    id: args.id,
    actor: args.workerAccount,
    verb: { id: AFEST_VERBS.reflected, display: { en: 'reflected on' } },
    object: { objectType: 'Activity', id: afestSequenceActivity(args.afestId, args.sequenceId) },
    result: {
      response: args.text.done.trim(),
      extensions: {
        [AFEST_EXTENSIONS.done]: args.text.done.trim(),
        [AFEST_EXTENSIONS.learned]: args.text.learned.trim(),
        [AFEST_EXTENSIONS.difficulties]: args.text.difficulties.trim(),
        [AFEST_EXTENSIONS.dictated]: args.dictated,
      },
    },
    context: {
      language: args.language,
      ...(args.trainerAccount ? { instructor: args.trainerAccount } : {}),
      contextActivities: { parent: [{ objectType: 'Activity', id: afestActivity(args.afestId) }] },
    },
    timestamp: args.timestamp,
  } as Statement;
}

/** A signature of the AFEST file as a statement (the worker's queued on the tablet, the trainer's sent by the server). */
export function signatureStatement(args: { id: string; signerAccount: Statement['actor']; afestId: string; signature: DrawnSignature; timestamp: string }): Statement {
  return {
    id: args.id,
    actor: args.signerAccount,
    verb: { id: AFEST_VERBS.signed, display: { en: 'signed' } },
    object: { objectType: 'Activity', id: afestActivity(args.afestId) },
    result: { completion: true, extensions: { [AFEST_EXTENSIONS.signature]: { ...args.signature } } },
    timestamp: args.timestamp,
  } as Statement;
}

/** Hours from seconds, to the quarter hour a funder's file shows. */
export const hoursOf = (seconds: number): number => Math.round((seconds / 3600) * 4) / 4;
