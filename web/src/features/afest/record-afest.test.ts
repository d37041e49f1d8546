import 'fake-indexeddb/auto';
import { AFEST_EXTENSIONS, AFEST_VERBS, checkReflection, signatureProblem } from '@fit/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { openOutbox, type OutboxDb } from '../sync';
import { queuedAfest, recordReflection, recordSignature } from './record-afest';
import { speechRecognition } from './useDictation';

const WORKER = { userId: '0b5d3f5e-29a6-4d4e-9d58-0b1f7b0f9a11', userName: 'João Ferreira' };
const AFEST = '3f6d2a10-8c4e-4b1a-9e57-0a1b2c3d4e01';
const SEQUENCE = '5a1f7c20-1d2e-4f3a-8b4c-6d7e8f9a0b1c';
const TRAINER = '9c8b7a60-5d4e-4f3a-8b2c-1d0e9f8a7b6c';
const SIGNATURE = { path: 'M10 40 L20 20 L30 45 L40 15 L50 40 L60 25 L70 42 L80 18', width: 300, height: 120 };

describe("the worker's AFEST records on the tablet", () => {
  let outbox: OutboxDb;
  beforeEach(async () => {
    outbox = openOutbox(`afest-test-${Math.random()}`);
    await outbox.open();
  });

  it("queues the reflective sequence as the worker's own statement, with the trainer and the language, and shows it waiting", async () => {
    await recordReflection(outbox, WORKER, { afestId: AFEST, sequenceId: SEQUENCE, trainerId: TRAINER, text: { done: ' Fita nas janelas ', learned: 'Dobrar antes do canto', difficulties: '' }, dictated: true, language: 'pt' }, () => 'e0f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b');
    const [row] = await outbox.statements.toArray();
    expect(row).toMatchObject({ id: 'e0f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b', userId: WORKER.userId, userName: 'João Ferreira', attempts: 0 });
    expect(row!.statement).toMatchObject({
      actor: { account: { name: WORKER.userId } },
      verb: { id: AFEST_VERBS.reflected },
      object: { id: `https://w3id.org/fit/afest/${AFEST}/sequences/${SEQUENCE}` },
      result: { response: 'Fita nas janelas', extensions: { [AFEST_EXTENSIONS.learned]: 'Dobrar antes do canto', [AFEST_EXTENSIONS.dictated]: true } },
      context: { language: 'pt', instructor: { account: { name: TRAINER } } },
    });
    const queued = await queuedAfest(outbox, WORKER.userId);
    expect([...queued.reflected]).toEqual([SEQUENCE]);
    expect([...queued.signed]).toEqual([]);
    expect((await queuedAfest(outbox, TRAINER)).reflected.size).toBe(0);
  });

  it('queues the signature drawing as a signed statement of the AFEST', async () => {
    await recordSignature(outbox, WORKER, AFEST, SIGNATURE);
    const [row] = await outbox.statements.toArray();
    expect(row!.statement).toMatchObject({ verb: { id: AFEST_VERBS.signed }, object: { id: `https://w3id.org/fit/afest/${AFEST}` }, result: { extensions: { [AFEST_EXTENSIONS.signature]: SIGNATURE } } });
    expect([...(await queuedAfest(outbox, WORKER.userId)).signed]).toEqual([AFEST]);
  });

  it('asks for what was done, refuses words over 2000 characters, and a dot or two as a signature', () => {
    expect(checkReflection({ done: ' ', learned: '', difficulties: 'x'.repeat(2001) })).toEqual({ done: 'required', difficulties: 'tooLong' });
    expect(checkReflection({ done: 'ok', learned: '', difficulties: '' })).toEqual({});
    expect(signatureProblem({ path: 'M1 1 L2 2', width: 300, height: 120 })).toBe('Sign in the box first.');
    expect(signatureProblem(SIGNATURE)).toBeNull();
  });

  it('finds speech recognition where the browser has it, prefixed or not, and says when it does not', () => {
    class Recognition {}
    expect(speechRecognition({})).toBeNull();
    expect(speechRecognition({ webkitSpeechRecognition: Recognition })).toBe(Recognition);
    expect(speechRecognition({ SpeechRecognition: Recognition })).toBe(Recognition);
  });
});
