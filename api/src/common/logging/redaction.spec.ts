import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { REDACTED_PATHS } from './redaction.js';

function logged(object: Record<string, unknown>): string {
  const lines: string[] = [];
  const log = pino({ redact: REDACTED_PATHS }, { write: (line: string) => void lines.push(line) });
  log.info(object, 'request');
  return lines.join('');
}

describe('log redaction', () => {
  it('hides credentials in headers: bearer token, cookies and the tablet device token', () => {
    const line = logged({
      req: { headers: { authorization: 'Bearer eyJ.secret.jwt', cookie: 'sid=secret-cookie', 'x-device-token': 'secret-device' } },
    });
    expect(line).not.toMatch(/eyJ\.secret|secret-cookie|secret-device/);
    expect(line).toContain('[Redacted]');
  });

  it("hides a login's password, a PIN, refresh tokens and invitation tokens in GraphQL variables", () => {
    const line = logged({
      req: {
        body: {
          query: 'mutation { login }',
          variables: { password: 'hunter2-password', pin: '4821', refreshToken: 'secret-refresh', input: { token: 'secret-invite', password: 'p4ss-word' } },
        },
      },
    });
    expect(line).not.toMatch(/hunter2|4821|secret-refresh|secret-invite|p4ss-word/);
    expect(line).toContain('mutation { login }');
  });

  it('hides secrets in logged objects such as a sign-in payload', () => {
    const line = logged({ payload: { accessToken: 'secret-access', refreshToken: 'secret-refresh', deviceToken: 'secret-device' } });
    expect(line).not.toMatch(/secret-access|secret-refresh|secret-device/);
  });
});
