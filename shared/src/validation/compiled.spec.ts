// The API compiles every zod schema ahead of time (`import 'zod/compile'` first in its entry): statements must be
// accepted, normalised and refused exactly as by the regular parser the tablet uses.
import 'zod/compile';
import { globalConfig } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../xapi/validate-statement.js';

const statement = () => ({
  id: '3f1c6a8e-2b7d-4c1e-9a3b-5d6e7f8a9b0c',
  actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: 'u-1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  object: { id: 'https://w3id.org/fit/modules/airtight-windows/v/1' },
  result: { score: { scaled: 0.8, raw: 8, min: 0, max: 10 }, extensions: { 'https://w3id.org/fit/x': { deep: [1, 2] } } },
  context: { registration: '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a', contextActivities: { parent: { id: 'https://a.fr/m' } } },
  timestamp: '2026-11-20T09:15:00.000Z',
});

describe('validateStatement with compiled schemas', () => {
  it('runs in compiled mode', () => {
    expect(globalConfig.postProcessor).toBeTypeOf('function');
  });

  it('accepts a valid statement twice (the second parse takes the compiled path) and normalises context activities', () => {
    for (let i = 0; i < 2; i++) {
      const result = validateStatement(statement(), { requireId: true });
      expect(result.ok && result.statement.context?.contextActivities?.parent).toEqual([{ id: 'https://a.fr/m' }]);
    }
  });

  it('refuses with the same paths and reasons', () => {
    validateStatement(statement());
    const broken = { ...statement(), timestamp: '2026-02-30T10:00:00Z', result: { score: { raw: 11, max: 10 } }, comment: 'x' };
    expect(validateStatement(broken)).toEqual({
      ok: false,
      errors: ['statement.result.score.raw must not be above max', 'statement.timestamp is not a real date and time (2026-02-30T10:00:00Z)', 'statement.comment is not an xAPI property'],
    });
  });
});
