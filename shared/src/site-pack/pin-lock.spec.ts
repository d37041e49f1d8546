import { describe, expect, it } from 'vitest';
import { pinLockedFor, pinTriesLeft } from './pin-lock.js';

const MIN = 60_000;

describe('offline wrong-PIN lock', () => {
  it('locks after five wrong PINs within 15 minutes, for 15 minutes after the last', () => {
    const now = 100 * MIN;
    const five = [now - 4 * MIN, now - 3 * MIN, now - 2 * MIN, now - MIN, now];
    expect(pinLockedFor(five.slice(0, 4), now)).toBe(0);
    expect(pinLockedFor(five, now)).toBe(15 * MIN);
    expect(pinLockedFor(five, now + 10 * MIN)).toBe(5 * MIN);
    expect(pinLockedFor(five, now + 15 * MIN)).toBe(0);
  });

  it('does not lock when the wrong PINs are spread over more than the window', () => {
    const now = 100 * MIN;
    expect(pinLockedFor([now - 20 * MIN, now - 3 * MIN, now - 2 * MIN, now - MIN, now], now)).toBe(0);
  });

  it('counts the tries left in the window', () => {
    const now = 100 * MIN;
    expect(pinTriesLeft([], now)).toBe(5);
    expect(pinTriesLeft([now - 20 * MIN, now - MIN], now)).toBe(4);
  });
});
